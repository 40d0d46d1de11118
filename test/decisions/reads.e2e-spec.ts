// Reading proposals costs a fixed number of SQL statements, whatever the number of positions or
// proposals: every relation goes through a per-request loader (docs/architecture.md: no N+1).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import {
  PROPOSAL,
  RECORD,
  SECRETARIAT,
  meetingWithDecisionItem,
  memberCodes,
  open,
  participantId,
  present,
  submit,
  type MeetingSetup,
  startApp,
} from './decisions-helpers.js';

let t: TestApp;
let members: string[];
let sitting: MeetingSetup;

beforeAll(async () => {
  // One query here nests three unbounded lists (agenda, proposals, positions) on purpose, to count
  // statements: about 3,000,000 by the cost estimate, over the default ceiling of 1,000,000.
  t = await startApp({ countQueries: true, env: { CONCORD_MAX_COST: '5000000' } });
  members = await memberCodes(t, 'WGDE');
  sitting = await meetingWithDecisionItem(t, 'WGDE', '2026-03-01T09:00:00.000Z', present(members));
});
afterAll(async () => {
  await t?.close();
});

async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  t.queries.length = 0;
  await run();
  return t.queries.length;
}

describe('reading proposals', () => {
  it('a proposal with its positions, history, versions and tally: the same statements for 1 position as for 14', async () => {
    const sec = await t.as(SECRETARIAT);
    const p = await open(sec, (await submit(sec, sitting.agendaItemId, 'Counted')).id);
    await sec.ok(RECORD, {
      input: { proposalId: p.id, participantId: await participantId(t, members[0]), stance: 'SUPPORT' },
    });
    const withOne = await statementsFor(() => sec.ok(PROPOSAL, { id: p.id }));
    for (const code of members.slice(1)) {
      await sec.ok(RECORD, {
        input: { proposalId: p.id, participantId: await participantId(t, code), stance: 'OBJECT' },
      });
    }
    const withAll = await statementsFor(() => sec.ok(PROPOSAL, { id: p.id }));
    expect(withAll).toBe(withOne);
    expect(withOne).toBeLessThanOrEqual(8);
  });

  it('an agenda listing several proposals with their tallies: the same statements for 1 proposal as for 4', async () => {
    const sec = await t.as(SECRETARIAT);
    const query = `query ($id: ID!) { meeting(id: $id) { agenda { proposals { reference currentVersion { number } positions { participant { code } }
      tally { support entitled { code } } } } } }`;
    const m = await meetingWithDecisionItem(t, 'WGDE', '2026-04-01T09:00:00.000Z', present(members));
    await open(sec, (await submit(sec, m.agendaItemId, 'One')).id);
    const one = await statementsFor(() => sec.ok(query, { id: m.meetingId }));
    for (const title of ['Two', 'Three', 'Four']) await open(sec, (await submit(sec, m.agendaItemId, title)).id);
    const four = await statementsFor(() => sec.ok(query, { id: m.meetingId }));
    expect(four).toBe(one);
  });
});
