// Starts Concord: configuration, the log, the JWT secret, the database (embedded PostgreSQL unless
// DATABASE_URL is set), migrations and seed under an advisory lock, then the API. Anything the
// operator can fix (a bad setting, a port in use, a data directory held by another Concord) ends the
// start with one line on stderr, no stack, and exit code 1.
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import {
  prepareDatabase,
  readOrCreateSecret,
  randomSecret,
  SeedError,
  startEmbeddedPostgres,
  StartupError,
  type EmbeddedDatabase,
} from '#database';
import { ConfigError, loadConfig, type Config } from './platform/config/config.js';
import { createAppLog, type AppLog } from './platform/logging/app-log.js';
import { NestLogAdapter } from './platform/logging/nest-log.adapter.js';
import { assertCanListen, databaseStartupError, listenStartupError } from './startup-errors.js';

/** Outside production, without JWT_SECRET: one random secret per data directory, kept (0600) across restarts. */
function keepJwtSecret(config: Config, log: AppLog): void {
  if (!config.jwtSecretGenerated) return;
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const file = path.resolve(config.dataDir, 'jwt-secret');
  const { value, created } = readOrCreateSecret(file, () => randomSecret(48));
  config.jwtSecret = value;
  log.info(`JWT_SECRET is not set: tokens are signed with the secret ${created ? 'made and ' : ''}kept in ${file}`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const root = createAppLog({ level: config.logLevel, format: config.logFormat });
  const log = root.child({ context: 'Concord' });
  // Said before anything is written or started: a port in use (like a bad setting) is known at once.
  await assertCanListen(config.host, config.port);
  keepJwtSecret(config, log);

  let embedded: EmbeddedDatabase | null = null;
  let app: INestApplication | null = null;
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log.info(`DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${path.resolve(config.dataDir)})`);
      embedded = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPort,
        database: 'concord',
        log: (line) => log.info(line),
      });
      databaseUrl = embedded.url;
    }
    try {
      await prepareDatabase({
        url: databaseUrl,
        seed: config.seed,
        bootstrap: config.bootstrap,
        log: (line) => log.info(line),
      });
    } catch (e) {
      throw databaseStartupError(e, databaseUrl) ?? e;
    }
    // Loaded only now: a start refused above never pays for loading Nest and Apollo.
    const { createApp } = await import('./app.factory.js');
    app = await createApp({ config, databaseUrl, log: root }, new NestLogAdapter(root));
    try {
      await app.listen(config.port, config.host);
    } catch (e) {
      throw listenStartupError(e, config.host, config.port) ?? e;
    }
  } catch (e) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw e;
  }
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log.info(`Concord is serving GraphQL at http://${shown}:${config.port}/graphql (open it in a browser for the IDE)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    root.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.stack ?? e.message;
  return e === undefined || e === null ? 'an error that carries no message' : String(e);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
  } else if (e instanceof StartupError || e instanceof SeedError) {
    process.stderr.write(`Concord cannot start: ${e.message}\n`);
  } else {
    process.stderr.write(`Concord failed to start: ${describe(e)}\n`);
  }
  process.exit(1);
});
