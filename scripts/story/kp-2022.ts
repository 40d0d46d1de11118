// The Kimberley Process's 2022, played through Concord's public GraphQL API only, each step as the
// user who would take it. One story, two audiences: the acceptance test
// (test/acceptance/kp-2022.e2e-spec.ts) plays it on a year it built itself and asserts on every
// answer; `npm run demo` (scripts/demo.ts) plays it against a running server seeded with the demo
// data and narrates it. Each step answers what the API answered, and refuses (StoryError) only when
// an answer makes the rest of the story meaningless, so the demo stops with a clear message.
import { createHash } from 'node:crypto';
import type { StoryClient, StoryGraphQLError } from './story-client.js';

export class StoryError extends Error {}

function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StoryError(message);
}

// ------------------------------------------------------------------ what the story reads back

export interface Code {
  code: string;
}

export interface BoycottView {
  id: string;
  scope: string;
  participant: Code;
  chairedBy: Code | null;
  body: { id: string } | null;
  meeting: { id: string } | null;
  startsOn: string;
  endsOn: string | null;
  statement: string;
  declaredBy: { displayName: string };
  withdrawnAt: string | null;
}

export interface StatementView {
  id: string;
  participant: Code;
  title: string;
  body: string;
  boycott: { id: string } | null;
  meeting: { id: string } | null;
  proposal: { id: string } | null;
}

export interface AttendanceView {
  participant: Code;
  status: string;
  boycott: { id: string; statement: string; participant: Code } | null;
  recordedBy: { displayName: string } | null;
}

export interface MeetingView {
  id: string;
  title: string;
  kind: string;
  status: string;
  startsAt: string;
  body: Code;
  chairedBy: Code | null;
  attendance: AttendanceView[];
  attendanceGaps: Code[];
  quorumMet: boolean;
  agenda: { id: string; title: string; kind: string; proposedBy: Code | null }[];
}

export interface ProposalView {
  id: string;
  reference: string;
  title: string;
  status: string;
  procedure: string;
  deadline: string | null;
  body: Code;
  agendaItem: { id: string } | null;
  currentVersion: { number: number; text: string };
  positions: { participant: Code; stance: string; onBehalf: boolean }[];
  tally: {
    support: number;
    object: number;
    abstain: number;
    silent: number;
    objectors: Code[];
    consensus: boolean;
    quorumMet: boolean;
    attendanceComplete: boolean;
  };
  decisionRecord: { id: string; status: string; outcome: string } | null;
}

export interface CorrigendumView {
  id: string;
  number: number;
  reason: string;
  correction: string;
  contentHash: string;
  previousHash: string | null;
  issuedBy: { displayName: string };
}

export interface RecordView {
  id: string;
  number: string | null;
  status: string;
  outcome: string;
  procedure: string;
  text: string;
  versionNumber: number;
  decidedAt: string;
  body: Code & { name: string };
  meeting: { id: string; title: string } | null;
  chairedBy: Code | null;
  proposal: { id: string; reference: string; title: string };
  positions: { participant: Code; stance: string; onBehalf: boolean; statement: string | null }[];
  attendance: AttendanceView[];
  objectors: Code[];
  statements: StatementView[];
  publishedAt: string | null;
  publishedBy: { displayName: string } | null;
  contentHash: string | null;
  previousHash: string | null;
  corrigenda: CorrigendumView[];
}

export interface MeetingRequestView {
  id: string;
  status: string;
  subject: string;
  justification: string;
  response: string | null;
  requestedBy: Code;
  body: Code;
  meeting: MeetingView | null;
}

export interface ChainView {
  valid: boolean;
  checked: number;
  problem: string | null;
  firstInvalid: { number: string | null } | null;
}

/** What anyone without a token gets from the record exports. */
export interface PublicExport {
  number: string;
  jsonUrl: string;
  pdfUrl: string;
  jsonStatus: number;
  jsonSha256: string;
  json: Record<string, unknown> | null;
  pdfStatus: number;
  pdfContentType: string | null;
  pdfHead: string;
}

// ------------------------------------------------------------------ GraphQL documents

const BOYCOTT = `id scope participant { code } chairedBy { code } body { id } meeting { id } startsOn endsOn
  statement declaredBy { displayName } withdrawnAt`;

const STATEMENT = `id participant { code } title body boycott { id } meeting { id } proposal { id }`;

const ATTENDANCE = `participant { code } status boycott { id statement participant { code } } recordedBy { displayName }`;

const MEETING = `id title kind status startsAt body { code } chairedBy { code }
  attendance { ${ATTENDANCE} } attendanceGaps { code } quorumMet
  agenda { id title kind proposedBy { code } }`;

const PROPOSAL = `id reference title status procedure deadline body { code } agendaItem { id }
  currentVersion { number text } positions { participant { code } stance onBehalf }
  tally { support object abstain silent objectors { code } consensus quorumMet attendanceComplete }
  decisionRecord { id status outcome }`;

const CORRIGENDUM = `id number reason correction contentHash previousHash issuedBy { displayName }`;

// Only fields the public allow-list admits (docs/rules.md, "Who may read what"), so the same selection
// serves the secretariat, the chair and a reader without a token.
const RECORD = `id number status outcome procedure text versionNumber decidedAt
  body { code name } meeting { id title } chairedBy { code } proposal { id reference title }
  positions { participant { code } stance onBehalf statement }
  attendance { participant { code } status boycott { id statement participant { code } } recordedBy { displayName } }
  objectors { code }
  statements { ${STATEMENT} }
  publishedAt publishedBy { displayName } contentHash previousHash
  corrigenda { ${CORRIGENDUM} }`;

