// Shared steps of the decisions e2e tests: the demo's ids, a meeting set up through the API (scheduled,
// a DECISION item, attendance, opened), the decisions operations as GraphQL documents, and proof that a
// refusal left the decision tables and the audit log exactly as they were.
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient, GraphQLErrorShape } from '../support/graphql-client.js';
import { tableFingerprint } from '../support/fingerprint.js';
import { expectRefusedUnchanged } from '../support/refusals.js';

export const SECRETARIAT = 'secretariat@kp.example';

/**
 * startTestApp, with an error listener on its superuser pool: pg-pool's end() resolves before its
 * idle sockets have closed, and the DROP DATABASE ... WITH (FORCE) that follows then terminates them;
 * without a listener that 'error' is unhandled and fails the whole file after its tests passed.
 */
export async function startApp(opts: Parameters<typeof startTestApp>[0] = {}): Promise<TestApp> {
  const t = await startTestApp(opts);
  t.sql.on('error', () => undefined);
  return t;
}
/** The demo delegate of a participant: `us@kp.example` for US. */
export const delegateOf = (code: string): string => `${code.toLowerCase()}@kp.example`;

export const PROPOSAL_FIELDS = `id reference title procedure status deadline withdrawalReason
  body { code }
  agendaItem { id title }
  currentVersion { number text changeNote createdBy { displayName } }
  versions { number text changeNote }
  positions { participant { code } stance versionNumber statement onBehalf recordedBy { displayName } }
  tally { support object abstain silent entitled { code } objectors { code } quorumMet attendanceComplete consensus }`;

