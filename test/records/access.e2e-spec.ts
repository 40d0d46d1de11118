// Who reads which record (docs/rules.md "Who may read what"): published records are public through a
// fixed allow-list of fields; drafts are seen by the secretariat, the admin and the chair (or
// vice-chair) of the record's body at the meeting's date, and by nobody else.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { insertDraftRecordFixture, type DraftRecordFixture } from './draft-record.fixture.js';

const YEAR = new Date().getUTCFullYear();
const LIST = `query ($bodyId: ID, $status: RecordStatus, $first: Int, $after: String) {
  decisionRecords(bodyId: $bodyId, status: $status, first: $first, after: $after) {
    edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } } }`;
const ONE = 'query ($id: ID, $number: String) { decisionRecord(id: $id, number: $number) { id number status } }';

/** Every allow-listed field a reader without a token may ask of a published record. */
const PUBLIC_RECORD = `{
  id number status procedure outcome text versionNumber decidedAt publishedAt contentHash previousHash
  proposal { id reference title }
  body { id code name kind }
  meeting { id title kind }
  chairedBy { id code name kind }
  positions { participant { id code name kind } stance versionNumber statement recordedBy { displayName } recordedAt onBehalf }
  attendance { participant { code name } status note recordedBy { displayName } recordedAt
               boycott { id scope statement startsOn endsOn declaredAt withdrawnAt participant { code } declaredBy { displayName } meeting { id title } } }
  objectors { code name }
  statements { id title body submittedAt participant { code name } submittedBy { displayName } boycott { id statement } }
  publishedBy { displayName }
  corrigenda { id number reason correction issuedAt contentHash previousHash issuedBy { displayName } record { number } }
}`;

