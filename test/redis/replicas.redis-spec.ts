// Subscriptions across API replicas: with REDIS_URL set, a client connected to one replica sees
// what another replica wrote (docs/rules.md, "Subscriptions across processes"). Needs a Redis server, so
// it is not part of `npm test` (which needs only Node and PostgreSQL): `npm run test:redis`, run by CI.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/app.js';
import { schedule, SECRETARIAT } from '../meetings/meetings-helpers.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('two API replicas sharing PostgreSQL and Redis', () => {
  let writer: TestApp;
  let reader: TestApp;
  let client: Client;
  beforeAll(async () => {
    writer = await startTestApp({ env: { REDIS_URL } });
    reader = await startTestApp({ env: { REDIS_URL }, databaseUrl: writer.databaseUrl });
  });
  afterAll(async () => {
    await client?.dispose();
    await reader?.app.close();
    await reader?.sql.end();
    await writer?.close();
  });

  it('a chair watching replica B sees an agenda item added through replica A, after it commits', async () => {
    const secOnA = await writer.as(SECRETARIAT);
    const meetingId = await schedule(writer, secOnA, 'PC', '2026-12-01T09:00:00Z');
    const token = (await reader.as(SECRETARIAT)).token!;
    client = createClient({
      url: `${reader.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const seen = new Promise<{ agenda: { title: string }[] }>((resolve, reject) => {
      client.subscribe<{ meetingUpdated: { agenda: { title: string }[] } }>(
        {
          query: `subscription ($id: ID!) { meetingUpdated(meetingId: $id) { agenda { title } } }`,
          variables: { id: meetingId },
        },
        { next: (m) => m.data && resolve(m.data.meetingUpdated), error: reject, complete: () => undefined },
      );
    });
    // The subscription is registered once the server has acknowledged it; graphql-ws gives no
    // event for that, so retry the write until the reader has seen one (each write is real).
    let added = 0;
    const timer = setInterval(() => {
      added++;
      void secOnA.ok(`mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { meetingId, title: `Item ${added}`, kind: 'DISCUSSION' },
      });
    }, 250);
    try {
      const update = await Promise.race([
        seen,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('replica B saw no update in 15 s')), 15_000),
        ),
      ]);
      expect(update.agenda.length).toBeGreaterThan(0);
      expect(update.agenda[0].title).toBe('Item 1');
    } finally {
      clearInterval(timer);
    }
  });
});
