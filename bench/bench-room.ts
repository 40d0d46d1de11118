// The room the benchmark measures, built through the public GraphQL API as a secretariat would:
// 85 made-up member participants each with its own delegate user (and token), a body seating them,
// a sitting where all are PRESENT, and two OPEN proposals: one written to under load, one read
// under load after every delegate has taken a position on it.

/** The room: 85 members, each with its own delegate. */
export const MEMBERS = 85;
export const ADMIN = { email: 'bench-admin@bench.example', password: 'bench-admin-password' };
const DELEGATE_PASSWORD = 'bench-delegate-password';

export class Gql {
  constructor(
    private readonly endpoint: string,
    readonly token?: string,
  ) {}

  /** The answer's data; throws on any GraphQL error. */
  async ok<T = Record<string, { id: string }>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.raw(query, variables);
    if ((body.errors as unknown[] | undefined)?.length || !body.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    }
    return body.data as T;
  }

  /** The whole parsed answer, as a client sees it. */
  async raw(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Record<string, unknown>;
  }
}

async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i], i);
      }
    }),
  );
  return out;
}

async function login(endpoint: string, email: string, password: string): Promise<Gql> {
  const data = await new Gql(endpoint).ok<{ login: { token: string } }>(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return new Gql(endpoint, data.login.token);
}

export interface Delegate {
  participantId: string;
  userId: string;
  token: string;
}

export interface Room {
  admin: Gql;
  delegates: Delegate[];
  writeProposalId: string;
  readProposalId: string;
}

/** The stances taken on the read proposal, in turn: a tally with every count non-zero. */
const READ_STANCES = ['SUPPORT', 'SUPPORT', 'ABSTAIN', 'OBJECT'];

/** Builds the room through the API as the admin (who holds every secretariat power). */
export async function buildRoom(endpoint: string): Promise<Room> {
  const admin = await login(endpoint, ADMIN.email, ADMIN.password);
  const codes = Array.from({ length: MEMBERS }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
  const delegates = await inBatches(codes, 4, async (code): Promise<Delegate> => {
    const p = await admin.ok(`mutation ($i: CreateParticipantInput!) { createParticipant(input: $i) { id } }`, {
      i: { code, name: `Participant ${code}`, kind: 'PARTICIPANT' },
    });
    const email = `${code.toLowerCase()}@bench.example`;
    const u = await admin.ok(`mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: {
        email,
        displayName: `Delegate of ${code}`,
        password: DELEGATE_PASSWORD,
        role: 'DELEGATE',
        participantId: p.createParticipant.id,
      },
    });
    const client = await login(endpoint, email, DELEGATE_PASSWORD);
    return { participantId: p.createParticipant.id, userId: u.createUser.id, token: client.token as string };
  });
  const body = await admin.ok(`mutation ($i: CreateBodyInput!) { createBody(input: $i) { id } }`, {
    i: { name: 'Bench room', code: 'BENCH', kind: 'WORKING_GROUP', memberIds: delegates.map((m) => m.participantId) },
  });
  const starts = new Date();
  const meeting = await admin.ok(`mutation ($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`, {
    i: {
      bodyId: body.createBody.id,
      title: 'Bench sitting',
      kind: 'REGULAR',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 8 * 3600_000).toISOString(),
    },
  });
  const meetingId = meeting.scheduleMeeting.id;
  const item = await admin.ok(`mutation ($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }`, {
    i: { meetingId, title: 'Decisions', kind: 'DECISION' },
  });
  await inBatches(delegates, 8, (m) =>
    admin.ok(`mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { status } }`, {
      i: { meetingId, participantId: m.participantId, status: 'PRESENT' },
    }),
  );
  await admin.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
  const openProposal = async (title: string) => {
    const p = await admin.ok(`mutation ($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }`, {
      i: { agendaItemId: item.addAgendaItem.id, title, text: `${title}: the text.` },
    });
    await admin.ok(`mutation ($id: ID!) { openProposal(proposalId: $id) { status } }`, { id: p.submitProposal.id });
    return p.submitProposal.id;
  };
  const writeProposalId = await openProposal('Written to under load');
  const readProposalId = await openProposal('Read under load');
  await inBatches(delegates, 8, (m, i) =>
    new Gql(endpoint, m.token).ok(`mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance } }`, {
      i: { proposalId: readProposalId, participantId: m.participantId, stance: READ_STANCES[i % READ_STANCES.length] },
    }),
  );
  return { admin, delegates, writeProposalId, readProposalId };
}

/**
 * Closes the read proposal and publishes its record through the API: one real published entry,
 * the model for the chain fixture. Answers the record's id.
 */
export async function publishOneRecord(room: Room): Promise<string> {
  const closed = await room.admin.ok<{ closeProposal: { id: string } }>(
    `mutation ($id: ID!) { closeProposal(proposalId: $id) { id } }`,
    { id: room.readProposalId },
  );
  await room.admin.ok(`mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { number } }`, {
    id: closed.closeProposal.id,
  });
  return closed.closeProposal.id;
}
