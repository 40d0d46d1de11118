// `npm run verify -- <base-url> [--key FILE] [--save DIR] [--since DIR]` or `npm run verify -- --dir DIR`:
// verifies a Concord chain offline (no database, only HTTP or saved files). See verify/verify-command.ts.
import { runVerify } from './verify/verify-command.js';

const code = await runVerify(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exit(code);
