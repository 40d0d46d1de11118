// The whole road of a decision record through the API only, as the secretariat, the chair and the
// delegates would walk it: a sitting of the Participation Committee (EU in the chair), RU boycotting
// it, a participant with a Cyrillic name taking a position, closeProposal freezing the DRAFT, the
// secretariat publishing it, and anyone reading and verifying what was published. Once published
// the record is its bytes: renaming a participant or withdrawing the boycott later changes nothing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

const YEAR = new Date().getUTCFullYear();
const STARTS = `${YEAR}-03-17T09:00:00.000Z`;
const KG_NAME = 'Кыргыз Республикасы';
const RU_BOYCOTT = 'Российская Федерация не участвует в этом заседании.';

const RECORD_FIELDS = `id number status outcome procedure text versionNumber decidedAt contentHash previousHash
  proposal { reference title } body { code } meeting { id title } chairedBy { code }
  positions { participant { code name } stance statement recordedBy { displayName } onBehalf }
  attendance { participant { code name } status note boycott { id statement withdrawnAt } recordedBy { displayName } }
  objectors { code } statements { participant { code } title body boycott { id } } publishedBy { displayName }`;

describe('a decision record from the sitting to the published, verifiable document', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let chair: GraphQLClient;
  const ids = new Map<string, string>();
  let meetingId: string;
  let proposalId: string;
  let recordId: string;
  let boycottId: string;
  let published: any;
  let members: string[];
  let auditBefore: number;

  const as = (code: string) => t.as(`${code.toLowerCase()}@kp.example`);

  beforeAll(async () => {
    t = await startTestApp();
    auditBefore = (await t.sql.query('SELECT COALESCE(MAX(id), 0)::int AS n FROM audit_entry')).rows[0].n;
    secretariat = await t.as('secretariat@kp.example');
    chair = await as('EU');
    const admin = await t.as('admin@kp.example');
    for (const p of (await secretariat.ok('{ organization { participants { id code } } }')).organization.participants)
      ids.set(p.code, p.id);
    const pc = (await secretariat.ok('{ organization { bodies { id code } } }')).organization.bodies.find(
      (b: any) => b.code === 'PC',
    );

    // The secretariat admits a participant whose name is written in Cyrillic and seats it on the PC.
    const kg = (
      await secretariat.ok(
        `mutation { createParticipant(input: { code: "KG", name: "${KG_NAME}", kind: PARTICIPANT }) { id } }`,
      )
    ).createParticipant;
    ids.set('KG', kg.id);
    await admin.ok(
      `mutation ($p: ID!) { createUser(input: { email: "kg@kp.example", displayName: "Делегат Кыргызстана", password: "concord-demo", role: DELEGATE, participantId: $p }) { id } }`,
      { p: kg.id },
    );
    await secretariat.ok('mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }', {
      b: pc.id,
      p: kg.id,
    });

    // The secretariat schedules the sitting and puts the admission on its agenda.
    meetingId = (
      await secretariat.ok('mutation ($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }', {
        i: {
          bodyId: pc.id,
          title: 'PC intersessional, Brussels',
          kind: 'INTERSESSIONAL',
          startsAt: STARTS,
          endsAt: `${YEAR}-03-17T12:00:00.000Z`,
          location: 'Brussels',
        },
      })
    ).scheduleMeeting.id;
    const itemId = (
      await secretariat.ok('mutation ($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }', {
        i: { meetingId, title: 'Admission of Kyrgyzstan', kind: 'DECISION' },
      })
    ).addAgendaItem.id;

    // RU boycotts the sitting and says why.
    const ru = await as('RU');
    boycottId = (
      await ru.ok('mutation ($i: DeclareBoycottInput!) { declareBoycott(input: $i) { id } }', {
        i: { participantId: ids.get('RU'), scope: 'MEETING', meetingId, statement: RU_BOYCOTT },
      })
    ).declareBoycott.id;
    await ru.ok('mutation ($i: SubmitStatementInput!) { submitStatement(input: $i) { id } }', {
      i: { participantId: ids.get('RU'), title: 'О бойкоте', body: 'Причины изложены в нашем письме.', boycottId },
    });

    // The secretariat records attendance: ZW absent, AO excused, the rest present; the meeting opens.
    members = (
      await secretariat.ok('query ($id: ID!) { body(id: $id) { members { code } } }', { id: pc.id })
    ).body.members.map((m: any) => m.code);
    for (const code of members.filter((c) => c !== 'RU')) {
      const status = code === 'ZW' ? 'ABSENT' : code === 'AO' ? 'EXCUSED' : 'PRESENT';
      await secretariat.ok('mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { status } }', {
        i: { meetingId, participantId: ids.get(code), status, ...(code === 'AO' ? { note: 'Visa delayed' } : {}) },
      });
    }
    await chair.ok('mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }', { id: meetingId });

    // The chair submits and opens the proposal; the present members take positions.
    proposalId = (
      await chair.ok('mutation ($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }', {
        i: {
          agendaItemId: itemId,
          title: 'Admission of Kyrgyzstan',
          text: 'The Committee recommends that the Plenary admit the Kyrgyz Republic.',
        },
      })
    ).submitProposal.id;
    await chair.ok('mutation ($id: ID!) { openProposal(proposalId: $id) { status } }', { id: proposalId });
    for (const code of members.filter((c) => !['RU', 'ZW', 'AO'].includes(c))) {
      const stance = code === 'US' ? 'ABSTAIN' : 'SUPPORT';
      const statement =
        code === 'US'
          ? 'We stand aside pending the review visit.'
          : code === 'KG'
            ? 'Кыргызская Республика благодарит Комитет.'
            : null;
      await (
        await as(code)
      ).ok('mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance } }', {
        i: { proposalId, participantId: ids.get(code), stance, statement },
      });
    }
    await (
      await as('GB')
    ).ok('mutation ($i: SubmitStatementInput!) { submitStatement(input: $i) { id } }', {
      i: {
        participantId: ids.get('GB'),
        title: 'Welcome',
        body: 'The United Kingdom welcomes Kyrgyzstan.',
        proposalId,
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('the chair closes the proposal and gets its DRAFT record, frozen as it stood', async () => {
    const closed = (
      await chair.ok(`mutation ($id: ID!) { closeProposal(proposalId: $id) { ${RECORD_FIELDS} } }`, { id: proposalId })
    ).closeProposal;
    recordId = closed.id;
    expect(closed).toMatchObject({
      status: 'DRAFT',
      number: null,
      contentHash: null,
      outcome: 'ADOPTED',
      procedure: 'IN_MEETING',
      body: { code: 'PC' },
      meeting: { id: meetingId },
      chairedBy: { code: 'EU' },
      objectors: [],
      publishedBy: null,
    });
    expect(closed.positions.find((p: any) => p.participant.code === 'KG')).toMatchObject({
      participant: { name: KG_NAME },
      stance: 'SUPPORT',
    });
    expect(closed.attendance.find((a: any) => a.participant.code === 'RU')).toMatchObject({
      status: 'BOYCOTT',
      boycott: { id: boycottId, statement: RU_BOYCOTT },
    });
    expect(closed.attendance.find((a: any) => a.participant.code === 'AO')).toMatchObject({
      status: 'EXCUSED',
      note: 'Visa delayed',
    });
  });

  it('the record says who could take a position, and why each one who could not could not', async () => {
    const r = (
      await chair.ok(
        'query ($id: ID) { decisionRecord(id: $id) { entitlement { participant { code } entitled reason } silent { code } } }',
        { id: recordId },
      )
    ).decisionRecord;
    const of = (code: string) => r.entitlement.find((e: any) => e.participant.code === code);
    expect(of('RU')).toEqual({ participant: { code: 'RU' }, entitled: false, reason: 'BOYCOTT' });
    expect(of('ZW')).toEqual({ participant: { code: 'ZW' }, entitled: false, reason: 'NOT_PRESENT' });
    expect(of('AO')).toEqual({ participant: { code: 'AO' }, entitled: false, reason: 'NOT_PRESENT' });
    expect(of('KG')).toEqual({ participant: { code: 'KG' }, entitled: true, reason: null });
    expect(r.silent).toEqual([]);
  });

  it('the draft is seen by the chair and the secretariat, not by another delegate (Proposal.decisionRecord is null for it)', async () => {
    const q = 'query ($id: ID!) { proposal(id: $id) { status decisionRecord { id status } } }';
    expect((await chair.ok(q, { id: proposalId })).proposal.decisionRecord).toEqual({ id: recordId, status: 'DRAFT' });
    expect((await secretariat.ok(q, { id: proposalId })).proposal.decisionRecord).toEqual({
      id: recordId,
      status: 'DRAFT',
    });
    const us = await as('US');
    expect((await us.ok(q, { id: proposalId })).proposal).toEqual({ status: 'ADOPTED', decisionRecord: null });
    expect((await t.anonymous.ok('{ decisionRecords { edges { node { id } } } }')).decisionRecords.edges).toEqual([]);
  });

  it('the secretariat publishes it: numbered, hashed, and the served JSON hashes to its contentHash', async () => {
    published = (
      await secretariat.ok(`mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { ${RECORD_FIELDS} } }`, {
        id: recordId,
      })
    ).publishDecisionRecord;
    expect(published).toMatchObject({
      id: recordId,
      status: 'PUBLISHED',
      number: `KP/${YEAR}/1`,
      previousHash: null,
      publishedBy: { displayName: 'KP Secretariat' },
    });
    const bytes = Buffer.from(
      await (await fetch(`${t.url}/records/${encodeURIComponent(published.number)}.json`)).arrayBuffer(),
    );
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(published.contentHash);
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(doc.positions.find((p: any) => p.participant.code === 'KG')).toMatchObject({
      statement: 'Кыргызская Республика благодарит Комитет.',
    });
    expect(doc.statements.map((s: any) => s.participant.code).sort()).toEqual(['GB', 'RU']);
    expect(doc.boycotts.map((b: any) => b.id)).toEqual([boycottId]);
    expect(doc.meeting).toMatchObject({ id: meetingId, kind: 'INTERSESSIONAL' });
    const v = (await t.anonymous.ok('{ verifyRecordChain { valid checked } }')).verifyRecordChain;
    expect(v).toEqual({ valid: true, checked: 1 });
    // Now every signed-in user sees it from the proposal.
    const us = await as('US');
    expect(
      (await us.ok('query ($id: ID!) { proposal(id: $id) { decisionRecord { number } } }', { id: proposalId })).proposal
        .decisionRecord,
    ).toEqual({ number: published.number });
  });

  it('what GraphQL answers without a token is what the published bytes say', async () => {
    const anon = (
      await t.anonymous.ok(`query ($n: String) { decisionRecord(number: $n) { ${RECORD_FIELDS} } }`, {
        n: published.number.replace(/\//g, '-'),
      })
    ).decisionRecord;
    expect(anon).toEqual(published);
  });

  it('a participant renamed after publication keeps its old name in the record', async () => {
    await t.sql.query(`UPDATE participant SET name = 'Kyrgyz Republic' WHERE code = 'KG'`);
    for (const client of [t.anonymous, secretariat]) {
      const r = (
        await client.ok('query ($id: ID) { decisionRecord(id: $id) { positions { participant { code name } } } }', {
          id: recordId,
        })
      ).decisionRecord;
      expect(r.positions.find((p: any) => p.participant.code === 'KG').participant.name).toBe(KG_NAME);
    }
  });

  it('a boycott withdrawn after publication still shows in the record as it stood', async () => {
    await (
      await as('RU')
    ).ok('mutation ($id: ID!) { withdrawBoycott(boycottId: $id) { withdrawnAt } }', { id: boycottId });
    const r = (
      await t.anonymous.ok(
        'query ($id: ID) { decisionRecord(id: $id) { attendance { participant { code } status boycott { withdrawnAt statement } } } }',
        { id: recordId },
      )
    ).decisionRecord;
    expect(r.attendance.find((a: any) => a.participant.code === 'RU')).toEqual({
      participant: { code: 'RU' },
      status: 'BOYCOTT',
      boycott: { withdrawnAt: null, statement: RU_BOYCOTT },
    });
  });

  it("a delegate's display name changed after publication leaves the record's names as they were", async () => {
    await t.sql.query(
      `UPDATE app_user SET display_name = 'Renamed delegate' WHERE email IN ('ru@kp.example', 'kg@kp.example')`,
    );
    const r = (
      await t.anonymous.ok(
        `query ($id: ID) { decisionRecord(id: $id) {
          positions { participant { code } recordedBy { displayName } }
          attendance { participant { code } boycott { declaredBy { displayName } meeting { id title } participant { name } } }
          statements { participant { code } submittedBy { displayName } } } }`,
        { id: recordId },
      )
    ).decisionRecord;
    expect(r.positions.find((p: any) => p.participant.code === 'KG').recordedBy.displayName).toBe(
      'Делегат Кыргызстана',
    );
    expect(r.attendance.find((a: any) => a.participant.code === 'RU').boycott).toEqual({
      declaredBy: { displayName: 'Delegate of Russian Federation' },
      meeting: { id: meetingId, title: 'PC intersessional, Brussels' },
      participant: { name: 'Russian Federation' },
    });
    expect(r.statements.find((s: any) => s.participant.code === 'RU').submittedBy.displayName).toBe(
      'Delegate of Russian Federation',
    );
  });

  it('every mutation of the story wrote exactly one audit entry, named after it', async () => {
    const actions: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await secretariat.ok(
          'query ($after: String) { auditLog(first: 100, after: $after) { edges { node { id action } } pageInfo { hasNextPage endCursor } } }',
          { after },
        )
      ).auditLog;
      actions.push(...page.edges.filter((e: any) => Number(e.node.id) > auditBefore).map((e: any) => e.node.action));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const count = (list: string[]) =>
      list.reduce<Record<string, number>>((m, a) => ({ ...m, [a]: (m[a] ?? 0) + 1 }), {});
    const attending = members.filter((c) => c !== 'RU');
    const taking = members.filter((c) => !['RU', 'ZW', 'AO'].includes(c));
    expect(count(actions)).toEqual({
      createParticipant: 1,
      createUser: 1,
      addBodyMember: 1,
      scheduleMeeting: 1,
      addAgendaItem: 1,
      declareBoycott: 1,
      submitStatement: 2,
      recordAttendance: attending.length,
      openMeeting: 1,
      submitProposal: 1,
      openProposal: 1,
      recordPosition: taking.length,
      closeProposal: 1,
      publishDecisionRecord: 1,
      withdrawBoycott: 1,
    });
  });
});
