// The embedded PostgreSQL launcher: what the app, the scripts and the test setup use.
export {
  startEmbeddedPostgres,
  ensureDatabase,
  type EmbeddedDatabase,
  type EmbeddedOptions,
} from './embedded-postgres.js';
export { readOrCreateSecret, randomSecret } from './secret-file.js';
export { StartupError } from './startup-error.js';
