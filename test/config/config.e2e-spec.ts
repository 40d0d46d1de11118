// Configuration is read from the environment once, at start, and a bad value stops Concord with a
// message naming the variable (here: loadConfig itself; start.e2e-spec.ts runs the real process).
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../apps/api/src/platform/config/config.js';

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

const SECRET = 'a-production-secret-of-at-least-32-bytes!';

describe('loadConfig', () => {
  it('with nothing set, a developer gets the defaults: loopback only, port 3000, embedded database under .data, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      nodeEnv: 'development',
      databaseUrl: null,
      dataDir: '.data',
      webDir: 'dist/web',
      embeddedPort: 54329,
      seed: 'demo',
      redisUrl: null,
      // no secret written in the source: main.ts makes one and keeps it in the data directory
      jwtSecret: '',
      jwtSecretGenerated: true,
      writeSchemaFile: true,
      deadlinePollMs: 1000,
      metricsToken: null,
      logLevel: 'info',
      logFormat: 'plain',
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://concord:concord@db:5432/concord',
      CONCORD_DATA_DIR: '/var/lib/concord',
      CONCORD_WEB_DIR: '/srv/concord-web',
      CONCORD_PG_PORT: '55432',
      JWT_SECRET: SECRET,
      CONCORD_SEED: 'none',
      CONCORD_ORG_NAME: 'Kimberley Process',
      CONCORD_ORG_CODE: 'KP',
      CONCORD_ORG_TIME_ZONE: 'Africa/Gaborone',
      CONCORD_ADMIN_EMAIL: 'admin@kp.example',
      CONCORD_ADMIN_PASSWORD: 'a long admin password',
      REDIS_URL: 'redis://redis:6379',
      CONCORD_DEADLINE_POLL_MS: '500',
      CONCORD_WRITE_SCHEMA: 'false',
      CONCORD_METRICS_TOKEN: 'a-metrics-token-for-prometheus',
      CONCORD_LOG_LEVEL: 'warn',
      CONCORD_LOG_FORMAT: 'plain',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      nodeEnv: 'production',
      databaseUrl: 'postgres://concord:concord@db:5432/concord',
      dataDir: '/var/lib/concord',
      webDir: '/srv/concord-web',
      embeddedPort: 55432,
      jwtSecret: SECRET,
      jwtSecretGenerated: false,
      seed: 'none',
      redisUrl: 'redis://redis:6379',
      bootstrap: {
        orgName: 'Kimberley Process',
        orgCode: 'KP',
        orgTimeZone: 'Africa/Gaborone',
        adminEmail: 'admin@kp.example',
        adminPassword: 'a long admin password',
      },
      writeSchemaFile: false,
      deadlinePollMs: 500,
      metricsToken: 'a-metrics-token-for-prometheus',
      logLevel: 'warn',
      logFormat: 'plain',
    });
  });

  it('limits before execution: depth 12, 30 aliases, 5,000 tokens, 50 directives, cost 1,000,000, each overridable', () => {
    expect(loadConfig({}).limits).toEqual({ depth: 12, aliases: 30, tokens: 5000, directives: 50, cost: 1_000_000 });
    const set = loadConfig({
      CONCORD_MAX_DEPTH: '8',
      CONCORD_MAX_ALIASES: '10',
      CONCORD_MAX_TOKENS: '2000',
      CONCORD_MAX_DIRECTIVES: '5',
      CONCORD_MAX_COST: '100000',
    });
    expect(set.limits).toEqual({ depth: 8, aliases: 10, tokens: 2000, directives: 5, cost: 100_000 });
    expect(problem({ CONCORD_MAX_DEPTH: '0' })).toContain('CONCORD_MAX_DEPTH must be a whole number from 1');
    expect(problem({ CONCORD_MAX_COST: 'lots' })).toContain('CONCORD_MAX_COST must be a whole number');
  });

  it('a request may work for 10 s and a statement run for 5 s, each overridable', () => {
    expect(loadConfig({})).toMatchObject({ requestTimeoutMs: 10_000, statementTimeoutMs: 5_000 });
    expect(loadConfig({ CONCORD_REQUEST_TIMEOUT_MS: '30000', CONCORD_STATEMENT_TIMEOUT_MS: '20000' })).toMatchObject({
      requestTimeoutMs: 30_000,
      statementTimeoutMs: 20_000,
    });
    expect(problem({ CONCORD_STATEMENT_TIMEOUT_MS: '0' })).toContain(
      'CONCORD_STATEMENT_TIMEOUT_MS must be a whole number',
    );
  });

  it.each(['abc', '70000', '-1', '3000.5', '3e3x'])('PORT=%s is refused, naming PORT', (port) => {
    expect(problem({ PORT: port })).toMatch(
      new RegExp(
        `^Invalid configuration: PORT must be a whole number from 0 to 65535 \\(got "${port.replace('.', '\\.')}"\\)`,
      ),
    );
  });

  it('a JWT_SECRET shorter than 32 bytes is refused, whatever NODE_ENV says', () => {
    expect(problem({ JWT_SECRET: 'short' })).toContain('JWT_SECRET must be at least 32 bytes long');
    expect(problem({ JWT_SECRET: 'x'.repeat(31), NODE_ENV: 'production' })).toContain('JWT_SECRET');
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).jwtSecretGenerated).toBe(false);
  });

  it('production without JWT_SECRET is refused: no development secret in production', () => {
    expect(problem({ NODE_ENV: 'production' })).toContain('JWT_SECRET is required when NODE_ENV=production');
    expect(problem({ NODE_ENV: 'production', JWT_SECRET: '' })).toContain('JWT_SECRET is required');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
  });

  it.each(['DEMO', 'kp', 'yes'])('CONCORD_SEED=%s is refused, naming CONCORD_SEED and its values', (seed) => {
    expect(problem({ CONCORD_SEED: seed })).toContain(`CONCORD_SEED must be "demo" or "none" (got "${seed}")`);
  });

  it('the other variables are checked too, each by name', () => {
    expect(problem({ DATABASE_URL: 'mysql://db/concord' })).toContain('DATABASE_URL must be a postgres:// URL');
    expect(problem({ REDIS_URL: 'http://redis:6379' })).toContain('REDIS_URL must be a redis:// URL');
    expect(problem({ CONCORD_PG_PORT: '80' })).toContain('CONCORD_PG_PORT must be a whole number from 1024 to 65535');
    expect(problem({ CONCORD_DEADLINE_POLL_MS: '0' })).toContain('CONCORD_DEADLINE_POLL_MS');
    expect(problem({ CONCORD_ORG_TIME_ZONE: 'Mars/Olympus' })).toContain(
      'CONCORD_ORG_TIME_ZONE is not an IANA time zone',
    );
    expect(problem({ CONCORD_ORG_CODE: 'kp' })).toContain('CONCORD_ORG_CODE must match');
  });

  it.each(['prod', 'Production', 'staging', 'dev'])('NODE_ENV=%s is refused in one line naming NODE_ENV', (value) => {
    // Alone: no production check is run for a value that is not production.
    expect(problem({ NODE_ENV: value })).toBe(
      `Invalid configuration: NODE_ENV must be development, test or production (got "${value}")`,
    );
  });

  it('production seeds nothing by default, and refuses the demo unless CONCORD_ALLOW_DEMO=true', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: SECRET };
    expect(loadConfig(prod)).toMatchObject({ seed: 'none', logFormat: 'json', host: '127.0.0.1' });
    expect(problem({ ...prod, CONCORD_SEED: 'demo' })).toBe(
      'Invalid configuration: CONCORD_SEED=demo is refused when NODE_ENV=production: the demo accounts share a published password (set CONCORD_ALLOW_DEMO=true to load it anyway)',
    );
    expect(loadConfig({ ...prod, CONCORD_SEED: 'demo', CONCORD_ALLOW_DEMO: 'true' }).seed).toBe('demo');
    expect(problem({ CONCORD_ALLOW_DEMO: 'yes' })).toContain('CONCORD_ALLOW_DEMO must be "true" or "false"');
  });

  it('a metrics token shorter than 16 bytes, an unknown log level or format are refused by name', () => {
    expect(problem({ CONCORD_METRICS_TOKEN: 'short' })).toContain('CONCORD_METRICS_TOKEN must be at least 16 bytes');
    expect(problem({ CONCORD_LOG_LEVEL: 'trace' })).toContain('CONCORD_LOG_LEVEL must be one of');
    expect(problem({ CONCORD_LOG_FORMAT: 'pretty' })).toContain('CONCORD_LOG_FORMAT must be "json" or "plain"');
  });

  it('reports every problem at once, so one restart fixes them all', () => {
    const message = problem({ PORT: 'x', CONCORD_SEED: 'all', NODE_ENV: 'production' });
    expect(message.split('\n')).toEqual([
      'Invalid configuration:',
      '  - PORT must be a whole number from 0 to 65535 (got "x")',
      '  - JWT_SECRET is required when NODE_ENV=production',
      '  - CONCORD_SEED must be "demo" or "none" (got "all")',
    ]);
  });

  it('writes schema.gql on start in development, not in production (a read-only image), unless told', () => {
    expect(loadConfig({}).writeSchemaFile).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).writeSchemaFile).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, CONCORD_WRITE_SCHEMA: 'true' }).writeSchemaFile,
    ).toBe(true);
    expect(loadConfig({ CONCORD_WRITE_SCHEMA: 'false' }).writeSchemaFile).toBe(false);
    expect(problem({ CONCORD_WRITE_SCHEMA: 'yes' })).toContain('CONCORD_WRITE_SCHEMA must be "true" or "false"');
  });

  it('accepts postgresql:// and rediss:// too, and an empty value means unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://h/db', REDIS_URL: 'rediss://r:6380' })).toMatchObject({
      databaseUrl: 'postgresql://h/db',
      redisUrl: 'rediss://r:6380',
    });
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '', PORT: '', CONCORD_DATA_DIR: '' })).toMatchObject({
      databaseUrl: null,
      redisUrl: null,
      port: 3000,
      dataDir: '.data',
    });
  });
});
