// The database library: data source options, migrations, the embedded PostgreSQL and the seed.
export { dataSourceOptions, type DatabaseConnectionOptions } from './data-source.js';
export {
  startEmbeddedPostgres,
  ensureDatabase,
  readOrCreateSecret,
  randomSecret,
  StartupError,
  type EmbeddedDatabase,
} from './embedded/index.js';
export { prepareDatabase } from './prepare.js';
export { SeedError, type SeedMode, type BootstrapAdmin } from './seed/seed.js';
export { SnakeNamingStrategy, snakeCase } from './naming-strategy.js';
export { MIGRATIONS } from './migrations/index.js';
