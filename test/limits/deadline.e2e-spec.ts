// No single request holds the server: a statement running past the statement timeout is cancelled by
// PostgreSQL, a request past its deadline sends no further batch, and verifyRecordChain runs one at a
// time per process, anonymous callers sharing one verification per chain state. Each answers
// REQUEST_TIMEOUT (once), and the server keeps answering everyone else meanwhile. Slow statements are
// made by holding a table lock from a superuser connection, so nothing here depends on the clock.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';

/** Holds ACCESS EXCLUSIVE locks on `tables` until released: every statement touching them waits. */
async function lockTables(t: TestApp, tables: string[]): Promise<{ release(): Promise<void> }> {
  const client: pg.PoolClient = await t.sql.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  return {
    async release() {
      await client.query('ROLLBACK');
      client.release();
    },
  };
}

/** Waits until `count` of the API's statements are waiting for a lock. */
async function waitForLockWaiters(t: TestApp, count: number): Promise<void> {
  for (;;) {
    const { rows } = await t.sql.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'concord' AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n >= count) return;
    await new Promise((r) => setImmediate(r));
  }
}

const VERIFY = '{ verifyRecordChain { valid checked } }';

describe('the statement timeout', () => {
  let t: TestApp;
  let us: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ env: { CONCORD_STATEMENT_TIMEOUT_MS: '300', CONCORD_DEADLINE_POLL_MS: '60000' } });
    us = await t.as('us@kp.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('cancels a statement that runs too long: REQUEST_TIMEOUT, while other requests are answered', async () => {
    const lock = await lockTables(t, ['participant']);
    try {
      const slow = us.request('{ organization { participants { code } } }');
      await waitForLockWaiters(t, 1);
      expect((await us.ok('{ me { displayName } }')).me.displayName).toBeTruthy();
      const answer = await slow;
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0].extensions).toEqual({ code: 'REQUEST_TIMEOUT' });
    } finally {
      await lock.release();
    }
    // The connection it ran on serves the next request.
    expect(
      (await us.ok('{ organization { participants { code } } }')).organization.participants.length,
    ).toBeGreaterThan(50);
  });
});

describe('the request deadline and verifyRecordChain', () => {
  let t: TestApp;
  let us: GraphQLClient;
  let secretariat: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({
      countQueries: true,
      env: {
        CONCORD_REQUEST_TIMEOUT_MS: '500',
        CONCORD_STATEMENT_TIMEOUT_MS: '120000',
        CONCORD_DEADLINE_POLL_MS: '60000',
      },
    });
    us = await t.as('us@kp.example');
    secretariat = await t.as('secretariat@kp.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('a verification waits for the one running; one still waiting at its deadline, and a read past its deadline, answer REQUEST_TIMEOUT', async () => {
    const lock = await lockTables(t, ['participant', 'decision_record']);
    let read: Promise<GraphQLResponse<any>>;
    let first: Promise<GraphQLResponse<any>>;
    try {
      // A read whose first statement waits for the lock; its next batch (delegates) comes after.
      read = us.request('{ organization { participants { code delegates { displayName } } } }');
      // A signed-in verification, stuck behind the lock.
      first = secretariat.request(VERIFY);
      await waitForLockWaiters(t, 2);
      // A second verification waits for the first, not for the lock, and gives up at its deadline
      // (which comes after the read's: it was asked later).
      const second = await us.request(VERIFY);
      expect(second.errors?.map((e) => e.extensions)).toEqual([{ code: 'REQUEST_TIMEOUT' }]);
      // Meanwhile the server answers everyone else.
      expect((await us.ok('{ me { displayName } }')).me.displayName).toBeTruthy();
    } finally {
      await lock.release();
    }
    // Released, the read's first statement finishes past its deadline: no further batch is sent,
    // and the answer says so once, not once per participant.
    const late = await read;
    expect(late.errors?.map((e) => e.extensions)).toEqual([{ code: 'REQUEST_TIMEOUT' }]);
    expect((await first).data).toEqual({ verifyRecordChain: { valid: true, checked: expect.any(Number) } });
  });

  it('a mutation has no deadline once it runs: it answers what it did, however long its answer takes', async () => {
    const pc = (await t.sql.query(`SELECT id FROM body WHERE code = 'PC'`)).rows[0].id as string;
    const lock = await lockTables(t, ['participant', 'decision_record']);
    let scheduled: Promise<GraphQLResponse<any>>;
    let first: Promise<GraphQLResponse<any>>;
    try {
      // The meeting is written at once; its answer then reads the body's members, behind the lock, and
      // after them their delegates (a batch sent past the deadline).
      scheduled = secretariat.request(
        `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { title body { members { code delegates { email } } } } }`,
        {
          input: {
            bodyId: pc,
            title: 'A sitting answered late',
            kind: 'REGULAR',
            startsAt: '2027-03-01T09:00:00Z',
            endsAt: '2027-03-01T12:00:00Z',
          },
        },
      );
      first = secretariat.request(VERIFY);
      await waitForLockWaiters(t, 2);
      // Asked later, this one's deadline passing means the mutation's would have passed too.
      expect((await us.request(VERIFY)).errors?.map((e) => e.extensions)).toEqual([{ code: 'REQUEST_TIMEOUT' }]);
    } finally {
      await lock.release();
    }
    const answer = await scheduled;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.scheduleMeeting.body.members.length).toBeGreaterThan(0);
    await first;
  });
});

describe('verifyRecordChain for a crowd', () => {
  let t: TestApp;
  let us: GraphQLClient;
  let secretariat: GraphQLClient;
  beforeAll(async () => {
    // The default deadline and statement timeout: a loaded machine must not turn this into a timeout.
    t = await startTestApp({ countQueries: true, env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
    us = await t.as('us@kp.example');
    secretariat = await t.as('secretariat@kp.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('anonymous callers asking at once share one verification; signed-in callers each get their own', async () => {
    const walks = () => t.queries.filter((q) => /FROM decision_record r/.test(q)).length;
    t.queries.length = 0;
    const crowd = await Promise.all(Array.from({ length: 20 }, () => t.anonymous.request(VERIFY)));
    expect(crowd.every((a) => a.data?.verifyRecordChain.valid === true)).toBe(true);
    expect(walks()).toBe(1);
    // Asked again with nothing changed, the kept result answers.
    await t.anonymous.ok(VERIFY);
    expect(walks()).toBe(1);
    t.queries.length = 0;
    await Promise.all([us.ok(VERIFY), secretariat.ok(VERIFY), us.ok(VERIFY)]);
    expect(walks()).toBe(3);
  });
});
