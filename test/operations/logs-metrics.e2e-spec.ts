// What an operator reads: the log (one JSON line per GraphQL operation with its request id, operation,
// root field, user and duration; refusals at info without a stack; internal errors at error with the
// stack and the correlation id the client was given; never a token, a password or unbounded input),
// GET /metrics behind its bearer token, and GET /ready beside GET /health.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { MIGRATIONS } from '#database';
import { createAppLog } from '../../apps/api/src/platform/logging/app-log.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { schedule } from '../meetings/meetings-helpers.js';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';
const lines: string[] = [];
const entries = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
let t: TestApp;

beforeAll(async () => {
  const log = createAppLog({ level: 'info', format: 'json', stream: { write: (line) => void lines.push(line) } });
  t = await startTestApp({ log, env: { CONCORD_METRICS_TOKEN: METRICS_TOKEN } });
  t.sql.on('error', () => undefined);
});
afterAll(async () => {
  await t?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { res, body: (await res.json()) as { data?: unknown; errors?: { extensions: Record<string, unknown> }[] } };
}

function scrape(token = METRICS_TOKEN): Promise<Response> {
  return fetch(`${t.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('the log', () => {
  it('a refusal is one info line naming the request, operation, field and user, without a stack', async () => {
    const us = await t.as('us@kp.example');
    const me = await us.ok<{ me: { id: string } }>('{ me { id } }');
    lines.length = 0;
    const { res, body } = await post(
      {
        query: 'mutation CreateOne($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }',
        variables: { input: { code: 'ZZ', name: 'Nowhere', kind: 'PARTICIPANT' } },
      },
      { authorization: `Bearer ${us.token}`, 'x-request-id': 'proxy-id-42' },
    );
    expect(body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(res.headers.get('x-request-id')).toBe('proxy-id-42');
    expect(entries()).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'graphql',
        reqId: 'proxy-id-42',
        op: 'CreateOne',
        type: 'mutation',
        field: 'createParticipant',
        user: me.me.id,
        status: 200,
        codes: ['FORBIDDEN'],
        ms: expect.any(Number),
      }),
    ]);
    expect(lines.join('')).not.toMatch(/\\n\s+at\s|"err"/);
  });

  it('an internal error is logged at error with its stack and the correlation id the client got', async () => {
    const sec = await t.as('secretariat@kp.example');
    await t.sql.query('ALTER TABLE participant RENAME TO participant_away');
    lines.length = 0;
    let res: Awaited<ReturnType<typeof post>>;
    try {
      res = await post(
        { query: 'query Everyone { organization { participants { id } } }' },
        { authorization: `Bearer ${sec.token}`, 'x-request-id': 'not a safe id!' },
      );
    } finally {
      await t.sql.query('ALTER TABLE participant_away RENAME TO participant');
    }
    const error = res.body.errors?.[0].extensions;
    expect(error?.code).toBe('INTERNAL_SERVER_ERROR');
    // An unsafe incoming id is not echoed: the request gets its own.
    const reqId = res.res.headers.get('x-request-id');
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = entries();
    const internal = logged.find((e) => e.msg === 'internal error');
    expect(internal).toMatchObject({
      level: 'error',
      correlationId: error?.correlationId,
      reqId,
      op: 'Everyone',
      field: 'organization',
    });
    expect(String(internal?.err)).toMatch(/participant.*does not exist[\s\S]*\n\s+at /);
    expect(logged.find((e) => e.msg === 'graphql')).toMatchObject({ level: 'info', codes: ['INTERNAL_SERVER_ERROR'] });
  });

  it('never holds a token, a password or unbounded input', async () => {
    lines.length = 0;
    const token = (await t.as('ca@kp.example')).token!;
    const password = 'a-password-nobody-may-read-in-logs';
    const huge = `${'x'.repeat(200_000)}@kp.example`;
    await post({ query: 'mutation { login(email: "ca@kp.example", password: "wrong password here") { token } }' });
    await post({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: huge, p: password },
    });
    await post({ query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
    await post({ query: '{ me { id } }' }, { authorization: `Bearer ${token}x` });
    await post({ query: `query ${'Q'.repeat(5000)} { me { id } }` });
    const text = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[2]);
    expect(text).not.toContain(password);
    expect(text).not.toContain('wrong password here');
    for (const line of lines) expect(line.length).toBeLessThan(3000);
  });
});

describe('GET /metrics', () => {
  it('needs the bearer token: 401 without it or with another one', async () => {
    expect((await scrape('')).status).toBe(401);
    expect((await scrape('metrics-token-for-the-tests-WRONG!!!!!')).status).toBe(401);
  });

  it('reports operations by field and code, latency, the pool, the deadline worker and the process, in Prometheus text', async () => {
    await t.anonymous.request('{ me { id } }');
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^concord_graphql_requests_total\{operation="me",type="query",code="OK"\} \d+$/m);
    expect(text).toMatch(
      /^concord_graphql_requests_total\{operation="createParticipant",type="mutation",code="FORBIDDEN"\} 1$/m,
    );
    expect(text).toMatch(
      /^concord_graphql_request_duration_seconds_bucket\{le="0.1",operation="me",type="query"\} \d+$/m,
    );
    expect(text).toMatch(/^concord_db_pool_connections \d+$/m);
    expect(text).toMatch(/^concord_db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^concord_db_pool_waiting_requests \d+$/m);
    expect(text).toMatch(/^concord_deadline_worker_lag_seconds 0$/m);
    const polled = Number(/^concord_deadline_worker_last_poll_timestamp_seconds (\S+)$/m.exec(text)?.[1]);
    expect(polled).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    // The client's operation names are not labels: a client cannot grow the registry.
    expect(text).not.toContain('QQQQ');
  });

  it('counts open subscriptions: one ended by its client, one whose socket was cut', async () => {
    const sec = await t.as('secretariat@kp.example');
    const meetingId = await schedule(t, sec, 'PLEN', '2026-11-10T08:00:00Z');
    const open = () => {
      const client = createClient({
        url: `${t.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${sec.token}` },
        retryAttempts: 0,
      });
      const unsubscribe = client.subscribe(
        {
          query: 'subscription ($id: ID!) { meetingUpdated(meetingId: $id) { status } }',
          variables: { id: meetingId },
        },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      return { client, unsubscribe };
    };
    const ended = open();
    const cut = open();
    await untilGauge(2);
    ended.unsubscribe();
    await ended.client.dispose();
    await untilGauge(1);
    cut.client.terminate();
    await untilGauge(0);
  });
});

/** Waits for the gauge to read `value` (fails after 20 s rather than hanging the suite). */
async function untilGauge(value: number): Promise<void> {
  const giveUp = Date.now() + 20_000;
  for (;;) {
    const text = await (await scrape()).text();
    const now = /^concord_subscriptions_active (.*)$/m.exec(text)?.[1];
    if (now === String(value)) return;
    if (Date.now() > giveUp) throw new Error(`concord_subscriptions_active is ${now}, not ${value}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('GET /health and GET /ready', () => {
  it('both answer 200 with the database up; /ready counts the migrations it found applied', async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up' },
      migrations: MIGRATIONS.length,
    });
  });

  it('/metrics is off (404) when no token is configured', async () => {
    const quiet = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      expect((await fetch(`${quiet.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${quiet.url}/metrics`, { headers: { authorization: 'Bearer anything' } })).status).toBe(404);
    } finally {
      await quiet.app.close();
      await quiet.sql.end();
    }
  });
});
