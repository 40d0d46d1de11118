// meetingUpdated over graphql-ws, as a chair's screen would use it: with a token it sees attendance,
// agenda, boycott and status changes right after they commit, and nothing from a refused mutation.
// Without a token the socket is refused; an unknown meeting is NOT_FOUND. The story builds its own
// body and participants through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture } from './meetings.fixture.js';

interface Update {
  meetingUpdated: {
    status: string;
    agenda: { title: string }[];
    attendance: { participant: { code: string }; status: string }[];
  };
}

describe('meetingUpdated', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t.close();
  });

  function wsClient(token: string | null): Client {
    const client = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  }

  /** Subscribes; `next(n)` waits for the n-th update (1-based), `seen` holds them all. */
  function subscribe(client: Client, meetingId: string) {
    const seen: Update[] = [];
    const errors: unknown[] = [];
    let wake: (() => void) | null = null;
    client.subscribe<Update>(
      {
        query: `subscription ($id: ID!) { meetingUpdated(meetingId: $id) { status agenda { title } attendance { participant { code } status } } }`,
        variables: { id: meetingId },
      },
      {
        next: (value) => {
          // A refused subscription arrives as a result with errors.
          if (value.errors) errors.push(value.errors);
          else seen.push(value.data as Update);
          wake?.();
        },
        error: (e) => {
          errors.push(e);
          wake?.();
        },
        complete: () => undefined,
      },
    );
    const settled = async (until: () => boolean, what: string) => {
      const deadline = Date.now() + 5000;
      while (!until()) {
        if (Date.now() > deadline) throw new Error(`no ${what} within 5 s`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200).unref();
        });
      }
    };
    return {
      seen,
      errors,
      next: async (n: number) => {
        await settled(() => seen.length >= n, `update #${n}`);
        return seen[n - 1];
      },
      until: async (pred: (u: Update) => boolean) => {
        await settled(() => seen.some(pred), 'matching update');
        return seen.find(pred) as Update;
      },
      failed: async () => {
        await settled(() => errors.length > 0, 'error');
        return errors[0];
      },
    };
  }

  it('the secretariat sees attendance, agenda, boycott and status changes, and nothing from a refused mutation', async () => {
    const body = await fx.body({ members: 3 });
    const [, member, boycotter] = body.members;
    const meetingId = await fx.meeting(body, '2026-06-15T09:00:00Z');
    const sub = subscribe(wsClient(sec.token!), meetingId);
    const us = member.id;
    // The server registers the subscription asynchronously: record until the first update arrives.
    const record = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
    while (sub.seen.length === 0) {
      await sec.ok(record, { input: { meetingId, participantId: us, status: 'PRESENT' } });
      await Promise.race([sub.next(1), new Promise((r) => setTimeout(r, 100).unref())]);
    }
    expect(sub.seen[0].meetingUpdated.attendance).toEqual([{ participant: { code: member.code }, status: 'PRESENT' }]);
    // A marker change: every update before it is from the loop above.
    await sec.ok(record, { input: { meetingId, participantId: us, status: 'REMOTE' } });
    await sub.until((u) => u.meetingUpdated.attendance.some((a) => a.status === 'REMOTE'));
    const base = sub.seen.length;

    // A refused mutation publishes nothing: the next update is the agenda item added after it.
    const other = await boycotter.delegate();
    expect(
      (await other.fails(record, { input: { meetingId, participantId: us, status: 'ABSENT' } })).extensions?.code,
    ).toBe('FORBIDDEN');
    await sec.ok(
      `mutation ($m: ID!) { addAgendaItem(input: { meetingId: $m, title: "Admissions", kind: DECISION }) { id } }`,
      { m: meetingId },
    );
    expect((await sub.next(base + 1)).meetingUpdated.agenda).toEqual([{ title: 'Admissions' }]);
    expect(sub.seen[base].meetingUpdated.attendance).toEqual([
      { participant: { code: member.code }, status: 'REMOTE' },
    ]);

    // A boycott covering the meeting reaches it too.
    await other.ok(`mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`, {
      input: {
        participantId: boycotter.id,
        scope: 'BODY',
        bodyId: body.id,
        startsOn: '2026-06-01',
        statement: 'We stay away.',
      },
    });
    expect((await sub.next(base + 2)).meetingUpdated.attendance).toContainEqual({
      participant: { code: boycotter.code },
      status: 'BOYCOTT',
    });

    await sec.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
    expect((await sub.next(base + 3)).meetingUpdated.status).toBe('IN_SESSION');
    expect(sub.errors).toEqual([]);
  });

  it('without a token the socket is refused; an unknown meeting is NOT_FOUND', async () => {
    const unknown = subscribe(wsClient(sec.token!), '00000000-0000-4000-8000-000000000000');
    const err = (await unknown.failed()) as { extensions?: { code?: string } }[];
    expect(err[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = subscribe(wsClient(null), '00000000-0000-4000-8000-000000000000');
    // The server closes the socket at once (4403 Forbidden): no update ever comes.
    expect(await anonymous.failed()).toMatchObject({ code: 4403 });
    expect(anonymous.seen).toEqual([]);
  });
});
