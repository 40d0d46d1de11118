// Configuration from the environment, validated once at start: a bad value stops the process with a
// message that names the variable, rather than failing later in some request.
import { isValidTimeZone } from '#consensus';
import { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES, type QueryLimits } from '../graphql/limits/query-limits.js';

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  /** 127.0.0.1 unless HOST says otherwise: nothing is exposed by accident. */
  host: string;
  nodeEnv: NodeEnv;
  /** null: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** The built web app (index.html and assets/), served at `/` when present (CONCORD_WEB_DIR; default dist/web). */
  webDir: string;
  embeddedPort: number;
  /** '' until main.ts fills it from the data directory (JWT_SECRET unset outside production). */
  jwtSecret: string;
  /** JWT_SECRET was not set: a random secret is made once and kept in `dataDir/jwt-secret`. */
  jwtSecretGenerated: boolean;
  seed: 'demo' | 'none';
  redisUrl: string | null;
  bootstrap: {
    orgName?: string;
    orgCode?: string;
    orgTimeZone?: string;
    adminEmail?: string;
    adminPassword?: string;
  };
  /** Write schema.gql in the working directory on start (CONCORD_WRITE_SCHEMA; default: not in production). */
  writeSchemaFile: boolean;
  /** How often this process looks for written procedures past their deadline. */
  deadlinePollMs: number;
  /** Limits before execution (CONCORD_MAX_DEPTH, _ALIASES, _TOKENS, _DIRECTIVES, _COST). */
  limits: QueryLimits;
  /** Bearer token that opens GET /metrics; null: /metrics is off (404). */
  metricsToken: string | null;
  logLevel: LogLevel;
  /** JSON lines (production default) or plain text (development default). */
  logFormat: 'json' | 'plain';
  /** How long one GraphQL request may go on doing work (CONCORD_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** How long one SQL statement may run before PostgreSQL cancels it (CONCORD_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
}

export class ConfigError extends Error {}

const NODE_ENVS: readonly string[] = ['development', 'test', 'production'];
const LOG_LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** One problem reads as one line; several as a list, so one restart fixes them all. */
function invalid(problems: string[]): ConfigError {
  return new ConfigError(
    problems.length === 1
      ? `Invalid configuration: ${problems[0]}`
      : `Invalid configuration:\n  - ${problems.join('\n  - ')}`,
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  // A typo (`prod`) must not run as development with development defaults.
  const nodeEnvRaw = env.NODE_ENV && env.NODE_ENV !== '' ? env.NODE_ENV : 'development';
  if (!NODE_ENVS.includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, test or production (got "${nodeEnvRaw.slice(0, 40)}")`);
  }
  // An unknown value is refused on its own: checks that depend on production are not run for it.
  const nodeEnv = (NODE_ENVS.includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as NodeEnv;
  const production = nodeEnv === 'production';
  const port = int('PORT', 3000, 0, 65535);
  const embeddedPort = int('CONCORD_PG_PORT', 54329, 1024, 65535);
  const deadlinePollMs = int('CONCORD_DEADLINE_POLL_MS', 1000, 100, 60000);
  const requestTimeoutMs = int('CONCORD_REQUEST_TIMEOUT_MS', 10_000, 100, 600_000);
  const statementTimeoutMs = int('CONCORD_STATEMENT_TIMEOUT_MS', 5_000, 100, 600_000);
  const limits = Object.fromEntries(
    Object.entries(QUERY_LIMIT_VARIABLES).map(([limit, variable]) => [
      limit,
      int(variable, DEFAULT_QUERY_LIMITS[limit as keyof QueryLimits], 1, 1_000_000_000),
    ]),
  ) as unknown as QueryLimits;

  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// URL');
  }
  const redisUrl = env.REDIS_URL && env.REDIS_URL !== '' ? env.REDIS_URL : null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must be a redis:// URL');

  const jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret === '') {
    // Replicas must share one secret, and a secret made on a disk is lost with the container.
    if (production) problems.push('JWT_SECRET is required when NODE_ENV=production');
  } else if (Buffer.byteLength(jwtSecret) < 32) {
    // HS256 libraries accept a 3-byte secret; we do not.
    problems.push('JWT_SECRET must be at least 32 bytes long');
  }

  // The demo's accounts share a published password: never in production unless asked for.
  const seedRaw = env.CONCORD_SEED && env.CONCORD_SEED !== '' ? env.CONCORD_SEED : production ? 'none' : 'demo';
  if (seedRaw !== 'demo' && seedRaw !== 'none')
    problems.push(`CONCORD_SEED must be "demo" or "none" (got "${seedRaw}")`);
  const allowDemo = env.CONCORD_ALLOW_DEMO;
  if (allowDemo && allowDemo !== 'true' && allowDemo !== 'false') {
    problems.push(`CONCORD_ALLOW_DEMO must be "true" or "false" (got "${allowDemo}")`);
  }
  if (production && seedRaw === 'demo' && allowDemo !== 'true') {
    problems.push(
      'CONCORD_SEED=demo is refused when NODE_ENV=production: the demo accounts share a published password (set CONCORD_ALLOW_DEMO=true to load it anyway)',
    );
  }

  const metricsToken = env.CONCORD_METRICS_TOKEN && env.CONCORD_METRICS_TOKEN !== '' ? env.CONCORD_METRICS_TOKEN : null;
  if (metricsToken !== null && Buffer.byteLength(metricsToken) < 16) {
    problems.push('CONCORD_METRICS_TOKEN must be at least 16 bytes long');
  }
  const logLevel = env.CONCORD_LOG_LEVEL && env.CONCORD_LOG_LEVEL !== '' ? env.CONCORD_LOG_LEVEL : 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`CONCORD_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel.slice(0, 40)}")`);
  }
  const logFormat = env.CONCORD_LOG_FORMAT && env.CONCORD_LOG_FORMAT !== '' ? env.CONCORD_LOG_FORMAT : null;
  if (logFormat !== null && logFormat !== 'json' && logFormat !== 'plain') {
    problems.push(`CONCORD_LOG_FORMAT must be "json" or "plain" (got "${logFormat.slice(0, 40)}")`);
  }

  const orgTimeZone = env.CONCORD_ORG_TIME_ZONE;
  if (orgTimeZone && !isValidTimeZone(orgTimeZone))
    problems.push(`CONCORD_ORG_TIME_ZONE is not an IANA time zone: "${orgTimeZone}"`);
  const orgCode = env.CONCORD_ORG_CODE;
  if (orgCode && !/^[A-Z][A-Z0-9_-]{0,15}$/.test(orgCode))
    problems.push('CONCORD_ORG_CODE must match ^[A-Z][A-Z0-9_-]{0,15}$');

  const writeSchema = env.CONCORD_WRITE_SCHEMA;
  if (writeSchema && writeSchema !== 'true' && writeSchema !== 'false') {
    problems.push(`CONCORD_WRITE_SCHEMA must be "true" or "false" (got "${writeSchema}")`);
  }

  if (problems.length > 0) throw invalid(problems);
  return {
    port,
    host: env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1',
    nodeEnv,
    databaseUrl,
    dataDir: env.CONCORD_DATA_DIR && env.CONCORD_DATA_DIR !== '' ? env.CONCORD_DATA_DIR : '.data',
    webDir: env.CONCORD_WEB_DIR && env.CONCORD_WEB_DIR !== '' ? env.CONCORD_WEB_DIR : 'dist/web',
    embeddedPort,
    jwtSecret,
    jwtSecretGenerated: jwtSecret === '',
    seed: seedRaw as 'demo' | 'none',
    redisUrl,
    bootstrap: {
      orgName: env.CONCORD_ORG_NAME,
      orgCode,
      orgTimeZone,
      adminEmail: env.CONCORD_ADMIN_EMAIL,
      adminPassword: env.CONCORD_ADMIN_PASSWORD,
    },
    // Written for review during development; not in production, where the code directory is
    // read-only to the process (the Docker image) and a failed write would stop the start.
    writeSchemaFile: writeSchema ? writeSchema === 'true' : !production,
    deadlinePollMs,
    limits,
    metricsToken,
    logLevel: logLevel as LogLevel,
    logFormat: logFormat === 'json' || logFormat === 'plain' ? logFormat : production ? 'json' : 'plain',
    requestTimeoutMs,
    statementTimeoutMs,
  };
}

export const CONFIG = Symbol('CONCORD_CONFIG');