export const OPS = {
  directory: `{ organization { code timeZone participants { id code name kind }
    bodies { id code name members { code } observers { code } } } }`,
  chairIn2022: `query ($id: ID!, $at: DateTime) { body(id: $id) { code chair(at: $at) { participant { code } role startsOn endsOn } } }`,
  boycottsOf: `query ($participantId: ID) { boycotts(participantId: $participantId) { ${BOYCOTT} } }`,
  declareBoycott: `mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { ${BOYCOTT} } }`,
  submitStatement: `mutation ($input: SubmitStatementInput!) { submitStatement(input: $input) { ${STATEMENT} } }`,
  scheduleMeeting: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING} } }`,
  meeting: `query ($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
  meetingsOfBody: `query ($bodyId: ID, $from: DateTime, $to: DateTime, $first: Int) {
    meetings(bodyId: $bodyId, from: $from, to: $to, first: $first) { edges { node { id startsAt } } } }`,
  openMeeting: `mutation ($id: ID!) { openMeeting(meetingId: $id) { ${MEETING} } }`,
  adjournMeeting: `mutation ($id: ID!) { adjournMeeting(meetingId: $id) { ${MEETING} } }`,
  recordAttendance: `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${ATTENDANCE} } }`,
  addAgendaItem: `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id title kind position proposedBy { code } } }`,
  submitProposal: `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { ${PROPOSAL} } }`,
  openProposal: `mutation ($id: ID!) { openProposal(proposalId: $id) { ${PROPOSAL} } }`,
  recordPosition: `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) {
    participant { code } stance versionNumber onBehalf statement } }`,
  proposal: `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL} } }`,
  closeProposal: `mutation ($id: ID!) { closeProposal(proposalId: $id) { ${RECORD} } }`,
  requestMeeting: `mutation ($input: RequestMeetingInput!) { requestMeeting(input: $input) {
    id status subject justification response requestedBy { code } body { code } meeting { ${MEETING} } } }`,
  respondToMeetingRequest: `mutation ($input: RespondToMeetingRequestInput!) { respondToMeetingRequest(input: $input) {
    id status subject justification response requestedBy { code } body { code } meeting { ${MEETING} } } }`,
  startWrittenProcedure: `mutation ($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { ${PROPOSAL} } }`,
  publishDecisionRecord: `mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { ${RECORD} } }`,
  issueCorrigendum: `mutation ($input: IssueCorrigendumInput!) { issueCorrigendum(input: $input) { ${CORRIGENDUM} record { number } } }`,
  verifyRecordChain: `{ verifyRecordChain { valid checked problem firstInvalid { number } } }`,
  publicRecords: `query ($first: Int) { decisionRecords(first: $first) { edges { node { id number status } } pageInfo { hasNextPage } } }`,
  publicRecord: `query ($number: String) { decisionRecord(number: $number) { ${RECORD} } }`,
} as const;

// ------------------------------------------------------------------ who and what

/** Participants and bodies by code, as the organisation answers them. */
export interface Directory {
  orgCode: string;
  participants: Map<string, { id: string; name: string; kind: string }>;
  bodies: Map<string, { id: string; name: string; members: string[]; observers: string[] }>;
}

export async function loadDirectory(client: StoryClient): Promise<Directory> {
  const data = await act<{
    organization: {
      code: string;
      participants: { id: string; code: string; name: string; kind: string }[];
      bodies: { id: string; code: string; name: string; members: Code[]; observers: Code[] }[];
    };
  }>(client, 'reading the organisation', OPS.directory, {});
  return {
    orgCode: data.organization.code,
    participants: new Map(
      data.organization.participants.map((p) => [p.code, { id: p.id, name: p.name, kind: p.kind }]),
    ),
    bodies: new Map(
      data.organization.bodies.map((b) => [
        b.code,
        { id: b.id, name: b.name, members: b.members.map((m) => m.code), observers: b.observers.map((o) => o.code) },
      ]),
    ),
  };
}

/** Who plays the story: each call answers a client signed in as that user. */
export interface StoryCast {
  secretariat(): Promise<StoryClient>;
  /** The delegate of the participant with this code. */
  delegate(code: string): Promise<StoryClient>;
  anonymous: StoryClient;
  /** Where the server answers, without a trailing slash (for the record exports). */
  baseUrl: string;
}

export interface StoryOptions {
  /** Added to the titles this run creates, so runs on one database stay apart ('' for none). */
  suffix: string;
  /** Days in 2022 (YYYY-MM-DD) on which the meetings sit. */
  dates: { pc: string; rpc: string; plenary: string };
  /** Reuse an identical CHAIRED_BY boycott already declared (a demo that runs twice). */
  reuseBoycotts: boolean;
  /** The written procedure's deadline, this many ms from now. */
  writtenDeadlineMs: number;
  /** How long to wait, after the deadline, for the written procedure to close itself. */
  adoptionTimeoutMs: number;
  /** One line of plain English per step, with who did it. */
  narrate(line: string): void;
}

// How the narration names participants: "the United States", not "United States of America".
const SPOKEN: Record<string, string> = {
  US: 'the United States',
  GB: 'the United Kingdom',
  RU: 'Russia',
  EU: 'the European Union',
  AE: 'the United Arab Emirates',
  CSC: 'the Civil Society Coalition',
  WDC: 'the World Diamond Council',
};

// ... and as an adjective: "the US delegate", "the UK boycott".
const SHORT: Record<string, string> = { US: 'US', GB: 'UK', EU: 'EU', CSC: 'CSC' };

/** The boycotters of 2022 and the participant whose chairing they boycott. */
export const BOYCOTTERS = ['US', 'GB'] as const;
export const BOYCOTTED_CHAIR = 'RU';

