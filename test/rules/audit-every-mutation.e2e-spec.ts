// docs/rules.md "Audit": every mutation of the schema, driven once through the API as the user who
// would send it, writes exactly one audit entry named after it, with its actor and its details as a
// JSON object; refusals (and sign-in, good or bad) write none; accepting a request that convenes a
// meeting writes one entry for both changes. The list of mutations is read from the schema itself,
// so a new mutation fails this test until it is driven (and audited) here. Entries are read through
// `auditLog`, as the secretariat reads them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { SECRETARIAT, startApp, delegateOf, fromNow } from '../decisions/decisions-helpers.js';
import { auditEntriesSince, demoIds, newestAuditId } from '../organisation/organisation-helpers.js';

/** Mutations that change nothing and so are never audited. */
const NOT_AUDITED = new Set(['login']);

let t: TestApp;
let reader: GraphQLClient;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  t = await startApp();
  reader = await t.as(SECRETARIAT);
  ids = await demoIds(reader);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const seen = new Set<string>();
async function m<T = any>(c: GraphQLClient, action: string, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const before = await newestAuditId(reader);
  const res = await c.ok<any>(q, v);
  const added = await auditEntriesSince(reader, before);
  expect([action, added.map((e) => e.action)]).toEqual([action, [action]]);
  const [entry] = added;
  const me = await c.ok<{ me: { id: string } }>('{ me { id } }');
  expect([action, entry.actor?.id]).toEqual([action, me.me.id]);
  expect([action, typeof entry.entity, entry.entity.length > 0, entry.entityId.length > 0]).toEqual([
    action,
    'string',
    true,
    true,
  ]);
  // The details are a JSON object (what changed), never a bare value, a list or null.
  expect([
    action,
    entry.details !== null && typeof entry.details === 'object' && !Array.isArray(entry.details),
  ]).toEqual([action, true]);
  seen.add(action);
  return res[Object.keys(res)[0]];
}
async function f(c: GraphQLClient, code: string, q: string, v: Record<string, unknown> = {}) {
  const before = await newestAuditId(reader);
  const e = await c.fails(q, v);
  expect(e.extensions?.code).toBe(code);
  expect(await newestAuditId(reader)).toBe(before);
}

