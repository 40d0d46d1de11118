// Configuration from the environment, validated once at start: a bad value stops the process with a
// message that names the variable, rather than failing later in some request.
import { isValidTimeZone } from '#consensus';
import { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES, type QueryLimits } from '../graphql/limits/query-limits.js';

export interface Config {
  port: number;
  host: string;
  nodeEnv: string;
  /** null: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** The built web app (index.html and assets/), served at `/` when present (CONCORD_WEB_DIR; default dist/web). */
  webDir: string;
  embeddedPort: number;
  jwtSecret: string;
  jwtSecretIsDefault: boolean;
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
}

export class ConfigError extends Error {}

const DEV_JWT_SECRET = 'concord-development-secret-do-not-use-in-production';

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
  const nodeEnv = env.NODE_ENV ?? 'development';
  const port = int('PORT', 3000, 0, 65535);
  const embeddedPort = int('CONCORD_PG_PORT', 54329, 1024, 65535);
  const deadlinePollMs = int('CONCORD_DEADLINE_POLL_MS', 1000, 100, 60000);
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

  let jwtSecret = env.JWT_SECRET ?? '';
  let jwtSecretIsDefault = false;
  if (jwtSecret === '') {
    if (nodeEnv === 'production') problems.push('JWT_SECRET is required when NODE_ENV=production');
    jwtSecret = DEV_JWT_SECRET;
    jwtSecretIsDefault = true;
  } else if (Buffer.byteLength(jwtSecret) < 32) {
    // HS256 libraries accept a 3-byte secret; we do not.
    problems.push('JWT_SECRET must be at least 32 bytes long');
  }

  const seedRaw = env.CONCORD_SEED ?? 'demo';
  if (seedRaw !== 'demo' && seedRaw !== 'none')
    problems.push(`CONCORD_SEED must be "demo" or "none" (got "${seedRaw}")`);

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

  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    nodeEnv,
    databaseUrl,
    dataDir: env.CONCORD_DATA_DIR && env.CONCORD_DATA_DIR !== '' ? env.CONCORD_DATA_DIR : '.data',
    webDir: env.CONCORD_WEB_DIR && env.CONCORD_WEB_DIR !== '' ? env.CONCORD_WEB_DIR : 'dist/web',
    embeddedPort,
    jwtSecret,
    jwtSecretIsDefault,
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
    writeSchemaFile: writeSchema ? writeSchema === 'true' : nodeEnv !== 'production',
    deadlinePollMs,
    limits,
  };
}

export const CONFIG = Symbol('CONCORD_CONFIG');