export const SUBMIT = `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const START_WRITTEN = `mutation ($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const AMEND = `mutation ($input: AmendProposalInput!) { amendProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
export const OPEN = `mutation ($id: ID!) { openProposal(proposalId: $id) { ${PROPOSAL_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawProposal(proposalId: $id, reason: $reason) { ${PROPOSAL_FIELDS} } }`;
export const RECORD = `mutation ($input: RecordPositionInput!) {
  recordPosition(input: $input) { participant { code } stance versionNumber statement onBehalf recordedAt recordedBy { displayName } }
}`;
export const CLOSE = `mutation ($id: ID!) {
  closeProposal(proposalId: $id) {
    id status outcome procedure text versionNumber decidedAt number
    proposal { id status }
    chairedBy { code }
    positions { participant { code } stance versionNumber statement onBehalf }
    attendance { participant { code } status note boycott { id } }
    objectors { code }
    statements { title body participant { code } }
  }
}`;
export const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS}
  positionHistory { participant { code } stance versionNumber } } }`;

export interface Tally {
  support: number;
  object: number;
  abstain: number;
  silent: number;
  entitled: { code: string }[];
  objectors: { code: string }[];
  quorumMet: boolean;
  attendanceComplete: boolean;
  consensus: boolean;
}

export interface Proposal {
  id: string;
  reference: string;
  title: string;
  procedure: string;
  status: string;
  deadline: string | null;
  withdrawalReason: string | null;
  body: { code: string };
  agendaItem: { id: string; title: string } | null;
  currentVersion: { number: number; text: string; changeNote: string | null; createdBy: { displayName: string } };
  versions: { number: number; text: string; changeNote: string | null }[];
  positions: {
    participant: { code: string };
    stance: string;
    versionNumber: number;
    statement: string | null;
    onBehalf: boolean;
  }[];
  tally: Tally;
  positionHistory?: { participant: { code: string }; stance: string; versionNumber: number }[];
}

export async function participantId(t: TestApp, code: string): Promise<string> {
  const { rows } = await t.sql.query<{ id: string }>('SELECT id FROM participant WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`no participant ${code}`);
  return rows[0].id;
}

export async function bodyId(t: TestApp, code: string): Promise<string> {
  const { rows } = await t.sql.query<{ id: string }>('SELECT id FROM body WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`no body ${code}`);
  return rows[0].id;
}

/** Codes of a body's members (kind PARTICIPANT), in code order. */
export async function memberCodes(t: TestApp, body: string): Promise<string[]> {
  const { rows } = await t.sql.query<{ code: string }>(
    `SELECT p.code FROM body_membership m JOIN participant p ON p.id = m.participant_id JOIN body b ON b.id = m.body_id
      WHERE b.code = $1 AND p.kind = 'PARTICIPANT' ORDER BY p.code`,
    [body],
  );
  return rows.map((r) => r.code);
}

export interface MeetingSetup {
  meetingId: string;
  agendaItemId: string;
}

/**
 * A meeting of `body` at `startsAt` with one DECISION item, set up by the secretariat through the
 * API: attendance recorded for each listed participant, then (unless `open: false`) opened.
 */
export async function meetingWithDecisionItem(
  t: TestApp,
  body: string,
  startsAt: string,
  attendance: Record<string, string>,
  opts: { open?: boolean; itemKind?: string } = {},
): Promise<MeetingSetup> {
  const sec = await t.as(SECRETARIAT);
  const ends = new Date(new Date(startsAt).getTime() + 3 * 3600_000).toISOString();
  const m = await sec.ok<{ scheduleMeeting: { id: string } }>(
    `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        bodyId: await bodyId(t, body),
        title: `${body} sitting ${startsAt}`,
        kind: 'REGULAR',
        startsAt,
        endsAt: ends,
      },
    },
  );
  const meetingId = m.scheduleMeeting.id;
  const item = await sec.ok<{ addAgendaItem: { id: string } }>(
    `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
    { input: { meetingId, title: 'Decision item', kind: opts.itemKind ?? 'DECISION' } },
  );
  for (const [code, status] of Object.entries(attendance)) await recordAttendance(t, meetingId, code, status);
  if (opts.open !== false) await openMeeting(t, meetingId);
  return { meetingId, agendaItemId: item.addAgendaItem.id };
}

export async function recordAttendance(
  t: TestApp,
  meetingId: string,
  code: string,
  status: string,
  as = SECRETARIAT,
): Promise<void> {
  const client = await t.as(as);
  await client.ok(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
    input: { meetingId, participantId: await participantId(t, code), status },
  });
}

export async function openMeeting(t: TestApp, meetingId: string): Promise<void> {
  const sec = await t.as(SECRETARIAT);
  await sec.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
}

/** Everyone listed PRESENT. */
export function present(codes: string[], status = 'PRESENT'): Record<string, string> {
  return Object.fromEntries(codes.map((c) => [c, status]));
}

export async function submit(
  client: GraphQLClient,
  agendaItemId: string,
  title = 'Admission of a new participant',
  text = 'The Plenary admits ...',
): Promise<Proposal> {
  return (await client.ok<{ submitProposal: Proposal }>(SUBMIT, { input: { agendaItemId, title, text } }))
    .submitProposal;
}

export async function open(client: GraphQLClient, id: string): Promise<Proposal> {
  return (await client.ok<{ openProposal: Proposal }>(OPEN, { id })).openProposal;
}

export async function read(client: GraphQLClient, id: string): Promise<Proposal> {
  return (await client.ok<{ proposal: Proposal }>(PROPOSAL, { id })).proposal;
}

/** `code`'s own delegate records its stance. */
export async function stance(
  t: TestApp,
  proposalId: string,
  code: string,
  s: string,
  extra: Record<string, unknown> = {},
) {
  const client = await t.as(delegateOf(code));
  return client.ok<{ recordPosition: { stance: string; onBehalf: boolean } }>(RECORD, {
    input: { proposalId, participantId: await participantId(t, code), stance: s, ...extra },
  });
}

export async function stanceRefused(
  t: TestApp,
  proposalId: string,
  code: string,
  s: string,
  extra: Record<string, unknown> = {},
) {
  const client = await t.as(delegateOf(code));
  return client.fails(RECORD, {
    input: { proposalId, participantId: await participantId(t, code), stance: s, ...extra },
  });
}

const TABLES = ['proposal', 'proposal_version', 'position', 'decision_record', 'counter', 'audit_entry'];

/** A digest of every row of the decision tables and the audit log. */
export function fingerprint(t: TestApp): Promise<Record<string, string>> {
  return tableFingerprint(t, TABLES);
}

/**
 * Runs an operation that must be refused with `code` (and `field`) and proves nothing changed: no
 * proposal, version, position, record, counter or audit row.
 */
export function refused(
  t: TestApp,
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): Promise<GraphQLErrorShape> {
  return expectRefusedUnchanged(t, TABLES, client, query, variables, code, field);
}

export async function auditOf(
  t: TestApp,
  action: string,
): Promise<{ entity: string; entity_id: string; details: Record<string, any>; actor_user_id: string | null }[]> {
  const { rows } = await t.sql.query(
    'SELECT entity, entity_id::text, details, actor_user_id FROM audit_entry WHERE action = $1 ORDER BY id',
    [action],
  );
  return rows;
}

/** An ISO instant `ms` from now. */
export const fromNow = (ms: number): string => new Date(Date.now() + ms).toISOString();