describe('the audit log, mutation by mutation', () => {
  it('each mutation of the schema writes one entry named after it; refusals and sign-in write none', async () => {
    const sec = await t.as(SECRETARIAT);
    const admin = await t.as('admin@kp.example');
    const before = await newestAuditId(reader);
    await t.anonymous.login('us@kp.example', 'concord-demo');
    await t.anonymous.request(`mutation { login(email: "us@kp.example", password: "wrongwrongwrong") { token } }`);
    expect(await newestAuditId(reader)).toBe(before);
    const p = await m(
      sec,
      'createParticipant',
      `mutation { createParticipant(input: {code: "XZ", name: "Xland", kind: PARTICIPANT}) { id } }`,
    );
    await f(
      sec,
      'CONFLICT',
      `mutation { createParticipant(input: {code: "XZ", name: "Xland", kind: PARTICIPANT}) { id } }`,
    );
    await m(
      admin,
      'createUser',
      `mutation ($p: ID) { createUser(input: {email: "xz@kp.example", displayName: "XZ del", password: "longenoughpassword", role: DELEGATE, participantId: $p}) { id } }`,
      { p: p.id },
    );
    const b = await m(
      sec,
      'createBody',
      `mutation ($p: [ID!]) { createBody(input: {name: "Test Group", code: "TG", kind: WORKING_GROUP, memberIds: $p, quorum: 1}) { id } }`,
      { p: [ids.participant('US'), ids.participant('RU')] },
    );
    await m(
      sec,
      'addBodyMember',
      `mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`,
      { b: b.id, p: p.id },
    );
    await m(
      sec,
      'addBodyMember',
      `mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`,
      { b: b.id, p: ids.participant('GB') },
    );
    await m(
      sec,
      'removeBodyMember',
      `mutation ($b: ID!, $p: ID!) { removeBodyMember(bodyId: $b, participantId: $p) { id } }`,
      { b: b.id, p: ids.participant('GB') },
    );
    const term = await m(
      sec,
      'assignChair',
      `mutation ($b: ID!, $p: ID!) { assignChair(input: {bodyId: $b, participantId: $p, role: CHAIR, startsOn: "2026-01-01"}) { id } }`,
      { b: b.id, p: ids.participant('US') },
    );
    await m(sec, 'endChairTerm', `mutation ($id: ID!) { endChairTerm(termId: $id, endsOn: "2027-12-31") { id } }`, {
      id: term.id,
    });
    await m(
      sec,
      'setParticipantStatus',
      `mutation ($id: ID!) { setParticipantStatus(participantId: $id, status: SUSPENDED) { id } }`,
      { id: p.id },
    );
    await m(
      sec,
      'setParticipantStatus',
      `mutation ($id: ID!) { setParticipantStatus(participantId: $id, status: ACTIVE) { id } }`,
      { id: p.id },
    );
    const us = await t.as(delegateOf('US'));
    const SCH = `mutation ($b: ID!, $s: DateTime!, $e: DateTime!) { scheduleMeeting(input: {bodyId: $b, title: "T", kind: REGULAR, startsAt: $s, endsAt: $e}) { id } }`;
    const mt = await m(us, 'scheduleMeeting', SCH, { b: b.id, s: '2026-12-01T09:00:00Z', e: '2026-12-01T12:00:00Z' });
    const mt2 = await m(us, 'scheduleMeeting', SCH, { b: b.id, s: '2026-12-02T09:00:00Z', e: '2026-12-02T12:00:00Z' });
    await m(
      us,
      'rescheduleMeeting',
      `mutation ($id: ID!) { rescheduleMeeting(meetingId: $id, startsAt: "2026-12-03T09:00:00Z", endsAt: "2026-12-03T10:00:00Z") { id } }`,
      { id: mt2.id },
    );
    await m(us, 'cancelMeeting', `mutation ($id: ID!) { cancelMeeting(meetingId: $id, reason: "no") { id } }`, {
      id: mt2.id,
    });
    const i1 = await m(
      us,
      'addAgendaItem',
      `mutation ($id: ID!) { addAgendaItem(input: {meetingId: $id, title: "A", kind: DECISION}) { id } }`,
      { id: mt.id },
    );
    const i2 = await m(
      us,
      'addAgendaItem',
      `mutation ($id: ID!) { addAgendaItem(input: {meetingId: $id, title: "B", kind: INFORMATION}) { id } }`,
      { id: mt.id },
    );
    await m(
      us,
      'reorderAgenda',
      `mutation ($id: ID!, $i: [ID!]!) { reorderAgenda(meetingId: $id, itemIds: $i) { id } }`,
      { id: mt.id, i: [i2.id, i1.id] },
    );
    const ru = await t.as(delegateOf('RU'));
    const boy = await m(
      ru,
      'declareBoycott',
      `mutation ($p: ID!, $m: ID) { declareBoycott(input: {participantId: $p, scope: MEETING, meetingId: $m, statement: "no"}) { id } }`,
      { p: ids.participant('RU'), m: mt.id },
    );
    await f(
      us,
      'BOYCOTT_IN_FORCE',
      `mutation ($m: ID!, $p: ID!) { recordAttendance(input: {meetingId: $m, participantId: $p, status: PRESENT}) { status } }`,
      { m: mt.id, p: ids.participant('RU') },
    );
    await m(
      ru,
      'submitStatement',
      `mutation ($p: ID!, $b: ID) { submitStatement(input: {participantId: $p, title: "t", body: "b", boycottId: $b}) { id } }`,
      { p: ids.participant('RU'), b: boy.id },
    );
    await m(ru, 'withdrawBoycott', `mutation ($id: ID!) { withdrawBoycott(boycottId: $id) { id } }`, { id: boy.id });
    for (const c of ['US', 'RU'])
      await m(
        sec,
        'recordAttendance',
        `mutation ($m: ID!, $p: ID!) { recordAttendance(input: {meetingId: $m, participantId: $p, status: PRESENT}) { status } }`,
        { m: mt.id, p: ids.participant(c) },
      );
    await m(
      sec,
      'recordAttendance',
      `mutation ($m: ID!, $p: ID!) { recordAttendance(input: {meetingId: $m, participantId: $p, status: ABSENT}) { status } }`,
      { m: mt.id, p: p.id },
    );
    const prop = await m(
      us,
      'submitProposal',
      `mutation ($i: ID!) { submitProposal(input: {agendaItemId: $i, title: "P", text: "t"}) { id } }`,
      { i: i1.id },
    );
    await m(
      us,
      'amendProposal',
      `mutation ($i: ID!) { amendProposal(input: {proposalId: $i, text: "t2", changeNote: "c"}) { id } }`,
      { i: prop.id },
    );
    await f(us, 'MEETING_NOT_IN_SESSION', `mutation ($i: ID!) { openProposal(proposalId: $i) { id } }`, { i: prop.id });
    await m(us, 'openMeeting', `mutation ($id: ID!) { openMeeting(meetingId: $id) { id } }`, { id: mt.id });
    await m(us, 'openProposal', `mutation ($i: ID!) { openProposal(proposalId: $i) { id } }`, { i: prop.id });
    await m(
      us,
      'recordPosition',
      `mutation ($i: ID!, $p: ID!) { recordPosition(input: {proposalId: $i, participantId: $p, stance: SUPPORT}) { stance } }`,
      { i: prop.id, p: ids.participant('US') },
    );
    await f(
      us,
      'NOT_ENTITLED',
      `mutation ($i: ID!, $p: ID!) { recordPosition(input: {proposalId: $i, participantId: $p, stance: SUPPORT}) { stance } }`,
      { i: prop.id, p: p.id },
    );
    const rec = await m(us, 'closeProposal', `mutation ($i: ID!) { closeProposal(proposalId: $i) { id outcome } }`, {
      i: prop.id,
    });
    await m(us, 'adjournMeeting', `mutation ($id: ID!) { adjournMeeting(meetingId: $id) { id } }`, { id: mt.id });
    await m(sec, 'publishDecisionRecord', `mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id } }`, {
      id: rec.id,
    });
    await f(sec, 'CONFLICT', `mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id } }`, { id: rec.id });
    await m(
      sec,
      'issueCorrigendum',
      `mutation ($id: ID!) { issueCorrigendum(input: {recordId: $id, reason: "r", correction: "c"}) { id } }`,
      { id: rec.id },
    );
    const w = await m(
      us,
      'startWrittenProcedure',
      `mutation ($b: ID!, $d: DateTime!) { startWrittenProcedure(input: {bodyId: $b, title: "W", text: "t", deadline: $d}) { id } }`,
      { b: b.id, d: fromNow(3600_000) },
    );
    await f(
      us,
      'CONFLICT',
      `mutation ($i: ID!) { amendProposal(input: {proposalId: $i, text: "t2", changeNote: "c"}) { id } }`,
      { i: w.id },
    );
    await f(us, 'CONFLICT', `mutation ($i: ID!) { openProposal(proposalId: $i) { id } }`, { i: w.id });
    await f(us, 'POSITIONS_OUTSTANDING', `mutation ($i: ID!) { closeProposal(proposalId: $i) { id } }`, { i: w.id });
    await m(us, 'withdrawProposal', `mutation ($i: ID!) { withdrawProposal(proposalId: $i, reason: "r") { id } }`, {
      i: w.id,
    });
    const xz = await t.as('xz@kp.example', 'longenoughpassword');
    const req = await m(
      xz,
      'requestMeeting',
      `mutation ($b: ID!, $p: ID!) { requestMeeting(input: {bodyId: $b, participantId: $p, subject: "s", justification: "j"}) { id } }`,
      { b: b.id, p: p.id },
    );
    await f(
      us,
      'BAD_USER_INPUT',
      `mutation ($r: ID!, $b: ID!) { respondToMeetingRequest(input: {requestId: $r, accept: true, response: "ok", meeting: {bodyId: $b, title: "M", kind: EXTRAORDINARY, startsAt: "2026-12-20T09:00:00Z", endsAt: "2026-12-20T10:00:00Z"}}) { id } }`,
      { r: req.id, b: ids.body('PC') },
    );
    const resp = await m(
      us,
      'respondToMeetingRequest',
      `mutation ($r: ID!, $b: ID!) { respondToMeetingRequest(input: {requestId: $r, accept: true, response: "ok", meeting: {bodyId: $b, title: "M", kind: EXTRAORDINARY, startsAt: "2026-12-20T09:00:00Z", endsAt: "2026-12-20T10:00:00Z"}}) { id status meeting { id status body { code } } } }`,
      { r: req.id, b: b.id },
    );
    // One entry for both changes (the answer and the meeting it convenes): m() saw exactly one.
    expect(resp.meeting.status).toBe('SCHEDULED');
    await f(
      us,
      'CONFLICT',
      `mutation ($r: ID!) { respondToMeetingRequest(input: {requestId: $r, accept: false, response: "no"}) { id } }`,
      { r: req.id },
    );
    const { __schema } = await sec.ok<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    const all = __schema.mutationType.fields.map((x) => x.name).filter((name) => !NOT_AUDITED.has(name));
    // A floor, so that a schema read wrongly cannot pass with nothing to check.
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.filter((a) => !seen.has(a))).toEqual([]);
    expect([...seen].filter((a) => !all.includes(a))).toEqual([]);
  }, 120_000);
});
