// Publishing a decision record into the chain, correcting it by corrigenda, and verifying the chain.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { insertDraftRecordFixture } from './draft-record.fixture.js';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const YEAR = new Date().getUTCFullYear();

const PUBLISH = `mutation ($id: ID!) { publishDecisionRecord(recordId: $id) {
  id number status contentHash previousHash publishedAt publishedBy { displayName }
  outcome text versionNumber procedure body { code name kind } meeting { title kind }
  chairedBy { code name } objectors { code }
  positions { participant { code name } stance statement recordedBy { displayName } onBehalf }
  attendance { participant { code } status note boycott { statement participant { code } } recordedBy { displayName } }
  statements { participant { code } title body boycott { id } }
  corrigenda { number }
} }`;

const CORRECT = `mutation ($input: IssueCorrigendumInput!) { issueCorrigendum(input: $input) {
  id number reason correction issuedBy { displayName } issuedAt contentHash previousHash record { number }
} }`;

describe('publishing decision records', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('the secretariat publishes a draft: it gets the first number of the year, a hash of its canonical JSON and no previous hash', async () => {
    const draft = await insertDraftRecordFixture(t, {
      boycotter: 'RU',
      boycottStatement: 'Российская Федерация не участвует в этом заседании.',
      absent: 'ZW',
      excused: 'AO',
      abstainers: ['US'],
      positionStatements: { US: 'We stand aside.', CA: 'Le Canada appuie la décision.' },
      statements: { GB: 'The United Kingdom welcomes the decision.' },
    });
    const { publishDecisionRecord: r } = await secretariat.ok(PUBLISH, { id: draft.recordId });
    expect(r).toMatchObject({
      number: `KP/${YEAR}/1`,
      status: 'PUBLISHED',
      previousHash: null,
      publishedBy: { displayName: 'KP Secretariat' },
      outcome: 'ADOPTED',
      versionNumber: 1,
      procedure: 'IN_MEETING',
      body: { code: 'PC', name: 'Participation Committee', kind: 'COMMITTEE' },
      meeting: { kind: 'REGULAR' },
      chairedBy: { code: 'EU' },
      objectors: [],
      corrigenda: [],
    });
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const json = Buffer.from(
      await (await fetch(`${t.url}/records/${encodeURIComponent(r.number)}.json`)).arrayBuffer(),
    );
    expect(sha256(json)).toBe(r.contentHash);
    const bytes = JSON.parse(json.toString('utf8'));
    expect(bytes).toMatchObject({
      number: r.number,
      previousHash: null,
      outcome: 'ADOPTED',
      publishedBy: { displayName: 'KP Secretariat' },
    });
    expect(bytes).not.toHaveProperty('contentHash');

    // What GraphQL answers is what the bytes say, nested objects included.
    expect(r.positions.find((p: any) => p.participant.code === 'US')).toEqual({
      participant: { code: 'US', name: 'United States of America' },
      stance: 'ABSTAIN',
      statement: 'We stand aside.',
      recordedBy: { displayName: 'Delegate of United States of America' },
      onBehalf: false,
    });
    expect(r.positions.map((p: any) => p.participant.code)).not.toContain('RU');
    expect(r.attendance.find((a: any) => a.participant.code === 'RU')).toEqual({
      participant: { code: 'RU' },
      status: 'BOYCOTT',
      note: null,
      boycott: { statement: 'Российская Федерация не участвует в этом заседании.', participant: { code: 'RU' } },
      recordedBy: null,
    });
    expect(r.attendance.find((a: any) => a.participant.code === 'AO')).toMatchObject({
      status: 'EXCUSED',
      note: 'Travel difficulties',
    });
    expect(r.statements.map((s: any) => s.participant.code).sort()).toEqual(['GB', 'RU']);
  });

  it('the next publication links to the one before it; publishing twice is CONFLICT', async () => {
    const first = (await secretariat.ok(`{ decisionRecord(number: "KP/${YEAR}/1") { id contentHash } }`))
      .decisionRecord;
    const draft = await insertDraftRecordFixture(t, { objectors: ['CN'] });
    const { publishDecisionRecord: second } = await secretariat.ok(PUBLISH, { id: draft.recordId });
    expect(second).toMatchObject({
      number: `KP/${YEAR}/2`,
      previousHash: first.contentHash,
      outcome: 'NOT_ADOPTED',
      objectors: [{ code: 'CN' }],
    });

    const again = await secretariat.fails(PUBLISH, { id: draft.recordId });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toMatch(/PUBLISHED/);
    const unchanged = (await secretariat.ok(`{ decisionRecord(id: "${draft.recordId}") { number contentHash } }`))
      .decisionRecord;
    expect(unchanged).toEqual({ number: `KP/${YEAR}/2`, contentHash: second.contentHash });
  });

  it('only the secretariat publishes: a chair is FORBIDDEN, no token is UNAUTHENTICATED, an unknown id is NOT_FOUND', async () => {
    const draft = await insertDraftRecordFixture(t);
    const euChair = await t.as('eu@kp.example');
    expect((await euChair.fails(PUBLISH, { id: draft.recordId })).extensions?.code).toBe('FORBIDDEN');
    expect((await t.anonymous.fails(PUBLISH, { id: draft.recordId })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await secretariat.fails(PUBLISH, { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await secretariat.fails(PUBLISH, { id: 'not-an-id' })).extensions?.code).toBe('NOT_FOUND');
    const still = (await secretariat.ok(`{ decisionRecord(id: "${draft.recordId}") { status number } }`))
      .decisionRecord;
    expect(still).toEqual({ status: 'DRAFT', number: null });
  });

  it('publication writes one audit entry naming the number and the hashes', async () => {
    const r = (await secretariat.ok(`{ decisionRecord(number: "KP-${YEAR}-2") { id contentHash previousHash } }`))
      .decisionRecord;
    const log = await secretariat.ok(
      `{ auditLog(entity: "DecisionRecord", entityId: "${r.id}") { edges { node { action actor { displayName } details } } } }`,
    );
    expect(log.auditLog.edges).toHaveLength(1);
    const entry = log.auditLog.edges[0].node;
    expect(entry).toMatchObject({ action: 'publishDecisionRecord', actor: { displayName: 'KP Secretariat' } });
    expect(JSON.parse(entry.details)).toMatchObject({
      number: `KP/${YEAR}/2`,
      contentHash: r.contentHash,
      previousHash: r.previousHash,
    });
  });

  it('a corrigendum corrects a published record in the open, numbered per record and hashed into the same chain', async () => {
    const draft = await insertDraftRecordFixture(t);
    const onDraft = await secretariat.fails(CORRECT, {
      input: { recordId: draft.recordId, reason: 'Typo', correction: 'x' },
    });
    expect(onDraft.extensions?.code).toBe('CONFLICT');
    const blank = await secretariat.fails(CORRECT, {
      input: { recordId: draft.recordId, reason: '  ', correction: 'x' },
    });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const delegate = await t.as('us@kp.example');
    const record = (await secretariat.ok(`{ decisionRecord(number: "KP/${YEAR}/2") { id number contentHash } }`))
      .decisionRecord;
    expect(
      (await delegate.fails(CORRECT, { input: { recordId: record.id, reason: 'r', correction: 'c' } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const c1 = (
      await secretariat.ok(CORRECT, {
        input: {
          recordId: record.id,
          reason: 'The objection of China was misattributed.',
          correction: 'Read «Chine» for «Chile».',
        },
      })
    ).issueCorrigendum;
    expect(c1).toMatchObject({
      number: 1,
      record: { number: record.number },
      previousHash: record.contentHash,
      issuedBy: { displayName: 'KP Secretariat' },
    });
    const c2 = (
      await secretariat.ok(CORRECT, {
        input: { recordId: record.id, reason: 'A second slip.', correction: 'Read 2026 for 2062.' },
      })
    ).issueCorrigendum;
    expect(c2).toMatchObject({ number: 2, previousHash: c1.contentHash });

    const json = Buffer.from(await (await fetch(`${t.url}/records/KP-${YEAR}-2/corrigenda/1.json`)).arrayBuffer());
    expect(sha256(json)).toBe(c1.contentHash);
    expect(JSON.parse(json.toString('utf8'))).toMatchObject({
      number: 1,
      reason: 'The objection of China was misattributed.',
      record: { number: record.number },
    });
    expect((await fetch(`${t.url}/records/KP-${YEAR}-2/corrigenda/3.json`)).status).toBe(404);

    // The next record links to the last corrigendum: one chain of records and corrigenda.
    const { publishDecisionRecord: third } = await secretariat.ok(PUBLISH, { id: draft.recordId });
    expect(third).toMatchObject({ number: `KP/${YEAR}/3`, previousHash: c2.contentHash });

    const withCorrigenda = await t.anonymous.ok(
      `{ decisionRecord(number: "KP/${YEAR}/2") { corrigenda { number reason correction contentHash previousHash issuedBy { displayName } record { number } } } }`,
    );
    expect(withCorrigenda.decisionRecord.corrigenda.map((c: any) => c.number)).toEqual([1, 2]);
    expect(withCorrigenda.decisionRecord.corrigenda[0]).toMatchObject({
      contentHash: c1.contentHash,
      record: { number: record.number },
    });

    const audit = await secretariat.ok(
      `{ auditLog(entity: "Corrigendum", entityId: "${c1.id}") { edges { node { action details } } } }`,
    );
    expect(audit.auditLog.edges.map((e: any) => e.node.action)).toEqual(['issueCorrigendum']);
  });

  it('anyone verifies the chain: every record and corrigendum checked, all valid', async () => {
    const v = await t.anonymous.ok(
      '{ verifyRecordChain { valid checked firstInvalid { number } firstInvalidCorrigendum { number } problem } }',
    );
    expect(v.verifyRecordChain).toEqual({
      valid: true,
      checked: 5,
      firstInvalid: null,
      firstInvalidCorrigendum: null,
      problem: null,
    });
  });
});
