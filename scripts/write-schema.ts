// `npm run schema`: writes schema.gql at the repository root exactly as the API writes it on start,
// without a database or a running server (see schema-sdl.ts). Review the diff, then commit it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSdl } from './schema-sdl.js';

// dist/scripts/write-schema.js or scripts/write-schema.ts: the repository root is two or one up.
const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL(here.includes('/dist/') ? '../../' : '../', import.meta.url));
const target = `${root}schema.gql`;

const sdl = await schemaSdl();
writeFileSync(target, sdl);
process.stdout.write(`wrote ${target} (${sdl.split('\n').length} lines)\n`);
// Nest leaves nothing running here, but a library timer must not keep `npm run schema` waiting.
process.exit(0);
