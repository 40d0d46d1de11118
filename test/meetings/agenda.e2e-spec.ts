// A meeting's agenda: adding items (an observer may have asked for one), reordering them exactly,
// who may, and no changes once the meeting is ADJOURNED or CANCELLED. Each story builds its own
// body and meeting through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture, type BodyFixture } from './meetings.fixture.js';
import { refused } from './meetings-helpers.js';

const ADD = `mutation ($input: AgendaItemInput!) {
  addAgendaItem(input: $input) { id position title description kind proposedBy { code kind } meeting { id } }
}`;
const REORDER = `mutation ($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { agenda { id position title } } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { agenda { id position title proposedBy { code } } } }`;

describe('meetings: the agenda', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t.close();
  });

  /** A body, a SCHEDULED meeting of it and three items added by its chair; the item ids in order. */
  async function meetingWithItems(): Promise<{ body: BodyFixture; meetingId: string; items: string[] }> {
    const body = await fx.body();
    const meetingId = await fx.meeting(body, '2026-04-20T09:00:00Z');
    const chair = await body.chair.delegate();
    const items: string[] = [];
    for (const title of ['Adoption of the agenda', 'Civil society report', 'Admission of a new participant']) {
      items.push((await chair.ok(ADD, { input: { meetingId, title, kind: 'DISCUSSION' } })).addAgendaItem.id);
    }
    return { body, meetingId, items };
  }

  it('the chair adds items in order; an observer may be the proposer; the proposer is optional', async () => {
    const body = await fx.body();
    const meetingId = await fx.meeting(body, '2026-04-20T09:00:00Z');
    const chair = await body.chair.delegate();
    const a = await chair.ok(ADD, { input: { meetingId, title: 'Adoption of the agenda', kind: 'INFORMATION' } });
    expect(a.addAgendaItem).toMatchObject({
      position: 1,
      title: 'Adoption of the agenda',
      kind: 'INFORMATION',
      proposedBy: null,
      meeting: { id: meetingId },
    });
    const b = await chair.ok(ADD, {
      input: {
        meetingId,
        title: 'Civil society report',
        description: 'From the coalition',
        kind: 'DISCUSSION',
        proposedById: body.observers[0].id,
      },
    });
    expect(b.addAgendaItem).toMatchObject({
      position: 2,
      description: 'From the coalition',
      proposedBy: { code: body.observers[0].code, kind: 'OBSERVER' },
    });
    const c = await sec.ok(ADD, {
      input: { meetingId, title: 'Admission of a new participant', kind: 'DECISION', proposedById: body.members[1].id },
    });
    expect(c.addAgendaItem.position).toBe(3);
    const entries = await fx.audit(c.addAgendaItem.id, 'addAgendaItem');
    expect(entries.map((e) => e.details)).toEqual([
      expect.objectContaining({ meetingId, position: 3, proposedBy: body.members[1].code, kind: 'DECISION' }),
    ]);
    for (const item of [a, b]) expect(await fx.audit(item.addAgendaItem.id, 'addAgendaItem')).toHaveLength(1);
    const read = await sec.ok(AGENDA, { id: meetingId });
    expect(read.meeting.agenda.map((i: any) => [i.title, i.proposedBy?.code ?? null])).toEqual([
      ['Adoption of the agenda', null],
      ['Civil society report', body.observers[0].code],
      ['Admission of a new participant', body.members[1].code],
    ]);
  });

  it('validates the item and refuses anyone without chair powers', async () => {
    const body = await fx.body();
    const other = await fx.body();
    const meetingId = await fx.meeting(body, '2026-04-20T09:00:00Z');
    const chair = await body.chair.delegate();
    await refused(t, chair, ADD, { input: { meetingId, title: ' ', kind: 'DECISION' } }, 'BAD_USER_INPUT', 'title');
    await refused(
      t,
      chair,
      ADD,
      { input: { meetingId, title: 'x'.repeat(201), kind: 'DECISION' } },
      'BAD_USER_INPUT',
      'title',
    );
    await refused(
      t,
      chair,
      ADD,
      { input: { meetingId, title: 'Ok', description: 'x'.repeat(50001), kind: 'DECISION' } },
      'BAD_USER_INPUT',
      'description',
    );
    await refused(
      t,
      chair,
      ADD,
      { input: { meetingId, title: 'Ok', kind: 'DECISION', proposedById: '00000000-0000-4000-8000-000000000000' } },
      'NOT_FOUND',
    );
    await refused(t, chair, ADD, { input: { meetingId: 'nope', title: 'Ok', kind: 'DECISION' } }, 'NOT_FOUND');
    // A delegate of a member, the chair of another body.
    for (const client of [await body.members[1].delegate(), await other.chair.delegate()]) {
      await refused(t, client, ADD, { input: { meetingId, title: 'Mine', kind: 'DISCUSSION' } }, 'FORBIDDEN');
    }
  });

  it('reorders when given exactly the meeting’s items', async () => {
    const { body, meetingId, items } = await meetingWithItems();
    const [a, b, c] = items;
    const res = await (await body.chair.delegate()).ok(REORDER, { m: meetingId, ids: [c, a, b] });
    expect(res.reorderAgenda.agenda).toEqual([
      { id: c, position: 1, title: 'Admission of a new participant' },
      { id: a, position: 2, title: 'Adoption of the agenda' },
      { id: b, position: 3, title: 'Civil society report' },
    ]);
    expect((await fx.onlyAudit(meetingId, 'reorderAgenda')).details).toEqual({ from: [a, b, c], to: [c, a, b] });
  });

  it('anything but exactly the meeting’s items is BAD_USER_INPUT on itemIds', async () => {
    const { body, meetingId, items } = await meetingWithItems();
    const [a, b, c] = items;
    const other = await fx.meeting(body, '2026-04-21T09:00:00Z');
    const foreign = (await sec.ok(ADD, { input: { meetingId: other, title: 'Elsewhere', kind: 'INFORMATION' } }))
      .addAgendaItem.id;
    const chair = await body.chair.delegate();
    for (const ids of [[a, b], [a, b, c, c], [a, b, foreign], [a, b, c, foreign], [a, b, 'not-an-id'], []]) {
      await refused(t, chair, REORDER, { m: meetingId, ids }, 'BAD_USER_INPUT', 'itemIds');
    }
    await refused(t, await body.members[1].delegate(), REORDER, { m: meetingId, ids: [a, b, c] }, 'FORBIDDEN');
  });

  it('an IN_SESSION meeting’s agenda still changes; an ADJOURNED one never does', async () => {
    const { body, meetingId } = await meetingWithItems();
    const chair = await body.chair.delegate();
    await fx.open(meetingId, chair);
    const d = await chair.ok(ADD, { input: { meetingId, title: 'Any other business', kind: 'DISCUSSION' } });
    expect(d.addAgendaItem.position).toBe(4);
    await fx.adjourn(meetingId, chair);
    const all = (await sec.ok(AGENDA, { id: meetingId })).meeting.agenda.map((i: any) => i.id);
    await refused(t, chair, ADD, { input: { meetingId, title: 'Too late', kind: 'DISCUSSION' } }, 'CONFLICT');
    await refused(t, chair, REORDER, { m: meetingId, ids: [...all].reverse() }, 'CONFLICT');
  });

  it('a CANCELLED meeting’s agenda never changes', async () => {
    const body = await fx.body();
    const cancelled = await fx.meeting(body, '2026-04-22T09:00:00Z');
    const item = (await sec.ok(ADD, { input: { meetingId: cancelled, title: 'Only item', kind: 'INFORMATION' } }))
      .addAgendaItem.id;
    await fx.cancel(cancelled, 'No quorum expected');
    await refused(t, sec, ADD, { input: { meetingId: cancelled, title: 'Too late', kind: 'DISCUSSION' } }, 'CONFLICT');
    await refused(t, sec, REORDER, { m: cancelled, ids: [item] }, 'CONFLICT');
  });
});
