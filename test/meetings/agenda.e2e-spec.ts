// A meeting's agenda: adding items (an observer may have asked for one), reordering them exactly,
// who may, and no changes once the meeting is ADJOURNED or CANCELLED.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  auditCount,
  delegateOf,
  lastAudit,
  participantId,
  refused,
  schedule,
  SECRETARIAT,
} from './meetings-helpers.js';

const ADD = `mutation ($input: AgendaItemInput!) {
  addAgendaItem(input: $input) { id position title description kind proposedBy { code kind } meeting { id } }
}`;
const REORDER = `mutation ($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position title } } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { agenda { id position title proposedBy { code } } } }`;

describe('meetings: the agenda', () => {
  let t: TestApp;
  let sec: GraphQLClient;
  let eu: GraphQLClient;
  let meetingId: string;
  const items: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    sec = await t.as(SECRETARIAT);
    eu = await t.as(delegateOf('EU')); // chair of PC since 2025
    meetingId = await schedule(t, sec, 'PC', '2026-04-20T09:00:00Z');
  });
  afterAll(async () => {
    await t.close();
  });

  it('the chair adds items in order; an observer (CSC) may be the proposer; the proposer is optional', async () => {
    const before = await auditCount(t, 'addAgendaItem');
    const a = await eu.ok(ADD, { input: { meetingId, title: 'Adoption of the agenda', kind: 'INFORMATION' } });
    expect(a.addAgendaItem).toMatchObject({
      position: 1,
      title: 'Adoption of the agenda',
      kind: 'INFORMATION',
      proposedBy: null,
      meeting: { id: meetingId },
    });
    const b = await eu.ok(ADD, {
      input: {
        meetingId,
        title: 'Civil society report',
        description: 'From the coalition',
        kind: 'DISCUSSION',
        proposedById: await participantId(t, 'CSC'),
      },
    });
    expect(b.addAgendaItem).toMatchObject({
      position: 2,
      description: 'From the coalition',
      proposedBy: { code: 'CSC', kind: 'OBSERVER' },
    });
    const c = await sec.ok(ADD, {
      input: {
        meetingId,
        title: 'Admission of a new participant',
        kind: 'DECISION',
        proposedById: await participantId(t, 'ZA'),
      },
    });
    expect(c.addAgendaItem.position).toBe(3);
    items.push(a.addAgendaItem.id, b.addAgendaItem.id, c.addAgendaItem.id);
    expect(await auditCount(t, 'addAgendaItem')).toBe(before + 3);
    expect((await lastAudit(t, 'addAgendaItem')).details).toMatchObject({
      meetingId,
      position: 3,
      proposedBy: 'ZA',
      kind: 'DECISION',
    });
    const read = await sec.ok(AGENDA, { id: meetingId });
    expect(read.meeting.agenda.map((i: any) => i.title)).toEqual([
      'Adoption of the agenda',
      'Civil society report',
      'Admission of a new participant',
    ]);
  });

  it('validates the item and refuses anyone without chair powers', async () => {
    await refused(t, eu, ADD, { input: { meetingId, title: ' ', kind: 'DECISION' } }, 'BAD_USER_INPUT', 'title');
    await refused(
      t,
      eu,
      ADD,
      { input: { meetingId, title: 'x'.repeat(201), kind: 'DECISION' } },
      'BAD_USER_INPUT',
      'title',
    );
    await refused(
      t,
      eu,
      ADD,
      { input: { meetingId, title: 'Ok', description: 'x'.repeat(50001), kind: 'DECISION' } },
      'BAD_USER_INPUT',
      'description',
    );
    await refused(
      t,
      eu,
      ADD,
      { input: { meetingId, title: 'Ok', kind: 'DECISION', proposedById: '00000000-0000-4000-8000-000000000000' } },
      'NOT_FOUND',
    );
    await refused(t, eu, ADD, { input: { meetingId: 'nope', title: 'Ok', kind: 'DECISION' } }, 'NOT_FOUND');
    // A delegate of a member, the chair of another body (NA chairs RPC), RU (chair of PC in 2022 only).
    for (const code of ['US', 'NA', 'RU']) {
      await refused(
        t,
        await t.as(delegateOf(code)),
        ADD,
        { input: { meetingId, title: 'Mine', kind: 'DISCUSSION' } },
        'FORBIDDEN',
      );
    }
  });

  it('reorders when given exactly the meeting’s items', async () => {
    const [a, b, c] = items;
    const res = await eu.ok(REORDER, { m: meetingId, ids: [c, a, b] });
    expect(res.reorderAgenda.agenda).toEqual([
      { id: c, position: 1, title: 'Admission of a new participant' },
      { id: a, position: 2, title: 'Adoption of the agenda' },
      { id: b, position: 3, title: 'Civil society report' },
    ]);
    expect((await lastAudit(t, 'reorderAgenda')).details).toEqual({ from: [a, b, c], to: [c, a, b] });
  });

  it('anything but exactly the meeting’s items is BAD_USER_INPUT on itemIds', async () => {
    const [a, b, c] = items;
    const other = await schedule(t, sec, 'PC', '2026-04-21T09:00:00Z');
    const foreign = (await sec.ok(ADD, { input: { meetingId: other, title: 'Elsewhere', kind: 'INFORMATION' } }))
      .addAgendaItem.id;
    for (const ids of [[a, b], [a, b, c, c], [a, b, foreign], [a, b, c, foreign], [a, b, 'not-an-id'], []]) {
      await refused(t, eu, REORDER, { m: meetingId, ids }, 'BAD_USER_INPUT', 'itemIds');
    }
    await refused(t, await t.as(delegateOf('GB')), REORDER, { m: meetingId, ids: [a, b, c] }, 'FORBIDDEN');
  });

  it('an IN_SESSION meeting’s agenda still changes; an ADJOURNED or CANCELLED one never does', async () => {
    await eu.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const d = await eu.ok(ADD, { input: { meetingId, title: 'Any other business', kind: 'DISCUSSION' } });
    expect(d.addAgendaItem.position).toBe(4);
    await eu.ok(`mutation ($id: ID!) { adjournMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const all = (await sec.ok(AGENDA, { id: meetingId })).meeting.agenda.map((i: any) => i.id);
    await refused(t, eu, ADD, { input: { meetingId, title: 'Too late', kind: 'DISCUSSION' } }, 'CONFLICT');
    await refused(t, eu, REORDER, { m: meetingId, ids: [...all].reverse() }, 'CONFLICT');

    const cancelled = await schedule(t, sec, 'PC', '2026-04-22T09:00:00Z');
    const item = (await sec.ok(ADD, { input: { meetingId: cancelled, title: 'Only item', kind: 'INFORMATION' } }))
      .addAgendaItem.id;
    await sec.ok(`mutation ($id: ID!) { cancelMeeting(meetingId: $id, reason: "No quorum expected") { status } }`, {
      id: cancelled,
    });
    await refused(t, sec, ADD, { input: { meetingId: cancelled, title: 'Too late', kind: 'DISCUSSION' } }, 'CONFLICT');
    await refused(t, sec, REORDER, { m: cancelled, ids: [item] }, 'CONFLICT');
  });
});