describe('public and private access to decision records', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  const pub: { id: string; number: string }[] = [];
  let draftPc2026: DraftRecordFixture;
  let draftPc2022: DraftRecordFixture;
  let draftRpc2026: DraftRecordFixture;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    for (let i = 0; i < 2; i++) {
      const d = await insertDraftRecordFixture(t, {
        boycotter: 'RU',
        boycottStatement: 'Мы не участвуем.',
        statements: { US: 'We support.' },
      });
      pub.push(
        (
          await secretariat.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id number } }', {
            id: d.recordId,
          })
        ).publishDecisionRecord,
      );
    }
    await secretariat.ok('mutation ($i: IssueCorrigendumInput!) { issueCorrigendum(input: $i) { id } }', {
      i: { recordId: pub[0].id, reason: 'Typo', correction: 'Read "case" for "cas".' },
    });
    draftPc2026 = await insertDraftRecordFixture(t, { bodyCode: 'PC', startsAt: `${YEAR}-04-01T09:00:00Z` });
    draftPc2022 = await insertDraftRecordFixture(t, { bodyCode: 'PC', startsAt: '2022-06-20T09:00:00Z' });
    draftRpc2026 = await insertDraftRecordFixture(t, { bodyCode: 'RPC', startsAt: `${YEAR}-04-02T09:00:00Z` });
  });
  afterAll(async () => {
    await t.close();
  });

  it('without a token, published records are listed newest first and drafts are not', async () => {
    const all = await t.anonymous.ok(LIST);
    expect(all.decisionRecords.edges.map((e: any) => e.node.number)).toEqual([pub[1].number, pub[0].number]);
    expect((await t.anonymous.ok(LIST, { status: 'DRAFT' })).decisionRecords.edges).toEqual([]);
    expect((await t.anonymous.ok(ONE, { id: draftPc2026.recordId })).decisionRecord).toBeNull();
  });

  it('without a token, a published record reads by id or by number (both spellings), with every allow-listed field', async () => {
    const byNumber = (
      await t.anonymous.ok(`query ($n: String) { decisionRecord(number: $n) ${PUBLIC_RECORD} }`, { n: pub[0].number })
    ).decisionRecord;
    const byDashed = (await t.anonymous.ok(ONE, { number: pub[0].number.replace(/\//g, '-') })).decisionRecord;
    const byId = (await t.anonymous.ok(ONE, { id: pub[0].id })).decisionRecord;
    expect(byDashed).toEqual({ id: pub[0].id, number: pub[0].number, status: 'PUBLISHED' });
    expect(byId).toEqual(byDashed);
    expect(byNumber).toMatchObject({
      id: pub[0].id,
      status: 'PUBLISHED',
      body: { code: 'PC', kind: 'COMMITTEE' },
      chairedBy: { code: 'EU' },
    });
    const ru = byNumber.attendance.find((a: any) => a.participant.code === 'RU');
    expect(ru.boycott).toMatchObject({
      scope: 'MEETING',
      statement: 'Мы не участвуем.',
      participant: { code: 'RU' },
      declaredBy: { displayName: 'Delegate of Russian Federation' },
    });
    expect(byNumber.corrigenda).toHaveLength(1);
    expect(byNumber.statements.map((s: any) => s.participant.code).sort()).toEqual(['RU', 'US']);
    expect((await t.anonymous.ok(ONE, { number: 'KP/2026/999' })).decisionRecord).toBeNull();
    expect((await t.anonymous.ok(ONE, { number: 'not a number' })).decisionRecord).toBeNull();
    expect((await t.anonymous.ok(ONE, { id: 'not-an-id' })).decisionRecord).toBeNull();
  });

  it('without a token, any field outside the allow-list is UNAUTHENTICATED', async () => {
    for (const field of [
      'positions { participant { status } }',
      'body { quorum }',
      'meeting { status }',
      'proposal { status }',
      'publishedBy { email }',
      'positions { participant { delegates { displayName } } }',
    ]) {
      const err = await t.anonymous.fails(`{ decisionRecords { edges { node { ${field} } } } }`);
      expect([field, err.extensions?.code]).toEqual([field, 'UNAUTHENTICATED']);
    }
    expect((await t.anonymous.fails('{ auditLog { edges { node { id } } } }')).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a signed-in delegate reads the live fields a record does not hold, beside the frozen ones', async () => {
    const us = await t.as('us@kp.example');
    const r = (
      await us.ok(
        `query ($id: ID) { decisionRecord(id: $id) {
        body { code quorum } meeting { title status startsAt body { code } } proposal { reference status }
        publishedBy { displayName role } positions { participant { code status delegates { email } } recordedBy { email } } } }`,
        { id: pub[1].id },
      )
    ).decisionRecord;
    expect(r.body).toEqual({ code: 'PC', quorum: 5 });
    expect(r.meeting).toMatchObject({ status: 'ADJOURNED', body: { code: 'PC' } });
    expect(r.proposal.status).toBe('ADOPTED');
    expect(r.publishedBy).toEqual({ displayName: 'KP Secretariat', role: 'SECRETARIAT' });
    const usPosition = r.positions.find((p: any) => p.participant.code === 'US');
    expect(usPosition).toEqual({
      participant: { code: 'US', status: 'ACTIVE', delegates: [{ email: 'us@kp.example' }] },
      recordedBy: { email: 'us@kp.example' },
    });
  });

  it('a delegate without chair powers sees no drafts, even when asking for them', async () => {
    const us = await t.as('us@kp.example');
    expect((await us.ok(LIST, { status: 'DRAFT' })).decisionRecords.edges).toEqual([]);
    expect((await us.ok(LIST)).decisionRecords.edges.map((e: any) => e.node.status)).toEqual([
      'PUBLISHED',
      'PUBLISHED',
    ]);
    expect((await us.ok(ONE, { id: draftPc2026.recordId })).decisionRecord).toBeNull();
  });

  it("the body's chair and vice-chair at the meeting's date see its draft; the chair of another year or body does not", async () => {
    const drafts = async (email: string) =>
      (await (await t.as(email)).ok(LIST, { status: 'DRAFT' })).decisionRecords.edges.map((e: any) => e.node.id).sort();
    // PC: EU chairs and BW vice-chairs since 2025; RU chaired it in 2022. RPC: NA chairs since 2025.
    expect(await drafts('eu@kp.example')).toEqual([draftPc2026.recordId]);
    expect(await drafts('bw@kp.example')).toEqual([draftPc2026.recordId]);
    expect(await drafts('ru@kp.example')).toEqual([draftPc2022.recordId]);
    expect(await drafts('na@kp.example')).toEqual([draftRpc2026.recordId]);
    const eu = await t.as('eu@kp.example');
    expect((await eu.ok(ONE, { id: draftPc2026.recordId })).decisionRecord).toEqual({
      id: draftPc2026.recordId,
      number: null,
      status: 'DRAFT',
    });
    expect((await eu.ok(ONE, { id: draftPc2022.recordId })).decisionRecord).toBeNull();
    // Their list holds the published records and their own drafts, newest first.
    const list = (await eu.ok(LIST)).decisionRecords.edges.map((e: any) => e.node.id);
    expect(list).toEqual([draftPc2026.recordId, pub[1].id, pub[0].id]);
  });

  it('the secretariat and the admin see every draft; a draft answers from its snapshot and has no number or hash yet', async () => {
    for (const email of ['secretariat@kp.example', 'admin@kp.example']) {
      const list = (await (await t.as(email)).ok(LIST, { status: 'DRAFT' })).decisionRecords.edges
        .map((e: any) => e.node.id)
        .sort();
      expect(list).toEqual([draftPc2026.recordId, draftPc2022.recordId, draftRpc2026.recordId].sort());
    }
    const d = (
      await secretariat.ok(
        `query ($id: ID) { decisionRecord(id: $id) { status number contentHash previousHash publishedAt publishedBy { displayName }
        chairedBy { code } body { code } meeting { title } positions { participant { code } } corrigenda { id } } }`,
        { id: draftPc2022.recordId },
      )
    ).decisionRecord;
    expect(d).toMatchObject({
      status: 'DRAFT',
      number: null,
      contentHash: null,
      previousHash: null,
      publishedAt: null,
      publishedBy: null,
      chairedBy: { code: 'RU' },
      corrigenda: [],
    });
    expect(d.positions.length).toBe(draftPc2022.snapshot.positions.length);
    expect(
      (await secretariat.ok(LIST, { bodyId: draftPc2026.snapshot.body.id, status: 'DRAFT' })).decisionRecords.edges,
    ).toHaveLength(2);
    expect((await secretariat.ok(LIST, { bodyId: draftRpc2026.snapshot.body.id })).decisionRecords.edges).toHaveLength(
      1,
    );
  });

  it('lists page with Relay cursors; first above 500 is BAD_USER_INPUT; a foreign cursor is BAD_USER_INPUT', async () => {
    const page1 = (await secretariat.ok(LIST, { first: 2 })).decisionRecords;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await secretariat.ok(LIST, { first: 2, after: page1.pageInfo.endCursor })).decisionRecords;
    const page3 = (await secretariat.ok(LIST, { first: 2, after: page2.pageInfo.endCursor })).decisionRecords;
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges, ...page3.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(5);
    expect((await secretariat.fails(LIST, { first: 501 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await secretariat.fails(LIST, { after: 'bm9wZQ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
