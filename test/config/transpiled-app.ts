// Runs Concord's real entry point (apps/api/src/main.ts) as its own process, the way `npm start`
// does, without waiting for a full `tsc` build: every source file is transpiled (no type check, as
// ts-jest does) into a scratch directory whose package.json maps #consensus and #database, with the
// repository's node_modules linked in. A few seconds, and always the sources as they are now.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function transpileTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      transpileTree(source, path.join(to, entry.name));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
        fileName: source,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          esModuleInterop: true,
          isolatedModules: true,
        },
      });
      mkdirSync(to, { recursive: true });
      writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), outputText);
    }
  }
}

export interface TranspiledApp {
  dir: string;
  main: string;
  remove(): void;
}

/**
 * The repository's node_modules for `dir`: one link, or (with `copies`) a folder of links in which
 * the named packages are real copies, living where `dir` is (e.g. under a private folder).
 */
function nodeModulesFor(dir: string, copies: string[]): void {
  const from = path.join(ROOT, 'node_modules');
  const to = path.join(dir, 'node_modules');
  if (copies.length === 0) {
    symlinkSync(from, to, 'dir');
    return;
  }
  const fill = (source: string, target: string, prefix: string) => {
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(source)) {
      const id = prefix + name;
      if (copies.includes(id))
        cpSync(path.join(source, name), path.join(target, name), { recursive: true, verbatimSymlinks: true });
      else if (copies.some((c) => c.startsWith(`${id}/`)))
        fill(path.join(source, name), path.join(target, name), `${id}/`);
      else symlinkSync(path.join(source, name), path.join(target, name));
    }
  };
  fill(from, to, '');
}

export function transpileApp(opts: { parent?: string; copyPackages?: string[] } = {}): TranspiledApp {
  const dir = mkdtempSync(path.join(opts.parent ?? tmpdir(), 'concord-start-'));
  transpileTree(path.join(ROOT, 'apps'), path.join(dir, 'apps'));
  transpileTree(path.join(ROOT, 'libs'), path.join(dir, 'libs'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      type: 'module',
      imports: { '#consensus': './libs/consensus/src/index.js', '#database': './libs/database/src/index.js' },
    }),
  );
  nodeModulesFor(dir, opts.copyPackages ?? []);
  return {
    dir,
    main: path.join(dir, 'apps/api/src/main.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  /** The process id (to read its memory from /proc). */
  pid: number;
  /** Everything the process wrote so far. */
  output(): string;
  /** Resolves when the process ends. */
  exited: Promise<Exit>;
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

/** Starts `main` with exactly `env` (plus PATH and HOME); killed after `timeoutMs` (a hung start). */
export function startProcess(app: TranspiledApp, env: Record<string, string>, timeoutMs = 90_000): Running {
  const child = spawn(process.execPath, [app.main], {
    cwd: app.dir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? app.dir, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Let the pipes drain before reporting.
      setImmediate(() => resolve({ code, signal, stdout, stderr }));
    });
  });
  return {
    pid: child.pid!,
    output: () => stdout + stderr,
    exited,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls GET /health until it answers 200 (or the process ends, or time runs out). */
export async function waitForHealth(url: string, running: Running, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void running.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`the server exited before it was healthy:\n${running.output()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no healthy server at ${url} after ${timeoutMs} ms:\n${running.output()}`);
}
