// Loads the embedded PostgreSQL launcher (libs/database/src/embedded, TypeScript) from plain Node, for
// the jest global setup, which runs before ts-jest is in the path: the folder is transpiled (types
// dropped, no check) into .data/, inside the repository so that its imports find node_modules.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export async function loadEmbeddedLauncher(root) {
  const from = path.join(root, 'libs', 'database', 'src', 'embedded');
  const to = path.join(root, '.data', `embedded-launcher-${process.pid}`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (!name.endsWith('.ts') || name.endsWith('.spec.ts')) continue;
    const { outputText } = ts.transpileModule(readFileSync(path.join(from, name), 'utf8'), {
      fileName: name,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, isolatedModules: true },
    });
    writeFileSync(path.join(to, name.replace(/\.ts$/, '.js')), outputText);
  }
  writeFileSync(path.join(to, 'package.json'), '{"type":"module"}\n');
  const launcher = await import(pathToFileURL(path.join(to, 'index.js')).href);
  return { ...launcher, remove: () => rmSync(to, { recursive: true, force: true }) };
}
