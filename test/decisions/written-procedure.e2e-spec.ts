// Written (silence) procedures: circulated to every entitled member of the body until a deadline;
// adopted at the deadline unless an entitled member has objected; closed early only once every
// entitled member has taken a position; closed by Concord itself within seconds of the deadline.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import {
  AMEND,
  CLOSE,
  OPEN,
  RECORD,
  SECRETARIAT,
  START_WRITTEN,
  auditOf,
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
  t = await startApp();
});
afterAll(async () => {
  await t?.close();
});

async function startOnWgde(deadline: string, as = delegateOf('EU')): Promise<Proposal> {
  const chair = await t.as(as);
  const res = await chair.ok<{ startWrittenProcedure: Proposal }>(START_WRITTEN, {
    input: {
      bodyId: await bodyId(t, 'WGDE'),
      title: 'Footnote on synthetic diamonds',
      text: 'The WGDE recommends ...',
      deadline,
    },
  });
  return res.startWrittenProcedure;
}

describe('starting a written procedure', () => {
  it('the chair of WGDE (EU, 2026) starts one: OPEN at once, referenced KP/WGDE/<year>/n, circulated to every member', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    const year = new Date().getUTCFullYear();
    expect(p).toMatchObject({ procedure: 'WRITTEN', status: 'OPEN', body: { code: 'WGDE' }, agendaItem: null });
    expect(p.reference).toMatch(new RegExp(`^KP/WGDE/${year}/\\d+$`));
    expect(p.currentVersion).toMatchObject({ number: 1, text: 'The WGDE recommends ...', changeNote: null });
    const members = await memberCodes(t, 'WGDE');
    expect(p.tally.entitled.map((e) => e.code)).toEqual(members);
    // Silence is consent in a written procedure, but only at the deadline: closing now, with every
    // member still silent, would be refused (POSITIONS_OUTSTANDING), so there is no consensus yet.
    expect(p.tally).toMatchObject({ support: 0, object: 0, silent: members.length, consensus: false });
    const audit = (await auditOf(t, 'startWrittenProcedure')).at(-1);
    expect(audit).toMatchObject({ entity: 'Proposal', entity_id: p.id });
  });

  it('references count up per body and year', async () => {
    const a = await startOnWgde(fromNow(3600_000));
    const b = await startOnWgde(fromNow(3600_000), SECRETARIAT);
    const seq = (r: string) => Number(r.split('/').pop());
    expect(seq(b.reference)).toBe(seq(a.reference) + 1);
  });

  it('a deadline in the past is BAD_USER_INPUT on deadline', async () => {
    const chair = await t.as(delegateOf('EU'));
    await refused(
      t,
      chair,
      START_WRITTEN,
      { input: { bodyId: await bodyId(t, 'WGDE'), title: 'Late', text: 'x', deadline: fromNow(-60_000) } },
      'BAD_USER_INPUT',
      'deadline',
    );
  });

  it('blank titles and texts are BAD_USER_INPUT naming the field', async () => {
    const chair = await t.as(delegateOf('EU'));
    const input = { bodyId: await bodyId(t, 'WGDE'), title: 'T', text: 'x', deadline: fromNow(3600_000) };
    await refused(t, chair, START_WRITTEN, { input: { ...input, title: '  ' } }, 'BAD_USER_INPUT', 'title');
    await refused(t, chair, START_WRITTEN, { input: { ...input, text: '' } }, 'BAD_USER_INPUT', 'text');
    await refused(t, chair, START_WRITTEN, { input: { ...input, title: 'x'.repeat(201) } }, 'BAD_USER_INPUT', 'title');
  });

  it('a delegate without chair powers on the body is FORBIDDEN; no token is UNAUTHENTICATED; an unknown body NOT_FOUND', async () => {
    const input = { bodyId: await bodyId(t, 'WGDE'), title: 'T', text: 'x', deadline: fromNow(3600_000) };
    await refused(t, await t.as(delegateOf('US')), START_WRITTEN, { input }, 'FORBIDDEN');
    await refused(t, t.anonymous, START_WRITTEN, { input }, 'UNAUTHENTICATED');
    await refused(t, await t.as(SECRETARIAT), START_WRITTEN, { input: { ...input, bodyId: 'nope' } }, 'NOT_FOUND');
  });
});

