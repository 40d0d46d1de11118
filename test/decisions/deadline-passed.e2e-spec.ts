// A written procedure whose deadline has passed, before Concord's worker has come round to it (its
// poll set to a minute here): positions are refused with DEADLINE_PASSED, and the chair may close it
// at once, silence counting as consent. Boycotts never keep a member out of a written procedure.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import {
  CLOSE,
  SECRETARIAT,
  START_WRITTEN,
  bodyId,
  delegateOf,
  fromNow,
  memberCodes,
  participantId,
  read,
  refused,
  stance,
  stanceRefused,
  type Proposal,
  startApp,
} from './decisions-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ env: { CONCORD_DEADLINE_POLL_MS: '60000' } });
});
afterAll(async () => {
  await t?.close();
});

async function start(deadline: string): Promise<Proposal> {
  const chair = await t.as(delegateOf('EU'));
  return (
    await chair.ok<{ startWrittenProcedure: Proposal }>(START_WRITTEN, {
      input: { bodyId: await bodyId(t, 'WGDE'), title: 'Short circulation', text: 'Circulated briefly.', deadline },
    })
  ).startWrittenProcedure;
}

async function waitUntil(instant: number): Promise<void> {
  while (Date.now() <= instant) await new Promise((r) => setTimeout(r, Math.max(10, instant - Date.now() + 10)));
}

describe('after the deadline, before the worker', () => {
  it('a position is DEADLINE_PASSED; the chair closes at once, the silent counted as consenting', async () => {
    const deadline = Date.now() + 800;
    const p = await start(new Date(deadline).toISOString());
    await stance(t, p.id, 'US', 'ABSTAIN');
    await waitUntil(deadline);
    const late = await stanceRefused(t, p.id, 'GB', 'OBJECT');
    expect(late.extensions?.code).toBe('DEADLINE_PASSED');
    expect((await read(await t.as(SECRETARIAT), p.id)).status).toBe('OPEN');
    // Only the chair of the body (or the secretariat) closes it.
    await refused(t, await t.as(delegateOf('US')), CLOSE, { id: p.id }, 'FORBIDDEN');
    await refused(t, t.anonymous, CLOSE, { id: p.id }, 'UNAUTHENTICATED');
    const record = (await (await t.as(delegateOf('EU'))).ok(CLOSE, { id: p.id })).closeProposal;
    // An abstention and silence: nobody objected, so the silence holds.
    expect(record).toMatchObject({ outcome: 'ADOPTED', procedure: 'WRITTEN', objectors: [] });
    const { rows } = await t.sql.query('SELECT snapshot FROM decision_record WHERE id = $1', [record.id]);
    expect(rows[0].snapshot.silent).toHaveLength((await memberCodes(t, 'WGDE')).length - 1);
  });

  it('closing an unknown proposal is NOT_FOUND', async () => {
    await refused(t, await t.as(SECRETARIAT), CLOSE, { id: 'nope' }, 'NOT_FOUND');
    await refused(t, await t.as(SECRETARIAT), CLOSE, { id: '00000000-0000-4000-8000-00000000000a' }, 'NOT_FOUND');
  });
});

describe('boycotts and written procedures', () => {
  it('a member boycotting the body’s meetings still takes part in its written procedures', async () => {
    const jp = await t.as(delegateOf('JP'));
    const today = new Date().toISOString().slice(0, 10);
    await jp.ok(`mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`, {
      input: {
        participantId: await participantId(t, 'JP'),
        scope: 'BODY',
        bodyId: await bodyId(t, 'WGDE'),
        startsOn: today,
        statement: 'Japan stays away from WGDE.',
      },
    });
    const p = await start(fromNow(3600_000));
    expect(p.tally.entitled.map((e) => e.code)).toContain('JP');
    const res = await stance(t, p.id, 'JP', 'OBJECT');
    expect(res.recordPosition.stance).toBe('OBJECT');
    expect((await read(jp, p.id)).tally.objectors).toEqual([{ code: 'JP' }]);
  });
});
