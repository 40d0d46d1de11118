// Reads docker-compose.yml, the Dockerfile and .dockerignore as a reviewer would, so that a broken
// deployment (a missing variable, the API starting before its database) fails `npm test` without
// needing Docker on the machine that runs it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, root), 'utf8');

interface Healthcheck {
  test: string | string[];
}
interface Service {
  image?: string;
  build?: unknown;
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: string[];
  environment?: string[] | Record<string, string | number | boolean | null>;
  healthcheck?: Healthcheck;
}
interface ComposeFile {
  services: Record<string, Service>;
}

const compose = parse(read('docker-compose.yml')) as ComposeFile;

function service(name: string): Service {
  const found = compose.services[name];
  if (found === undefined) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/** Compose accepts a map or a list of `KEY=value`; the test reads both the same way. */
function environmentOf(s: Service): Map<string, string> {
  const env = new Map<string, string>();
  if (Array.isArray(s.environment)) {
    for (const entry of s.environment) {
      const at = entry.indexOf('=');
      env.set(at < 0 ? entry : entry.slice(0, at), at < 0 ? '' : entry.slice(at + 1));
    }
  } else if (s.environment !== undefined) {
    for (const [key, value] of Object.entries(s.environment)) env.set(key, value === null ? '' : String(value));
  }
  return env;
}

function healthcheckText(s: Service): string {
  const test = s.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 15, Redis 7 and the API built from this repository', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'redis']);
    expect(service('postgres').image).toMatch(/^postgres:15/);
    expect(service('redis').image).toMatch(/^redis:7/);
    expect(service('api').build).toBeDefined();
    expect(service('api').ports).toContain('3000:3000');
  });

  it('health-checks every service the way its own tools do', () => {
    expect(healthcheckText(service('postgres'))).toContain('pg_isready');
    expect(healthcheckText(service('redis'))).toContain('redis-cli ping');
    const api = healthcheckText(service('api'));
    expect(api).toContain('node');
    expect(api).toContain('fetch(');
    expect(api).toContain('http://localhost:3000/health');
  });

  it('starts the API only once PostgreSQL and Redis are healthy', () => {
    const dependsOn = service('api').depends_on;
    // The list form only waits for the containers to start, not for the stores to accept connections.
    expect(Array.isArray(dependsOn)).toBe(false);
    expect(dependsOn).toEqual({
      postgres: expect.objectContaining({ condition: 'service_healthy' }),
      redis: expect.objectContaining({ condition: 'service_healthy' }),
    });
  });

  it('gives the API every variable it needs, pointing at the compose services', () => {
    const env = environmentOf(service('api'));
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NODE_ENV', 'CONCORD_SEED']) {
      expect([name, (env.get(name) ?? '').length > 0]).toEqual([name, true]);
    }
    expect(env.get('PORT')).toBe('3000');
    expect(env.get('NODE_ENV')).toBe('production');
    expect(env.get('DATABASE_URL')).toBe('postgres://concord:concord@postgres:5432/concord');
    expect(env.get('REDIS_URL')).toBe('redis://redis:6379');
    // Production: no demo accounts (their password is published); the organisation and its first
    // ADMIN come from the environment, each required by `${VAR:?message}`.
    expect(env.get('CONCORD_SEED')).toBe('none');
    expect(env.get('HOST')).toBe('0.0.0.0');
    for (const name of ['CONCORD_ORG_NAME', 'CONCORD_ORG_CODE', 'CONCORD_ADMIN_EMAIL', 'CONCORD_ADMIN_PASSWORD']) {
      expect([name, env.get(name)]).toEqual([name, expect.stringMatching(new RegExp(`^\\$\\{${name}:\\?[^}]+\\}$`))]);
    }
    expect(env.has('CONCORD_ALLOW_DEMO')).toBe(false);
    const postgresEnv = environmentOf(service('postgres'));
    expect(postgresEnv.get('POSTGRES_USER')).toBe('concord');
    expect(postgresEnv.get('POSTGRES_PASSWORD')).toBe('concord');
    expect(postgresEnv.get('POSTGRES_DB')).toBe('concord');
  });

  it('never ships a usable signing secret: JWT_SECRET must come from the environment', () => {
    const secret = environmentOf(service('api')).get('JWT_SECRET') ?? '';
    // `${VAR:?message}` makes `docker compose up` refuse to start without it.
    expect(secret).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds on Node 20 with npm ci and runs the compiled API without dev dependencies', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim AS build$/m);
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim AS runtime$/m);
    expect(dockerfile).toContain('npm ci');
    expect(dockerfile).toContain('npm run build');
    expect(dockerfile).toContain('npm prune --omit=dev');
    expect(dockerfile).toMatch(/^CMD \["node", ("--max-old-space-size=\d+", )?"dist\/apps\/api\/src\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });

  it('keeps local state out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', '.data', '.git', '.env']) expect(ignored).toContain(entry);
  });
});
