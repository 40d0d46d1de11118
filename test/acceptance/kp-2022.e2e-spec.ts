// Acceptance: the Kimberley Process's 2022, end to end, through the public GraphQL API only.
// docs/rules.md: the suite builds its own year on an empty database (CONCORD_SEED=none and the bootstrap
// admin), as the secretariat, chairs and delegates would. The story's steps are shared with
// `npm run demo` (scripts/story/kp-2022.ts); this file asserts on the API's answers at each step.
// The steps run in order and each builds on the last: when one fails, read the first failure.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  BOYCOTTED_CHAIR,
  BOYCOTTERS,
  Kp2022Story,
  loadDirectory,
  PC_CORRECTION,
  PC_TEXT,
  STATEMENTS,
  type StoryCast,
} from '../../scripts/story/kp-2022.js';
import { startTestApp, TEST_ADMIN, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

const PASSWORD = 'kimberley-2022-password';
const SECRETARIAT = 'secretariat@test.example';

// The year's cast, with the EU counted as one participant, and the two observers.
const PARTICIPANTS: [string, string][] = [
  ['BW', 'Botswana'],
  ['ZW', 'Zimbabwe'],
  ['RU', 'Russian Federation'],
  ['US', 'United States of America'],
  ['GB', 'United Kingdom'],
  ['EU', 'European Union'],
  ['IN', 'India'],
  ['CN', 'China'],
  ['ZA', 'South Africa'],
  ['AE', 'United Arab Emirates'],
  ['CA', 'Canada'],
  ['AO', 'Angola'],
  ['NA', 'Namibia'],
  ['CH', 'Switzerland'],
  ['AU', 'Australia'],
  ['UA', 'Ukraine'],
];
const OBSERVERS: [string, string][] = [
  ['CSC', 'KP Civil Society Coalition'],
  ['WDC', 'World Diamond Council'],
];
const PC_MEMBERS = ['RU', 'US', 'GB', 'EU', 'ZA', 'BW', 'CA', 'CN', 'IN', 'AE', 'ZW', 'AO', 'NA', 'CH'];
const RPC_MEMBERS = ['RU', 'US', 'GB', 'EU', 'IN', 'CN', 'ZA', 'BW', 'ZW', 'CH', 'AE', 'CA', 'NA'];

const email = (code: string) => `${code.toLowerCase()}@test.example`;
const codes = (list: { code: string }[] | { participant: { code: string } }[]) =>
  list.map((x) => ('code' in x ? x.code : x.participant.code)).sort();

describe('the Kimberley Process in 2022, end to end', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let story: Kp2022Story;
  const ids = new Map<string, string>();
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    t = await startTestApp({ seed: 'none' });
    admin = await t.as(TEST_ADMIN.email);
  });
  afterAll(async () => {
    await t?.close();
  });

  const secretariat = () => t.as(SECRETARIAT, PASSWORD);
  const cast = (): StoryCast => ({
    secretariat,
    delegate: (code) => t.as(email(code), PASSWORD),
    anonymous: t.anonymous,
    baseUrl: t.url,
  });

  describe('the secretariat sets the year up', () => {
    it("the admin creates the secretariat's account", async () => {
      const res = await admin.ok<{ createUser: { email: string; role: string; participant: null } }>(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { email role participant { code } } }`,
        { input: { email: SECRETARIAT, displayName: 'KP Secretariat', password: PASSWORD, role: 'SECRETARIAT' } },
      );
      expect(res.createUser).toEqual({ email: SECRETARIAT, role: 'SECRETARIAT', participant: null });
    });

    it('the secretariat registers the participants and the observers', async () => {
      const sec = await secretariat();
      for (const [list, kind] of [
        [PARTICIPANTS, 'PARTICIPANT'],
        [OBSERVERS, 'OBSERVER'],
      ] as const) {
        for (const [code, name] of list) {
          const res = await sec.ok<{ createParticipant: { id: string; code: string; kind: string; status: string } }>(
            `mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id code kind status } }`,
            { input: { code, name, kind } },
          );
          expect(res.createParticipant).toMatchObject({ code, kind, status: 'ACTIVE' });
          ids.set(code, res.createParticipant.id);
        }
      }
      const org = await sec.ok<{ organization: { code: string; participants: { code: string }[] } }>(
        '{ organization { code participants(kind: OBSERVER) { code } } }',
      );
      expect(org.organization.code).toBe('TEST');
      expect(codes(org.organization.participants)).toEqual(['CSC', 'WDC']);
    });

    it("the admin gives each participant's delegate an account", async () => {
      for (const [code, name] of [...PARTICIPANTS, ...OBSERVERS]) {
        const res = await admin.ok<{ createUser: { role: string; participant: { code: string } } }>(
          `mutation ($input: CreateUserInput!) { createUser(input: $input) { role participant { code } } }`,
          {
            input: {
              email: email(code),
              displayName: `Delegate of ${name}`,
              password: PASSWORD,
              role: 'DELEGATE',
              participantId: ids.get(code),
            },
          },
        );
        expect(res.createUser).toEqual({ role: 'DELEGATE', participant: { code } });
      }
      const us = await t.as(email('US'), PASSWORD);
      expect(
        (await us.ok<{ me: { participant: { code: string } } }>('{ me { participant { code } } }')).me.participant.code,
      ).toBe('US');
    });

    it('the secretariat creates the Plenary, the Participation Committee and the Rules and Procedures Committee', async () => {
      const sec = await secretariat();
      const observerIds = OBSERVERS.map(([c]) => ids.get(c));
      const bodies = [
        { name: 'Plenary', code: 'PLEN', kind: 'PLENARY', quorum: null, members: PARTICIPANTS.map(([c]) => c) },
        { name: 'Participation Committee', code: 'PC', kind: 'COMMITTEE', quorum: 5, members: PC_MEMBERS },
        { name: 'Rules and Procedures Committee', code: 'RPC', kind: 'COMMITTEE', quorum: 5, members: RPC_MEMBERS },
      ];
      for (const b of bodies) {
        const res = await sec.ok<{
          createBody: { id: string; code: string; members: { code: string }[]; observers: { code: string }[] };
        }>(
          `mutation ($input: CreateBodyInput!) { createBody(input: $input) { id code members { code } observers { code } } }`,
          {
            input: {
              name: b.name,
              code: b.code,
              kind: b.kind,
              quorum: b.quorum,
              memberIds: b.members.map((c) => ids.get(c)),
              observerIds,
            },
          },
        );
        expect(res.createBody.code).toBe(b.code);
        expect(codes(res.createBody.members)).toEqual([...b.members].sort());
        expect(codes(res.createBody.observers)).toEqual(['CSC', 'WDC']);
        ids.set(b.code, res.createBody.id);
      }
    });

    it('the secretariat assigns the chairs of 2022: Botswana (Zimbabwe vice) the Plenary, Russia the PC and the RPC', async () => {
      const sec = await secretariat();
      const terms: [string, string, string][] = [
        ['PLEN', 'BW', 'CHAIR'],
        ['PLEN', 'ZW', 'VICE_CHAIR'],
        ['PC', 'RU', 'CHAIR'],
        ['RPC', 'RU', 'CHAIR'],
      ];
      for (const [body, participant, role] of terms) {
        const res = await sec.ok<{
          assignChair: {
            body: { code: string };
            participant: { code: string };
            role: string;
            startsOn: string;
            endsOn: string;
          };
        }>(
          `mutation ($input: AssignChairInput!) { assignChair(input: $input) { body { code } participant { code } role startsOn endsOn } }`,
          {
            input: {
              bodyId: ids.get(body),
              participantId: ids.get(participant),
              role,
              startsOn: '2022-01-01',
              endsOn: '2022-12-31',
            },
          },
        );
        expect(res.assignChair).toEqual({
          body: { code: body },
          participant: { code: participant },
          role,
          startsOn: '2022-01-01',
          endsOn: '2022-12-31',
        });
      }
      story = new Kp2022Story(cast(), await loadDirectory(await secretariat()), {
        suffix: '',
        dates: { pc: '2022-06-20', rpc: '2022-06-21', plenary: '2022-11-08' },
        reuseBoycotts: false,
        writtenDeadlineMs: 3000,
        adoptionTimeoutMs: 10000,
        narrate: () => undefined,
      });
      expect(await story.chairsOf2022()).toEqual({ PLEN: 'BW', PC: 'RU', RPC: 'RU' });
    });
  });

  describe('boycotts of every meeting chaired by Russia', () => {
    it('the US and UK delegates declare their boycotts, with their statements', async () => {
      const boycotts = await story.declareBoycotts();
      for (const code of BOYCOTTERS) {
        expect(boycotts[code]).toMatchObject({
          scope: 'CHAIRED_BY',
          participant: { code },
          chairedBy: { code: 'RU' },
          body: null,
          meeting: null,
          startsOn: '2022-01-01',
          endsOn: '2022-12-31',
          statement: STATEMENTS[code],
          declaredBy: { displayName: `Delegate of ${PARTICIPANTS.find(([c]) => c === code)![1]}` },
          withdrawnAt: null,
        });
      }
      const us = await t.as(email('US'), PASSWORD);
      const listed = await us.ok<{ boycotts: { id: string }[] }>(
        'query ($on: Date) { boycotts(activeOn: $on) { id } }',
        { on: '2022-06-20' },
      );
      expect(listed.boycotts.map((b) => b.id).sort()).toEqual([boycotts.US.id, boycotts.GB.id].sort());
    });

    it("Russia's delegate answers each boycott with a statement on it", async () => {
      const replies = await story.answerBoycotts();
      expect(replies).toHaveLength(2);
      for (const [i, code] of BOYCOTTERS.entries()) {
        expect(replies[i]).toMatchObject({
          participant: { code: 'RU' },
          title: STATEMENTS.RU_TITLE,
          body: STATEMENTS.RU,
          boycott: { id: story.boycotts[code].id },
          meeting: null,
          proposal: null,
        });
      }
    });
  });

  describe('the committees chaired by Russia', () => {
    it("Russia's delegate, as chair, schedules meetings of the PC and the RPC; both show the US and UK as BOYCOTT", async () => {
      const { pc, rpc } = await story.scheduleCommitteeMeetings();
      for (const [meeting, body, members] of [
        [pc, 'PC', PC_MEMBERS],
        [rpc, 'RPC', RPC_MEMBERS],
      ] as const) {
        expect(meeting).toMatchObject({ status: 'SCHEDULED', body: { code: body }, chairedBy: { code: 'RU' } });
        for (const code of BOYCOTTERS) {
          const row = meeting.attendance.find((a) => a.participant.code === code);
          expect(row).toMatchObject({
            status: 'BOYCOTT',
            boycott: { id: story.boycotts[code].id, statement: STATEMENTS[code] },
          });
        }
        // Everyone else has no record yet: a gap. The boycotters are not gaps, they have a reason.
        expect(codes(meeting.attendanceGaps)).toEqual(
          members.filter((c) => !(BOYCOTTERS as readonly string[]).includes(c)).sort(),
        );
      }
    });

    it("Russia's delegate opens the PC meeting and records the other members PRESENT", async () => {
      const opened = await story.openCommitteeMeeting();
      expect(opened.status).toBe('IN_SESSION');
      const meeting = await story.recordCommitteeAttendance();
      expect(meeting.attendanceGaps).toEqual([]);
      expect(meeting.quorumMet).toBe(true);
      const byCode = new Map(meeting.attendance.map((a) => [a.participant.code, a]));
      for (const code of story.pcPresent()) expect(byCode.get(code)?.status).toBe('PRESENT');
      for (const code of BOYCOTTERS)
        expect(byCode.get(code)).toMatchObject({ status: 'BOYCOTT', boycott: { id: story.boycotts[code].id } });
    });

    it('a routine proposal is tabled on a DECISION item and opened', async () => {
      const proposal = await story.tableCommitteeProposal();
      expect(proposal).toMatchObject({
        status: 'OPEN',
        procedure: 'IN_MEETING',
        body: { code: 'PC' },
        currentVersion: { number: 1, text: PC_TEXT },
      });
      expect(proposal.agendaItem).not.toBeNull();
      expect(proposal.reference).toEqual(expect.any(String));
    });

    it('the members in the room support; the tally shows consensus without the boycotters', async () => {
      const proposal = await story.committeeMembersSupport();
      expect(proposal.tally).toMatchObject({
        support: story.pcPresent().length,
        object: 0,
        objectors: [],
        consensus: true,
        quorumMet: true,
        attendanceComplete: true,
      });
      expect(codes(proposal.positions)).not.toContain('US');
    });

    it("Russia's delegate closes it: ADOPTED; the draft record shows the boycotts and the statements", async () => {
      const record = await story.closeCommitteeProposal();
      expect(record).toMatchObject({
        status: 'DRAFT',
        number: null,
        outcome: 'ADOPTED',
        procedure: 'IN_MEETING',
        text: PC_TEXT,
        versionNumber: 1,
        objectors: [],
        body: { code: 'PC' },
        chairedBy: { code: 'RU' },
        contentHash: null,
      });
      expect(codes(record.positions)).toEqual(story.pcPresent().sort());
      for (const code of BOYCOTTERS) {
        expect(record.attendance.find((a) => a.participant.code === code)).toMatchObject({
          status: 'BOYCOTT',
          boycott: { id: story.boycotts[code].id, statement: STATEMENTS[code], participant: { code } },
        });
      }
      // Russia's replies are statements on the boycotts the attendance links, frozen into the record.
      const replies = record.statements.filter((s) => s.participant.code === BOYCOTTED_CHAIR);
      expect(replies.map((s) => s.boycott?.id).sort()).toEqual(BOYCOTTERS.map((c) => story.boycotts[c].id).sort());
      expect(replies.every((s) => s.body === STATEMENTS.RU)).toBe(true);
    });

    it("Russia's delegate adjourns the meeting; its attendance stays as it was held", async () => {
      const meeting = await story.adjournCommitteeMeeting();
      expect(meeting.status).toBe('ADJOURNED');
      for (const code of BOYCOTTERS) {
        expect(meeting.attendance.find((a) => a.participant.code === code)).toMatchObject({
          status: 'BOYCOTT',
          boycott: { id: story.boycotts[code].id },
        });
      }
    });
  });

  describe('the plenary the Civil Society Coalition asked for', () => {
    it('the CSC asks the plenary chair to convene a plenary on whether Russian diamonds fund the war', async () => {
      const request = await story.cscRequestsPlenary();
      expect(request).toMatchObject({
        status: 'PENDING',
        requestedBy: { code: 'CSC' },
        body: { code: 'PLEN' },
        meeting: null,
      });
      expect(request.justification).toMatch(/funding the war/);
    });

    it("Botswana's delegate, chair in 2022, accepts and schedules it", async () => {
      const request = await story.chairAcceptsRequest();
      expect(request).toMatchObject({
        status: 'ACCEPTED',
        meeting: { status: 'SCHEDULED', kind: 'EXTRAORDINARY', body: { code: 'PLEN' }, chairedBy: { code: 'BW' } },
      });
      expect(request.meeting!.startsAt.slice(0, 10)).toBe('2022-11-08');
      // Botswana chairs it: the boycotts of Russia's chairing do not reach it.
      expect(request.meeting!.attendance.filter((a) => a.status === 'BOYCOTT')).toEqual([]);
    });

    it("Botswana's delegate opens it and records everyone PRESENT", async () => {
      const meeting = await story.openPlenary();
      expect(meeting.status).toBe('IN_SESSION');
      expect(meeting.attendanceGaps).toEqual([]);
      expect(codes(meeting.attendance)).toEqual([...PARTICIPANTS, ...OBSERVERS].map(([c]) => c).sort());
      expect(meeting.attendance.every((a) => a.status === 'PRESENT')).toBe(true);
    });

    it('an agenda item and a proposal to widen the definition of conflict diamonds are tabled', async () => {
      const proposal = await story.tablePlenaryProposal();
      expect(proposal).toMatchObject({
        status: 'OPEN',
        procedure: 'IN_MEETING',
        body: { code: 'PLEN' },
        title: 'To widen the definition of conflict diamonds',
      });
      const meeting = await (
        await t.as(email('BW'), PASSWORD)
      ).ok<{ meeting: { agenda: { kind: string; proposedBy: { code: string } }[] } }>(
        'query ($id: ID!) { meeting(id: $id) { agenda { kind proposedBy { code } } } }',
        { id: story.plenary!.id },
      );
      expect(meeting.meeting.agenda).toEqual([{ kind: 'DECISION', proposedBy: { code: 'CSC' } }]);
    });

    it('the CSC tries to record a position and is refused: an observer', async () => {
      const refusal = await story.observerTriesToTakePosition();
      expect(refusal.extensions).toMatchObject({ code: 'NOT_ENTITLED', reason: 'OBSERVER' });
    });

    it('Russia objects; the others support', async () => {
      const proposal = await story.plenaryPositions();
      expect(proposal.tally).toMatchObject({
        support: PARTICIPANTS.length - 1,
        object: 1,
        objectors: [{ code: 'RU' }],
        consensus: false,
      });
      expect(codes(proposal.positions)).not.toContain('CSC');
    });

    it("Botswana's delegate closes it: NOT_ADOPTED, with Russia as objector", async () => {
      const record = await story.closePlenaryProposal();
      expect(record).toMatchObject({
        status: 'DRAFT',
        outcome: 'NOT_ADOPTED',
        objectors: [{ code: 'RU' }],
        chairedBy: { code: 'BW' },
      });
      expect(record.positions.find((p) => p.participant.code === 'RU')).toMatchObject({
        stance: 'OBJECT',
        statement: STATEMENTS.RU_OBJECTION,
      });
    });

    it("Botswana's delegate adjourns the sitting", async () => {
      expect((await story.adjournPlenary()).status).toBe('ADJOURNED');
    });
  });

  describe('an intersessional written procedure', () => {
    it('the secretariat circulates an administrative text with a deadline a few seconds ahead', async () => {
      const proposal = await story.startWrittenProcedure();
      expect(proposal).toMatchObject({
        status: 'OPEN',
        procedure: 'WRITTEN',
        body: { code: 'PLEN' },
        agendaItem: null,
        decisionRecord: null,
      });
      expect(Date.parse(proposal.deadline!)).toBeGreaterThan(Date.now() - 1000);
    });

    it('nobody breaks the silence: it is ADOPTED at its deadline', async () => {
      const proposal = await story.awaitWrittenAdoption();
      expect(proposal.status).toBe('ADOPTED');
      expect(proposal.tally.object).toBe(0);
      expect(proposal.decisionRecord).toMatchObject({ status: 'DRAFT', outcome: 'ADOPTED' });
    }, 30_000);
  });

  describe('the records', () => {
    it('the secretariat publishes the three records: TEST/<year>/1, 2 and 3, chained', async () => {
      const published = await story.publishRecords();
      expect(published.map((r) => r.number)).toEqual([1, 2, 3].map((n) => `TEST/${year}/${n}`));
      expect(published.every((r) => r.status === 'PUBLISHED' && /^[0-9a-f]{64}$/.test(r.contentHash ?? ''))).toBe(true);
      expect(published.map((r) => r.previousHash)).toEqual([null, published[0].contentHash, published[1].contentHash]);
      expect(published[2]).toMatchObject({
        procedure: 'WRITTEN',
        outcome: 'ADOPTED',
        meeting: null,
        publishedBy: { displayName: 'KP Secretariat' },
      });
    });

    it('the chain verifies: 3 entries', async () => {
      expect(await story.verifyChain()).toMatchObject({ valid: true, checked: 3, problem: null });
    });

    it('a corrigendum corrects a typo; the chain still verifies: 4 entries', async () => {
      const corrigendum = await story.issueCorrigendum();
      expect(corrigendum).toMatchObject({
        number: 1,
        correction: PC_CORRECTION,
        previousHash: story.published[2].contentHash,
      });
      expect(await story.verifyChain()).toMatchObject({ valid: true, checked: 4 });
    });

    it('the public, without a token, lists the published records, newest first', async () => {
      const list = await t.anonymous.ok<{ decisionRecords: { edges: { node: { number: string; status: string } }[] } }>(
        '{ decisionRecords(first: 10) { edges { node { number status } } } }',
      );
      expect(list.decisionRecords.edges.map((e) => e.node)).toEqual(
        [3, 2, 1].map((n) => ({ number: `TEST/${year}/${n}`, status: 'PUBLISHED' })),
      );
      // Outside the allow-list, a reader without a token is told to sign in.
      const refused = await t.anonymous.fails('{ decisionRecords(first: 1) { edges { node { body { quorum } } } } }');
      expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('the public reads each record by number, with its attendance, statements and corrigenda, and its JSON and PDF', async () => {
      const reads = await story.publicReadsRecords();
      const [pc, plenary] = reads;
      expect(pc.record).toMatchObject({
        number: `TEST/${year}/1`,
        outcome: 'ADOPTED',
        corrigenda: [{ number: 1, correction: PC_CORRECTION }],
      });
      expect(pc.record!.attendance.find((a) => a.participant.code === 'US')).toMatchObject({
        status: 'BOYCOTT',
        boycott: { statement: STATEMENTS.US },
      });
      expect(pc.record!.statements.some((s) => s.participant.code === 'RU' && s.title === STATEMENTS.RU_TITLE)).toBe(
        true,
      );
      expect(plenary.record).toMatchObject({ outcome: 'NOT_ADOPTED', objectors: [{ code: 'RU' }] });
      for (const { record, exports } of reads) {
        expect(exports.jsonStatus).toBe(200);
        expect(exports.jsonSha256).toBe(record!.contentHash);
        expect(exports.json).toMatchObject({ number: record!.number, previousHash: record!.previousHash });
        expect(exports.json).not.toHaveProperty('contentHash');
        expect(exports.pdfStatus).toBe(200);
        expect(exports.pdfContentType).toMatch(/^application\/pdf/);
        expect(exports.pdfHead).toBe('%PDF-');
      }
      // The corrigendum's own canonical JSON hashes to its contentHash too.
      const res = await fetch(`${t.url}/records/${encodeURIComponent(pc.record!.number!)}/corrigenda/1.json`);
      expect(res.status).toBe(200);
      const { createHash } = await import('node:crypto');
      expect(
        createHash('sha256')
          .update(Buffer.from(await res.arrayBuffer()))
          .digest('hex'),
      ).toBe(story.corrigendum!.contentHash);
    });
  });
});