describe('positions in a written procedure', () => {
  it('members state, change their minds before the deadline; the latest stance counts', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    await stance(t, p.id, 'US', 'OBJECT', { statement: 'Not yet.' });
    let now = await read(await t.as(SECRETARIAT), p.id);
    expect(now.tally).toMatchObject({ object: 1, objectors: [{ code: 'US' }], consensus: false });
    // The objection is withdrawn before the deadline: the silence is whole again.
    await stance(t, p.id, 'US', 'SUPPORT');
    now = await read(await t.as(SECRETARIAT), p.id);
    expect(now.tally).toMatchObject({ support: 1, object: 0, objectors: [], consensus: false });
    expect(now.positions).toEqual([
      expect.objectContaining({ participant: { code: 'US' }, stance: 'SUPPORT', versionNumber: 1, onBehalf: false }),
    ]);
    expect(now.positionHistory?.map((x) => `${x.participant.code}:${x.stance}`)).toEqual(['US:OBJECT', 'US:SUPPORT']);
  });

  it('an observer is NOT_ENTITLED (OBSERVER); a participant not on the body NOT_ENTITLED (NOT_MEMBER)', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    const before = await auditOf(t, 'recordPosition');
    const csc = await stanceRefused(t, p.id, 'CSC', 'OBJECT');
    expect(csc.extensions).toMatchObject({ code: 'NOT_ENTITLED', reason: 'OBSERVER' });
    const bd = await stanceRefused(t, p.id, 'BD', 'OBJECT');
    expect(bd.extensions).toMatchObject({ code: 'NOT_ENTITLED', reason: 'NOT_MEMBER' });
    expect(await auditOf(t, 'recordPosition')).toHaveLength(before.length);
  });

  it('a delegate acts only for its own participant; the chair and the secretariat record on behalf', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    const us = await t.as(delegateOf('US'));
    await refused(
      t,
      us,
      RECORD,
      { input: { proposalId: p.id, participantId: await participantId(t, 'GB'), stance: 'OBJECT' } },
      'FORBIDDEN',
    );
    const chair = await t.as(delegateOf('EU'));
    const byChair = await chair.ok(RECORD, {
      input: { proposalId: p.id, participantId: await participantId(t, 'GB'), stance: 'SUPPORT' },
    });
    expect(byChair.recordPosition).toMatchObject({
      participant: { code: 'GB' },
      onBehalf: true,
      recordedBy: { displayName: expect.any(String) },
    });
    const sec = await t.as(SECRETARIAT);
    const bySec = await sec.ok(RECORD, {
      input: { proposalId: p.id, participantId: await participantId(t, 'JP'), stance: 'ABSTAIN' },
    });
    expect(bySec.recordPosition).toMatchObject({ participant: { code: 'JP' }, stance: 'ABSTAIN', onBehalf: true });
    const own = await stance(t, p.id, 'EU', 'SUPPORT');
    expect(own.recordPosition.onBehalf).toBe(false);
    await refused(
      t,
      t.anonymous,
      RECORD,
      { input: { proposalId: p.id, participantId: await participantId(t, 'GB'), stance: 'OBJECT' } },
      'UNAUTHENTICATED',
    );
  });

  it('a version number that is not current is STALE_VERSION; unknown ids are NOT_FOUND', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    const us = await t.as(delegateOf('US'));
    const usId = await participantId(t, 'US');
    await refused(
      t,
      us,
      RECORD,
      { input: { proposalId: p.id, participantId: usId, stance: 'SUPPORT', versionNumber: 2 } },
      'STALE_VERSION',
    );
    await stance(t, p.id, 'US', 'SUPPORT', { versionNumber: 1 });
    await refused(t, us, RECORD, { input: { proposalId: 'x', participantId: usId, stance: 'SUPPORT' } }, 'NOT_FOUND');
    await refused(
      t,
      us,
      RECORD,
      { input: { proposalId: '00000000-0000-4000-8000-000000000000', participantId: usId, stance: 'SUPPORT' } },
      'NOT_FOUND',
    );
    await refused(
      t,
      us,
      RECORD,
      { input: { proposalId: p.id, participantId: usId, stance: 'SUPPORT', versionNumber: 0 } },
      'BAD_USER_INPUT',
      'versionNumber',
    );
  });

  it('a written procedure is never amended nor opened again (CONFLICT)', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    const chair = await t.as(delegateOf('EU'));
    await refused(t, chair, AMEND, { input: { proposalId: p.id, text: 'New text', changeNote: 'tweak' } }, 'CONFLICT');
    await refused(t, chair, OPEN, { id: p.id }, 'CONFLICT');
  });
});

