// proposalUpdated over graphql-ws, as a chair's screen would use it: with a token in
// connectionParams, it sees a position right after it commits, an amendment and the close.
// Without a token the socket is refused.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from '../support/app.js';
import {
  AMEND,
  CLOSE,
  SECRETARIAT,
  START_WRITTEN,
  bodyId,
  delegateOf,
  fromNow,
  meetingWithDecisionItem,
  memberCodes,
  present,
  stance,
  startApp,
  submit,
  type Proposal,
} from './decisions-helpers.js';

let t: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await t?.close();
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

interface Update {
  proposalUpdated: {
    status: string;
    currentVersion: { number: number };
    positions: { participant: { code: string }; stance: string }[];
  };
}

/** Subscribes and returns a function that waits for the next update matching `until`. */
function subscribe(client: Client, proposalId: string) {
  const seen: Update[] = [];
  const waiters: { until: (u: Update) => boolean; resolve: (u: Update) => void }[] = [];
  const errors: unknown[] = [];
  const ready = new Promise<void>((resolve) => {
    client.on('connected', () => resolve());
  });
  client.subscribe<Update>(
    {
      query: `subscription ($id: ID!) { proposalUpdated(proposalId: $id) { status currentVersion { number } positions { participant { code } stance } } }`,
      variables: { id: proposalId },
    },
    {
      next: (value) => {
        const u = value.data as Update;
        seen.push(u);
        for (const w of [...waiters]) {
          if (w.until(u)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(u);
          }
        }
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return {
    ready,
    errors,
    next(until: (u: Update) => boolean): Promise<Update> {
      const already = seen.find(until);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        waiters.push({ until, resolve });
        setTimeout(() => reject(new Error('no matching proposalUpdated within 5 s')), 5000).unref();
      });
    },
  };
}

describe('proposalUpdated', () => {
  it('a signed-in chair sees a position right after it is recorded', async () => {
    const sec = await t.as(SECRETARIAT);
    const p = (
      await sec.ok<{ startWrittenProcedure: Proposal }>(START_WRITTEN, {
        input: { bodyId: await bodyId(t, 'WGDE'), title: 'Watched', text: 'Circulated.', deadline: fromNow(3600_000) },
      })
    ).startWrittenProcedure;
    const chair = await t.as(delegateOf('EU'));
    const watch = subscribe(wsClient(chair.token!), p.id);
    await watch.ready;
    // The server registers the subscription just after the socket acknowledges the connection.
    await new Promise((r) => setTimeout(r, 200));
    await stance(t, p.id, 'US', 'OBJECT');
    const withPosition = await watch.next((u) => u.proposalUpdated.positions.some((x) => x.participant.code === 'US'));
    expect(withPosition.proposalUpdated.positions).toEqual([{ participant: { code: 'US' }, stance: 'OBJECT' }]);
    expect(watch.errors).toEqual([]);
  });

  it('sees amendments and the status change of a proposal in a meeting', async () => {
    const m = await meetingWithDecisionItem(t, 'WGS', '2026-02-02T09:00:00.000Z', present(await memberCodes(t, 'WGS')));
    const sec = await t.as(SECRETARIAT);
    const p = await submit(sec, m.agendaItemId, 'Amended while watched');
    const watch = subscribe(wsClient(sec.token!), p.id);
    await watch.ready;
    await new Promise((r) => setTimeout(r, 200));
    await sec.ok(AMEND, { input: { proposalId: p.id, text: 'Second.', changeNote: 'Better' } });
    expect((await watch.next((u) => u.proposalUpdated.currentVersion.number === 2)).proposalUpdated.status).toBe(
      'DRAFT',
    );
    await sec.ok(`mutation ($id: ID!) { openProposal(proposalId: $id) { id } }`, { id: p.id });
    await stance(t, p.id, 'US', 'SUPPORT');
    await sec.ok(CLOSE, { id: p.id });
    expect((await watch.next((u) => u.proposalUpdated.status === 'ADOPTED')).proposalUpdated.positions).toEqual([
      { participant: { code: 'US' }, stance: 'SUPPORT' },
    ]);
  });

  it('without a token the subscription is refused', async () => {
    const sec = await t.as(SECRETARIAT);
    const p = (
      await sec.ok<{ startWrittenProcedure: Proposal }>(START_WRITTEN, {
        input: { bodyId: await bodyId(t, 'WGDE'), title: 'Unwatched', text: 'x', deadline: fromNow(3600_000) },
      })
    ).startWrittenProcedure;
    const client = wsClient(null);
    const outcome = await new Promise<string>((resolve) => {
      client.subscribe(
        { query: `subscription ($id: ID!) { proposalUpdated(proposalId: $id) { status } }`, variables: { id: p.id } },
        { next: () => resolve('next'), error: () => resolve('error'), complete: () => resolve('complete') },
      );
    });
    expect(outcome).toBe('error');
  });
});