export const STATEMENTS = {
  US:
    "The United States will not take part in meetings chaired by the Russian Federation in 2022. Russia's " +
    "unprovoked war against Ukraine is incompatible with the Kimberley Process's purpose of keeping conflict " +
    'diamonds out of legitimate trade.',
  GB:
    'The United Kingdom will not attend meetings of the Kimberley Process chaired by the Russian Federation ' +
    'while Russia wages its illegal war in Ukraine.',
  RU_TITLE: 'Reply of the Russian Federation / Ответ Российской Федерации',
  RU:
    'The Russian Federation regrets the politicisation of the Kimberley Process. Its committees have work ' +
    'to do under the Core Document, and they will continue to do it with those who choose to take part.',
  RU_OBJECTION:
    'The Russian Federation objects: the proposal goes beyond the mandate of the Kimberley Process, which ' +
    'concerns rebel movements, not States.',
  CSC_JUSTIFICATION:
    'Revenue from Russian diamond exports may be funding the war in Ukraine. The Plenary should decide ' +
    'whether the definition of conflict diamonds covers diamonds that finance aggression by a State.',
} as const;

/** The routine PC text; "Particpation" is the typo the secretariat later corrects by corrigendum. */
export const PC_TEXT =
  'The Particpation Committee takes note of the annual reports for 2021 submitted by all Participants ' +
  'and recommends that the Plenary welcome them.';
export const PC_CORRECTION = 'In the text, for "Particpation Committee" read "Participation Committee".';

export const PLENARY_PROPOSAL_TITLE = 'To widen the definition of conflict diamonds';
export const PLENARY_TEXT =
  'The Plenary decides to widen the definition of conflict diamonds in Section I of the Core Document to ' +
  'include rough diamonds whose sale finances violence or aggression, whoever the perpetrator.';

export const WRITTEN_TITLE = 'Administrative: the 2023 budget of the Administrative Support Mechanism';
export const WRITTEN_TEXT =
  'The Plenary approves the 2023 budget of the Administrative Support Mechanism as circulated by the ' + 'secretariat.';

// ------------------------------------------------------------------ helpers

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/** "CODE: message (field x)" for each GraphQL error in a client's failure message, else its first line. */
export function describeFailure(message: string): string {
  const line = firstLine(message);
  const json = line.replace(/^GraphQL operation failed: /, '');
  if (json === line) return line;
  try {
    const errors = JSON.parse(json) as StoryGraphQLError[] | null;
    if (!errors?.length) return line;
    return errors
      .map((e) => {
        const { code, ...rest } = e.extensions ?? {};
        const more = Object.entries(rest)
          .filter(([k]) => !['http', 'stacktrace'].includes(k))
          .map(([k, v]) => `${k} ${JSON.stringify(v)}`);
        return `${code ?? 'NO_CODE'}: ${e.message}${more.length ? ` (${more.join(', ')})` : ''}`;
      })
      .join('; ');
  } catch {
    return line;
  }
}

/** Sends `query` as `client`; a refusal becomes a StoryError naming what was tried and with what. */
export async function act<T>(
  client: StoryClient,
  what: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  try {
    return await client.ok<T>(query, variables);
  } catch (e) {
    throw new StoryError(
      `${what} was refused: ${describeFailure((e as Error).message)} (variables: ${JSON.stringify(variables)})`,
    );
  }
}

/** Runs `work` over `items`, at most `width` at a time (delegates pressing buttons in one room). */
async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  }
  return out;
}