describe('closing a written procedure', () => {
  it('early, only once every entitled member has a position (POSITIONS_OUTSTANDING lists the silent)', async () => {
    const p = await startOnWgde(fromNow(3600_000));
    const members = await memberCodes(t, 'WGDE');
    const chair = await t.as(delegateOf('EU'));
    for (const code of members.slice(0, -2)) await stance(t, p.id, code, 'SUPPORT');
    const err = await refused(t, chair, CLOSE, { id: p.id }, 'POSITIONS_OUTSTANDING');
    expect(err.extensions?.participants).toEqual(members.slice(-2));
    await stance(t, p.id, members.at(-2)!, 'ABSTAIN');
    await stance(t, p.id, members.at(-1)!, 'OBJECT', { statement: 'We break the silence.' });
    const record = (await chair.ok(CLOSE, { id: p.id })).closeProposal;
    expect(record).toMatchObject({
      status: 'DRAFT',
      outcome: 'NOT_ADOPTED',
      procedure: 'WRITTEN',
      versionNumber: 1,
      number: null,
      proposal: { id: p.id, status: 'NOT_ADOPTED' },
      chairedBy: { code: 'EU' },
      objectors: [{ code: members.at(-1) }],
      attendance: [],
    });
    expect(record.positions).toHaveLength(members.length);
    // Closed is closed.
    await refused(t, chair, CLOSE, { id: p.id }, 'PROPOSAL_CLOSED');
    expect((await stanceRefused(t, p.id, 'US', 'SUPPORT')).extensions?.code).toBe('PROPOSAL_CLOSED');
  });

  it('Concord closes it itself at the deadline, silence counting as consent, audited with no actor', async () => {
    const p = await startOnWgde(fromNow(1500));
    await stance(t, p.id, 'US', 'SUPPORT');
    const deadline = Date.now() + 1500;
    let status = 'OPEN';
    const sec = await t.as(SECRETARIAT);
    while (status === 'OPEN') {
      if (Date.now() > deadline + 5000) throw new Error('not closed within 5 s of its deadline');
      // After the deadline and before the close, positions are refused.
      if (Date.now() > deadline + 50) {
        const late = await stanceRefused(t, p.id, 'GB', 'OBJECT');
        expect(['DEADLINE_PASSED', 'PROPOSAL_CLOSED']).toContain(late.extensions?.code);
      }
      await new Promise((r) => setTimeout(r, 100));
      status = (await read(sec, p.id)).status;
    }
    expect(status).toBe('ADOPTED');
    const { rows } = await t.sql.query('SELECT snapshot, outcome, status FROM decision_record WHERE proposal_id = $1', [
      p.id,
    ]);
    expect(rows).toHaveLength(1);
    const members = await memberCodes(t, 'WGDE');
    expect(rows[0].snapshot.silent.map((s: { code: string }) => s.code)).toEqual(members.filter((c) => c !== 'US'));
    expect(rows[0].snapshot.tally).toEqual({ support: 1, object: 0, abstain: 0, silent: members.length - 1 });
    const closes = (await auditOf(t, 'closeProposal')).filter((a) => a.entity_id === p.id);
    expect(closes).toEqual([
      expect.objectContaining({ actor_user_id: null, details: expect.objectContaining({ outcome: 'ADOPTED' }) }),
    ]);
  });

  it('a member who objected and did not withdraw it before the deadline breaks the silence', async () => {
    const p = await startOnWgde(fromNow(1000));
    await stance(t, p.id, 'RU', 'OBJECT');
    const sec = await t.as(SECRETARIAT);
    const started = Date.now();
    while ((await read(sec, p.id)).status === 'OPEN') {
      if (Date.now() - started > 7000) throw new Error('not closed');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await read(sec, p.id)).status).toBe('NOT_ADOPTED');
  });
});