/** Codes shown as BOYCOTT, the story's boycotters first in their order, then anyone else. */
function boycottingIn(attendance: AttendanceView[]): string[] {
  const rank = (c: string) => {
    const i = (BOYCOTTERS as readonly string[]).indexOf(c);
    return i < 0 ? BOYCOTTERS.length : i;
  };
  return attendance
    .filter((a) => a.status === 'BOYCOTT')
    .map((a) => a.participant.code)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An ISO instant on `day` at `hour`:00 UTC. */
export function at(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

/** The record exports' address for `number` (docs/rules.md: the number URL-encoded). */
export function exportUrl(baseUrl: string, number: string, ext: 'json' | 'pdf' | 'md'): string {
  return `${baseUrl}/records/${encodeURIComponent(number)}.${ext}`;
}

// ------------------------------------------------------------------ the story

export class Kp2022Story {
  boycotts: Record<string, BoycottView> = {};
  boycottReused: Record<string, boolean> = {};
  replies: StatementView[] = [];
  pcMeeting: MeetingView | null = null;
  rpcMeeting: MeetingView | null = null;
  pcProposal: ProposalView | null = null;
  pcRecord: RecordView | null = null;
  request: MeetingRequestView | null = null;
  plenary: MeetingView | null = null;
  plenaryProposal: ProposalView | null = null;
  plenaryRecord: RecordView | null = null;
  written: ProposalView | null = null;
  writtenRecordId: string | null = null;
  published: RecordView[] = [];
  corrigendum: CorrigendumView | null = null;

  constructor(
    readonly cast: StoryCast,
    readonly dir: Directory,
    readonly opts: StoryOptions,
  ) {}

  // -------------------------------------------------- names

  participantId(code: string): string {
    const p = this.dir.participants.get(code);
    must(p, `the organisation has no participant ${code}`);
    return p.id;
  }

  bodyId(code: string): string {
    const b = this.dir.bodies.get(code);
    must(b, `the organisation has no body ${code}`);
    return b.id;
  }

  members(bodyCode: string): string[] {
    return this.dir.bodies.get(bodyCode)?.members ?? [];
  }

  spoken(code: string): string {
    return SPOKEN[code] ?? this.dir.participants.get(code)?.name ?? code;
  }

  /** "the US delegate", "the UK delegate", "Russia's delegate". */
  delegateOf(code: string): string {
    return SHORT[code] ? `the ${SHORT[code]} delegate` : `${this.spoken(code)}'s delegate`;
  }

  private list(codes: string[]): string {
    const names = codes.map((c) => this.spoken(c));
    return names.length <= 1
      ? (names[0] ?? 'nobody')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }

  private title(base: string): string {
    return this.opts.suffix ? `${base} ${this.opts.suffix}` : base;
  }

  private say(line: string): void {
    this.opts.narrate(line.charAt(0).toUpperCase() + line.slice(1));
  }

  // -------------------------------------------------- the year as set up

  /** Who holds each chair in mid-2022, as the API answers it. */
  async chairsOf2022(): Promise<Record<string, string | null>> {
    const sec = await this.cast.secretariat();
    const out: Record<string, string | null> = {};
    for (const code of ['PLEN', 'PC', 'RPC']) {
      const data = await act<{ body: { chair: { participant: Code } | null } | null }>(
        sec,
        `reading who chairs ${code} in 2022`,
        OPS.chairIn2022,
        { id: this.bodyId(code), at: at('2022-06-15', 12) },
      );
      out[code] = data.body?.chair?.participant.code ?? null;
    }
    const committees =
      out.PC === out.RPC
        ? `${this.spoken(out.PC ?? '?')} chairs the Participation Committee and the Rules and Procedures Committee`
        : `${this.spoken(out.PC ?? '?')} chairs the Participation Committee and ${this.spoken(out.RPC ?? '?')} the Rules and Procedures Committee`;
    this.say(`in 2022, ${this.spoken(out.PLEN ?? '?')} chairs the Plenary; ${committees}.`);
    return out;
  }

  // -------------------------------------------------- boycotts

  /** The US and UK delegates each declare a boycott of every meeting chaired by Russia in 2022. */
  async declareBoycotts(): Promise<Record<string, BoycottView>> {
    for (const code of BOYCOTTERS) {
      const delegate = await this.cast.delegate(code);
      if (this.opts.reuseBoycotts) {
        const existing = await act<{ boycotts: BoycottView[] }>(
          delegate,
          `the ${code} delegate's boycotts query`,
          OPS.boycottsOf,
          {
            participantId: this.participantId(code),
          },
        );
        const same = existing.boycotts.find(
          (b) =>
            b.scope === 'CHAIRED_BY' &&
            b.chairedBy?.code === BOYCOTTED_CHAIR &&
            !b.body &&
            b.startsOn === '2022-01-01' &&
            b.endsOn === '2022-12-31' &&
            !b.withdrawnAt,
        );
        if (same) {
          this.boycotts[code] = same;
          this.boycottReused[code] = true;
          this.say(
            `${this.delegateOf(code)}'s boycott of every meeting chaired by Russia in 2022 stands from an earlier run; the story reuses it.`,
          );
          continue;
        }
      }
      const data = await act<{ declareBoycott: BoycottView }>(
        delegate,
        `the ${code} delegate's declareBoycott`,
        OPS.declareBoycott,
        {
          input: {
            participantId: this.participantId(code),
            scope: 'CHAIRED_BY',
            chairedById: this.participantId(BOYCOTTED_CHAIR),
            startsOn: '2022-01-01',
            endsOn: '2022-12-31',
            statement: STATEMENTS[code],
          },
        },
      );
      this.boycotts[code] = data.declareBoycott;
      this.boycottReused[code] = false;
      this.say(
        `${this.delegateOf(code)} declares a boycott of every meeting chaired by Russia in 2022, with a statement of why.`,
      );
    }
    return this.boycotts;
  }

  /** Russia's delegate answers each new boycott with a statement on it. */
  async answerBoycotts(): Promise<StatementView[]> {
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    for (const code of BOYCOTTERS) {
      const boycott = this.boycotts[code];
      must(boycott, `there is no ${code} boycott to answer`);
      if (this.boycottReused[code]) {
        this.say(
          `Russia answered the ${SHORT[code] ?? code} boycott on an earlier run; its reply stays attached to the boycott.`,
        );
        continue;
      }
      const data = await act<{ submitStatement: StatementView }>(
        ru,
        `the RU delegate's submitStatement on the ${code} boycott`,
        OPS.submitStatement,
        {
          input: {
            participantId: this.participantId(BOYCOTTED_CHAIR),
            title: STATEMENTS.RU_TITLE,
            body: STATEMENTS.RU,
            boycottId: boycott.id,
          },
        },
      );
      this.replies.push(data.submitStatement);
      this.say(`Russia's delegate answers the ${SHORT[code] ?? code} boycott with a statement of its own.`);
    }
    return this.replies;
  }

  // -------------------------------------------------- the committees

  private async readMeeting(client: StoryClient, id: string, what: string): Promise<MeetingView> {
    const data = await act<{ meeting: MeetingView | null }>(client, what, OPS.meeting, { id });
    must(data.meeting, `${what}: meeting ${id} answered null`);
    return data.meeting;
  }

  /** Russia's delegate, as chair, schedules a meeting of the PC and one of the RPC in 2022. */
  async scheduleCommitteeMeetings(): Promise<{ pc: MeetingView; rpc: MeetingView }> {
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const scheduled: Record<string, MeetingView> = {};
    for (const [body, day, name] of [
      ['PC', this.opts.dates.pc, 'Participation Committee'],
      ['RPC', this.opts.dates.rpc, 'Rules and Procedures Committee'],
    ] as const) {
      const data = await act<{ scheduleMeeting: MeetingView }>(
        ru,
        `the RU delegate's scheduleMeeting of ${body}`,
        OPS.scheduleMeeting,
        {
          input: {
            bodyId: this.bodyId(body),
            title: this.title(`${name}, intersessional meeting ${day.slice(0, 4)}`),
            kind: 'INTERSESSIONAL',
            startsAt: at(day, 8),
            endsAt: at(day, 12),
            location: 'Kasane',
          },
        },
      );
      // A read right after the write shows what the declarations say (docs/rules.md, attendance).
      scheduled[body] = await this.readMeeting(ru, data.scheduleMeeting.id, `reading the ${body} meeting`);
      const boycotting = boycottingIn(scheduled[body].attendance);
      this.say(
        `Russia's delegate, as chair, schedules a meeting of the ${name} on ${day}; it shows ` +
          `${this.list(boycotting)} as BOYCOTT, the boycott linked.`,
      );
    }
    this.pcMeeting = scheduled.PC;
    this.rpcMeeting = scheduled.RPC;
    return { pc: scheduled.PC, rpc: scheduled.RPC };
  }

  /** Russia's delegate opens the PC meeting: the declared attendance is frozen. */
  async openCommitteeMeeting(): Promise<MeetingView> {
    must(this.pcMeeting, 'the PC meeting was not scheduled');
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const data = await act<{ openMeeting: MeetingView }>(
      ru,
      "the RU delegate's openMeeting of the PC meeting",
      OPS.openMeeting,
      { id: this.pcMeeting.id },
    );
    this.pcMeeting = data.openMeeting;
    this.say(`Russia's delegate opens the Participation Committee's meeting.`);
    return this.pcMeeting;
  }

  /** The committee's members who are not boycotting: in the room. */
  pcPresent(): string[] {
    return this.members('PC').filter((c) => !(BOYCOTTERS as readonly string[]).includes(c));
  }

  /** As chair, Russia's delegate records every member who is not boycotting as PRESENT. */
  async recordCommitteeAttendance(): Promise<MeetingView> {
    must(this.pcMeeting, 'the PC meeting was not scheduled');
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const meetingId = this.pcMeeting.id;
    await inBatches(this.pcPresent(), 4, (code) =>
      act(ru, `the RU delegate's recordAttendance of ${code} PRESENT at the PC meeting`, OPS.recordAttendance, {
        input: { meetingId, participantId: this.participantId(code), status: 'PRESENT' },
      }),
    );
    this.pcMeeting = await this.readMeeting(ru, meetingId, 'reading the PC meeting');
    this.say(
      `Russia's delegate, as chair, records the ${this.pcPresent().length} members in the room PRESENT; ` +
        `${this.list([...BOYCOTTERS])} stay on the record as BOYCOTT.`,
    );
    return this.pcMeeting;
  }

  /** Russia's delegate puts a routine decision on the agenda, submits the proposal and opens it. */
  async tableCommitteeProposal(): Promise<ProposalView> {
    must(this.pcMeeting, 'the PC meeting was not scheduled');
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const item = await act<{ addAgendaItem: { id: string } }>(
      ru,
      "the RU delegate's addAgendaItem (DECISION) at the PC meeting",
      OPS.addAgendaItem,
      {
        input: { meetingId: this.pcMeeting.id, title: this.title('Annual reports for 2021'), kind: 'DECISION' },
      },
    );
    const submitted = await act<{ submitProposal: ProposalView }>(
      ru,
      "the RU delegate's submitProposal at the PC meeting",
      OPS.submitProposal,
      {
        input: { agendaItemId: item.addAgendaItem.id, title: this.title('Annual reports for 2021'), text: PC_TEXT },
      },
    );
    must(
      submitted.submitProposal.status === 'DRAFT',
      `submitProposal answered status ${submitted.submitProposal.status}, not DRAFT`,
    );
    const opened = await act<{ openProposal: ProposalView }>(
      ru,
      "the RU delegate's openProposal at the PC meeting",
      OPS.openProposal,
      {
        id: submitted.submitProposal.id,
      },
    );
    this.pcProposal = opened.openProposal;
    this.say(
      `Russia's delegate tables a routine proposal (${this.pcProposal.reference}) on the annual reports for 2021 and opens it.`,
    );
    return this.pcProposal;
  }

  /** Every member in the room supports, each delegate in its own participant's name. */
  async committeeMembersSupport(): Promise<ProposalView> {
    must(this.pcProposal, 'the PC proposal was not tabled');
    const proposalId = this.pcProposal.id;
    await inBatches(this.pcPresent(), 4, async (code) =>
      act(
        await this.cast.delegate(code),
        `the ${code} delegate's recordPosition SUPPORT on the PC proposal`,
        OPS.recordPosition,
        {
          input: { proposalId, participantId: this.participantId(code), stance: 'SUPPORT' },
        },
      ),
    );
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const data = await act<{ proposal: ProposalView | null }>(ru, 'reading the PC proposal', OPS.proposal, {
      id: proposalId,
    });
    must(data.proposal, 'the PC proposal answered null');
    this.pcProposal = data.proposal;
    this.say(`the ${this.pcPresent().length} members in the room each record their support.`);
    return this.pcProposal;
  }

  /** Russia's delegate closes the item: adopted by consensus without the boycotters. */
  async closeCommitteeProposal(): Promise<RecordView> {
    must(this.pcProposal, 'the PC proposal was not tabled');
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const data = await act<{ closeProposal: RecordView }>(
      ru,
      "the RU delegate's closeProposal of the PC proposal",
      OPS.closeProposal,
      {
        id: this.pcProposal.id,
      },
    );
    this.pcRecord = data.closeProposal;
    must(this.pcRecord.outcome === 'ADOPTED', `the PC proposal closed ${this.pcRecord.outcome}, not ADOPTED`);
    const boycotting = boycottingIn(this.pcRecord.attendance);
    this.say(
      `Russia's delegate closes the item: ADOPTED by consensus. The draft record shows ${this.list(boycotting)} ` +
        `as BOYCOTT, with ${this.pcRecord.statements.length} statement(s) attached.`,
    );
    return this.pcRecord;
  }

  /** Russia's delegate adjourns the PC meeting: its attendance is now history. */
  async adjournCommitteeMeeting(): Promise<MeetingView> {
    must(this.pcMeeting, 'the PC meeting was not scheduled');
    const ru = await this.cast.delegate(BOYCOTTED_CHAIR);
    const data = await act<{ adjournMeeting: MeetingView }>(
      ru,
      "the RU delegate's adjournMeeting of the PC meeting",
      OPS.adjournMeeting,
      {
        id: this.pcMeeting.id,
      },
    );
    this.pcMeeting = data.adjournMeeting;
    this.say(`Russia's delegate adjourns the Participation Committee's meeting.`);
    return this.pcMeeting;
  }

  // -------------------------------------------------- the plenary the CSC asked for

  /** The Civil Society Coalition asks the plenary chair to convene a plenary. */
  async cscRequestsPlenary(): Promise<MeetingRequestView> {
    const csc = await this.cast.delegate('CSC');
    const data = await act<{ requestMeeting: MeetingRequestView }>(
      csc,
      "the CSC delegate's requestMeeting of PLEN",
      OPS.requestMeeting,
      {
        input: {
          bodyId: this.bodyId('PLEN'),
          participantId: this.participantId('CSC'),
          subject: this.title('Whether Russian diamonds fund the war in Ukraine'),
          justification: STATEMENTS.CSC_JUSTIFICATION,
        },
      },
    );
    this.request = data.requestMeeting;
    this.say(
      `the CSC delegate asks the plenary chair, for the Civil Society Coalition, to convene a plenary on whether Russian diamonds fund the war.`,
    );
    return this.request;
  }

  /** Botswana's delegate, chair of the plenary in 2022, accepts and schedules it. */
  async chairAcceptsRequest(): Promise<MeetingRequestView> {
    must(this.request, 'no meeting request was made');
    const bw = await this.cast.delegate('BW');
    const day = this.opts.dates.plenary;
    const data = await act<{ respondToMeetingRequest: MeetingRequestView }>(
      bw,
      "the BW delegate's respondToMeetingRequest (accept)",
      OPS.respondToMeetingRequest,
      {
        input: {
          requestId: this.request.id,
          accept: true,
          response: 'The chair convenes an extraordinary sitting of the Plenary to consider the question.',
          meeting: {
            bodyId: this.bodyId('PLEN'),
            title: this.title(`Plenary, extraordinary sitting ${day}`),
            kind: 'EXTRAORDINARY',
            startsAt: at(day, 9),
            endsAt: at(day, 17),
            location: 'Gaborone',
          },
        },
      },
    );
    this.request = data.respondToMeetingRequest;
    must(this.request.meeting, 'the accepted request links no meeting');
    this.plenary = this.request.meeting;
    this.say(`Botswana's delegate, chair of the Plenary in 2022, accepts and schedules the sitting on ${day}.`);
    return this.request;
  }

  /** Botswana's delegate opens the sitting and records everyone PRESENT, observers included. */
  async openPlenary(): Promise<MeetingView> {
    must(this.plenary, 'the plenary was not scheduled');
    const bw = await this.cast.delegate('BW');
    const meetingId = this.plenary.id;
    await act(bw, "the BW delegate's openMeeting of the plenary", OPS.openMeeting, { id: meetingId });
    const body = this.dir.bodies.get('PLEN');
    must(body, 'the organisation has no body PLEN');
    const everyone = [...body.members, ...body.observers];
    await inBatches(everyone, 6, (code) =>
      act(bw, `the BW delegate's recordAttendance of ${code} PRESENT at the plenary`, OPS.recordAttendance, {
        input: { meetingId, participantId: this.participantId(code), status: 'PRESENT' },
      }),
    );
    this.plenary = await this.readMeeting(bw, meetingId, 'reading the plenary');
    this.say(
      `Botswana's delegate opens the sitting and records all ${everyone.length} participants and observers PRESENT.`,
    );
    return this.plenary;
  }

  /** An agenda item (proposed by the CSC) and the proposal to widen the definition are tabled. */
  async tablePlenaryProposal(): Promise<ProposalView> {
    must(this.plenary, 'the plenary was not scheduled');
    const bw = await this.cast.delegate('BW');
    const item = await act<{ addAgendaItem: { id: string } }>(
      bw,
      "the BW delegate's addAgendaItem (DECISION) at the plenary",
      OPS.addAgendaItem,
      {
        input: {
          meetingId: this.plenary.id,
          title: this.title('Russian diamonds and the war in Ukraine'),
          description: 'Requested by the KP Civil Society Coalition.',
          kind: 'DECISION',
          proposedById: this.participantId('CSC'),
        },
      },
    );
    const submitted = await act<{ submitProposal: ProposalView }>(
      bw,
      "the BW delegate's submitProposal at the plenary",
      OPS.submitProposal,
      {
        input: { agendaItemId: item.addAgendaItem.id, title: this.title(PLENARY_PROPOSAL_TITLE), text: PLENARY_TEXT },
      },
    );
    const opened = await act<{ openProposal: ProposalView }>(
      bw,
      "the BW delegate's openProposal at the plenary",
      OPS.openProposal,
      {
        id: submitted.submitProposal.id,
      },
    );
    this.plenaryProposal = opened.openProposal;
    this.say(
      `Botswana's delegate tables an agenda item and a proposal "${PLENARY_PROPOSAL_TITLE.toLowerCase()}" (${this.plenaryProposal.reference}), and opens it.`,
    );
    return this.plenaryProposal;
  }

  /** The CSC's delegate tries to record a position: observers never hold one. */
  async observerTriesToTakePosition(): Promise<StoryGraphQLError> {
    must(this.plenaryProposal, 'the plenary proposal was not tabled');
    const csc = await this.cast.delegate('CSC');
    let refusal: StoryGraphQLError;
    try {
      refusal = await csc.fails(OPS.recordPosition, {
        input: { proposalId: this.plenaryProposal.id, participantId: this.participantId('CSC'), stance: 'SUPPORT' },
      });
    } catch (e) {
      throw new StoryError(
        `the CSC delegate's recordPosition should have been refused: ${firstLine((e as Error).message)}`,
      );
    }
    must(
      refusal.extensions?.code === 'NOT_ENTITLED',
      `the CSC delegate's recordPosition was refused ${refusal.extensions?.code} (${refusal.message}), not NOT_ENTITLED`,
    );
    this.say(
      `the CSC delegate tries to record the Coalition's support and is refused: ${refusal.extensions?.code} (${String(refusal.extensions?.reason)}).`,
    );
    return refusal;
  }

  /** Russia objects; every other participant supports. */
  async plenaryPositions(): Promise<ProposalView> {
    must(this.plenaryProposal, 'the plenary proposal was not tabled');
    const proposalId = this.plenaryProposal.id;
    await act(
      await this.cast.delegate('RU'),
      "the RU delegate's recordPosition OBJECT on the plenary proposal",
      OPS.recordPosition,
      {
        input: {
          proposalId,
          participantId: this.participantId('RU'),
          stance: 'OBJECT',
          statement: STATEMENTS.RU_OBJECTION,
        },
      },
    );
    const supporters = this.members('PLEN').filter((c) => c !== 'RU');
    await inBatches(supporters, 6, async (code) =>
      act(
        await this.cast.delegate(code),
        `the ${code} delegate's recordPosition SUPPORT on the plenary proposal`,
        OPS.recordPosition,
        {
          input: { proposalId, participantId: this.participantId(code), stance: 'SUPPORT' },
        },
      ),
    );
    const bw = await this.cast.delegate('BW');
    const data = await act<{ proposal: ProposalView | null }>(bw, 'reading the plenary proposal', OPS.proposal, {
      id: proposalId,
    });
    must(data.proposal, 'the plenary proposal answered null');
    this.plenaryProposal = data.proposal;
    this.say(
      `Russia's delegate objects, with a statement; the ${supporters.length} other participants each record their support.`,
    );
    return this.plenaryProposal;
  }

  /** Botswana's delegate closes the item: one objection blocks consensus. */
  async closePlenaryProposal(): Promise<RecordView> {
    must(this.plenaryProposal, 'the plenary proposal was not tabled');
    const bw = await this.cast.delegate('BW');
    const data = await act<{ closeProposal: RecordView }>(
      bw,
      "the BW delegate's closeProposal of the plenary proposal",
      OPS.closeProposal,
      {
        id: this.plenaryProposal.id,
      },
    );
    this.plenaryRecord = data.closeProposal;
    must(
      this.plenaryRecord.outcome === 'NOT_ADOPTED',
      `the plenary proposal closed ${this.plenaryRecord.outcome}, not NOT_ADOPTED`,
    );
    this.say(
      `Botswana's delegate closes the item: NOT_ADOPTED, with ${this.list(this.plenaryRecord.objectors.map((o) => o.code))} as objector.`,
    );
    return this.plenaryRecord;
  }

  /** Botswana's delegate adjourns the sitting. */
  async adjournPlenary(): Promise<MeetingView> {
    must(this.plenary, 'the plenary was not scheduled');
    const bw = await this.cast.delegate('BW');
    const data = await act<{ adjournMeeting: MeetingView }>(
      bw,
      "the BW delegate's adjournMeeting of the plenary",
      OPS.adjournMeeting,
      {
        id: this.plenary.id,
      },
    );
    this.plenary = data.adjournMeeting;
    this.say(`Botswana's delegate adjourns the sitting.`);
    return this.plenary;
  }

  // -------------------------------------------------- the written procedure

  /** The secretariat circulates an administrative text under the silence procedure. */
  async startWrittenProcedure(): Promise<ProposalView> {
    const sec = await this.cast.secretariat();
    const deadline = new Date(Date.now() + this.opts.writtenDeadlineMs).toISOString();
    const data = await act<{ startWrittenProcedure: ProposalView }>(
      sec,
      "the secretariat's startWrittenProcedure on PLEN",
      OPS.startWrittenProcedure,
      {
        input: { bodyId: this.bodyId('PLEN'), title: this.title(WRITTEN_TITLE), text: WRITTEN_TEXT, deadline },
      },
    );
    this.written = data.startWrittenProcedure;
    this.say(
      `the secretariat circulates "${WRITTEN_TITLE}" (${this.written.reference}) to the Plenary under the silence procedure, ` +
        `deadline ${deadline} (${Math.round(this.opts.writtenDeadlineMs / 1000)} s from now).`,
    );
    return this.written;
  }

  /** Nobody breaks the silence: the procedure closes itself at its deadline, ADOPTED. */
  async awaitWrittenAdoption(): Promise<ProposalView> {
    must(this.written, 'no written procedure was started');
    const sec = await this.cast.secretariat();
    const deadline = Date.parse(this.written.deadline ?? new Date().toISOString());
    const giveUp = Math.max(deadline, Date.now()) + this.opts.adoptionTimeoutMs;
    let current = this.written;
    while (current.status === 'OPEN' && Date.now() < giveUp) {
      await sleep(250);
      const data = await act<{ proposal: ProposalView | null }>(sec, 'reading the written procedure', OPS.proposal, {
        id: this.written.id,
      });
      must(data.proposal, 'the written procedure answered null');
      current = data.proposal;
    }
    this.written = current;
    must(
      current.status === 'ADOPTED',
      `the written procedure ${current.reference} is ${current.status} ${Math.round((Date.now() - deadline) / 1000)} s after its deadline, not ADOPTED`,
    );
    must(current.decisionRecord, `the adopted written procedure ${current.reference} has no decision record`);
    this.writtenRecordId = current.decisionRecord.id;
    this.say(`nobody breaks the silence: at its deadline the procedure closes itself, ADOPTED.`);
    return current;
  }

  // -------------------------------------------------- the records

  /** The secretariat publishes the three records, in the order they were decided. */
  async publishRecords(): Promise<RecordView[]> {
    const sec = await this.cast.secretariat();
    const ids = [
      ['the PC record', this.pcRecord?.id],
      ['the plenary record', this.plenaryRecord?.id],
      ["the written procedure's record", this.writtenRecordId],
    ] as const;
    this.published = [];
    for (const [what, id] of ids) {
      must(id, `${what} was never made`);
      const data = await act<{ publishDecisionRecord: RecordView }>(
        sec,
        `the secretariat's publishDecisionRecord of ${what}`,
        OPS.publishDecisionRecord,
        { id },
      );
      this.published.push(data.publishDecisionRecord);
      this.say(`the secretariat publishes ${what} as ${data.publishDecisionRecord.number}.`);
    }
    return this.published;
  }

  /** Anyone, without a token, checks the chain of published records. */
  async verifyChain(): Promise<ChainView> {
    const data = await act<{ verifyRecordChain: ChainView }>(
      this.cast.anonymous,
      'verifyRecordChain (no token)',
      OPS.verifyRecordChain,
      {},
    );
    const v = data.verifyRecordChain;
    this.say(
      v.valid
        ? `anyone, without signing in, verifies the chain of records: valid, ${v.checked} entries checked.`
        : `the chain of records does NOT verify: ${v.problem ?? 'no reason given'} (at ${v.firstInvalid?.number ?? '?'}).`,
    );
    must(v.valid, `verifyRecordChain answered valid: false: ${v.problem}`);
    return v;
  }

  /** The secretariat corrects the PC record's typo by a corrigendum, in the open. */
  async issueCorrigendum(): Promise<CorrigendumView> {
    const record = this.published[0];
    must(record, 'the PC record was not published');
    const sec = await this.cast.secretariat();
    const data = await act<{ issueCorrigendum: CorrigendumView }>(
      sec,
      "the secretariat's issueCorrigendum",
      OPS.issueCorrigendum,
      {
        input: { recordId: record.id, reason: 'Typographical error in the text.', correction: PC_CORRECTION },
      },
    );
    this.corrigendum = data.issueCorrigendum;
    this.say(
      `the secretariat issues corrigendum ${this.corrigendum.number} to ${record.number} for a typo ("Particpation").`,
    );
    return this.corrigendum;
  }

  /** The public reads one published record and fetches its JSON and PDF exports. */
  async readPublicly(number: string): Promise<{ record: RecordView | null; exports: PublicExport }> {
    const data = await act<{ decisionRecord: RecordView | null }>(
      this.cast.anonymous,
      `decisionRecord(number: "${number}") without a token`,
      OPS.publicRecord,
      {
        number,
      },
    );
    const jsonUrl = exportUrl(this.cast.baseUrl, number, 'json');
    const pdfUrl = exportUrl(this.cast.baseUrl, number, 'pdf');
    const jsonRes = await fetch(jsonUrl);
    const jsonBytes = Buffer.from(await jsonRes.arrayBuffer());
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(jsonBytes.toString('utf8')) as Record<string, unknown>;
    } catch {
      json = null;
    }
    const pdfRes = await fetch(pdfUrl);
    const pdfBytes = Buffer.from(await pdfRes.arrayBuffer());
    return {
      record: data.decisionRecord,
      exports: {
        number,
        jsonUrl,
        pdfUrl,
        jsonStatus: jsonRes.status,
        jsonSha256: createHash('sha256').update(jsonBytes).digest('hex'),
        json,
        pdfStatus: pdfRes.status,
        pdfContentType: pdfRes.headers.get('content-type'),
        pdfHead: pdfBytes.subarray(0, 5).toString('latin1'),
      },
    };
  }

  /** The public reads every record this story published, and checks each export against its hash. */
  async publicReadsRecords(): Promise<{ record: RecordView | null; exports: PublicExport }[]> {
    must(this.published.length > 0, 'no record was published, so there is nothing for the public to read');
    const out = [];
    for (const published of this.published) {
      must(published.number, 'a published record has no number');
      const read = await this.readPublicly(published.number);
      const e = read.exports;
      must(read.record, `decisionRecord(number: "${published.number}") answered null without a token`);
      must(e.jsonStatus === 200, `GET ${e.jsonUrl} answered HTTP ${e.jsonStatus}`);
      must(
        e.jsonSha256 === read.record.contentHash,
        `GET ${e.jsonUrl} hashes to ${e.jsonSha256}, but the record's contentHash is ${read.record.contentHash}`,
      );
      must(
        e.pdfStatus === 200 && e.pdfHead.startsWith('%PDF'),
        `GET ${e.pdfUrl} answered HTTP ${e.pdfStatus} ${e.pdfContentType}, not a PDF`,
      );
      this.say(
        `anyone, without signing in, reads ${published.number}; its JSON export hashes to its contentHash; its PDF is at ${e.pdfUrl}`,
      );
      out.push(read);
    }
    return out;
  }
}
