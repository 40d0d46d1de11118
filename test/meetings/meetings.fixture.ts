// The meetings area's fixture builder: what one test needs, built through the API as a secretariat
// would (participants, their delegates, a body with a chair, meetings), so that every `it` stands on
// its own: each gets a fresh body with fresh participants, and no test sees another's boycotts,
// suspensions, meetings or chair terms. Reads go through GraphQL too (meeting views, the audit log).
import type { TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

export const SECRETARIAT = 'secretariat@kp.example';
const ADMIN = 'admin@kp.example';
const PASSWORD = 'a-long-delegate-password';

/** A participant of the fixture and, on demand, a signed-in delegate of it. */
export interface Party {
  id: string;
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
  /** A client signed in as this participant's delegate (made on first use). */
  delegate(): Promise<GraphQLClient>;
}

export interface BodyFixture {
  id: string;
  code: string;
  /** Members (kind PARTICIPANT), in code order; members[0] chairs from `chairFrom`. */
  members: Party[];
  observers: Party[];
  chair: Party;
}

export interface BodyOptions {
  members?: number;
  observers?: number;
  quorum?: number | null;
  /** The first day of members[0]'s open-ended CHAIR term ('YYYY-MM-DD'). */
  chairFrom?: string;
  /** Members[1] holds a VICE_CHAIR term from the same day. */
  viceChair?: boolean;
  /** Members[2] held the CHAIR over these days before (e.g. ['2022-01-01', '2022-12-31']). */
  pastChair?: [startsOn: string, endsOn: string];
}

export interface AuditView {
  action: string;
  entity: string;
  entityId: string;
  details: Record<string, any>;
  actor: { email: string } | null;
}

let serial = 0;
/** A code no other build in this process used: a letter, four random characters, a counter. */
function freshCode(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 6).toUpperCase();
  return `${prefix}${random}${(serial++).toString(36).toUpperCase()}`.slice(0, 16);
}

export class MeetingsFixture {
  private constructor(
    readonly t: TestApp,
    readonly secretariat: GraphQLClient,
    private readonly admin: GraphQLClient,
  ) {}

  static async create(t: TestApp): Promise<MeetingsFixture> {
    return new MeetingsFixture(t, await t.as(SECRETARIAT), await t.as(ADMIN));
  }

  /** A fresh participant (or observer), with a delegate made when first asked for. */
  async party(kind: Party['kind'] = 'PARTICIPANT', name?: string): Promise<Party> {
    const code = freshCode(kind === 'OBSERVER' ? 'O' : 'P');
    const res = await this.secretariat.ok<{ createParticipant: { id: string } }>(
      `mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { code, name: name ?? `Participant ${code}`, kind } },
    );
    const id = res.createParticipant.id;
    let client: Promise<GraphQLClient> | null = null;
    const delegate = () => (client ??= this.makeDelegate(id, code));
    return { id, code, name: name ?? `Participant ${code}`, kind, delegate };
  }

  /** `n` fresh participants of one kind, made a few at a time. */
  async parties(n: number, kind: Party['kind'] = 'PARTICIPANT'): Promise<Party[]> {
    const made: Party[] = [];
    while (made.length < n) {
      const batch = Math.min(8, n - made.length);
      made.push(...(await Promise.all(Array.from({ length: batch }, () => this.party(kind)))));
    }
    return made;
  }

  private async makeDelegate(participantId: string, code: string): Promise<GraphQLClient> {
    const email = `${code.toLowerCase()}@fixture.example`;
    await this.admin.ok(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email, displayName: `Delegate of ${code}`, password: PASSWORD, role: 'DELEGATE', participantId },
    });
    return this.t.as(email, PASSWORD);
  }

  /** A fresh body of fresh participants; members[0] chairs it from `chairFrom` (default 2020-01-01). */
  async body(opts: BodyOptions = {}): Promise<BodyFixture> {
    const members = await this.parties(opts.members ?? 3, 'PARTICIPANT');
    const observers = await this.parties(opts.observers ?? 1, 'OBSERVER');
    members.sort((a, b) => (a.code < b.code ? -1 : 1));
    observers.sort((a, b) => (a.code < b.code ? -1 : 1));
    const code = freshCode('B');
    const res = await this.secretariat.ok<{ createBody: { id: string } }>(
      `mutation ($input: CreateBodyInput!) { createBody(input: $input) { id } }`,
      {
        input: {
          name: `Committee ${code}`,
          code,
          kind: 'COMMITTEE',
          quorum: opts.quorum ?? null,
          memberIds: members.map((m) => m.id),
          observerIds: observers.map((o) => o.id),
        },
      },
    );
    const body = { id: res.createBody.id, code, members, observers, chair: members[0] };
    const startsOn = opts.chairFrom ?? '2020-01-01';
    await this.assignChair(body.id, members[0].id, 'CHAIR', startsOn);
    if (opts.viceChair) await this.assignChair(body.id, members[1].id, 'VICE_CHAIR', startsOn);
    if (opts.pastChair) await this.assignChair(body.id, members[2].id, 'CHAIR', ...opts.pastChair);
    return body;
  }

  /** Seats more participants on a body (as members or observers, by their kind). */
  async seat(body: { id: string }, ...parties: { id: string }[]): Promise<void> {
    for (const p of parties) {
      await this.secretariat.ok(`mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }`, {
        b: body.id,
        p: p.id,
      });
    }
  }

  /** A chair term; answers its id. */
  async assignChair(
    bodyId: string,
    participantId: string,
    role: 'CHAIR' | 'VICE_CHAIR',
    startsOn: string,
    endsOn?: string,
  ): Promise<string> {
    const res = await this.secretariat.ok<{ assignChair: { id: string } }>(
      `mutation ($input: AssignChairInput!) { assignChair(input: $input) { id } }`,
      { input: { bodyId, participantId, role, startsOn, endsOn } },
    );
    return res.assignChair.id;
  }

  /** Schedules a two-hour meeting of the body (by the secretariat unless `by` is given); its id. */
  async meeting(
    body: { id: string },
    startsAt = '2026-09-01T09:00:00Z',
    opts: { title?: string; by?: GraphQLClient; location?: string | null } = {},
  ): Promise<string> {
    const endsAt = new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString();
    const res = await (opts.by ?? this.secretariat).ok<{ scheduleMeeting: { id: string } }>(
      `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          bodyId: body.id,
          title: opts.title ?? `Meeting of ${startsAt}`,
          kind: 'REGULAR',
          startsAt,
          endsAt,
          location: opts.location === undefined ? 'Geneva' : opts.location,
        },
      },
    );
    return res.scheduleMeeting.id;
  }

  async open(meetingId: string, by: GraphQLClient = this.secretariat): Promise<void> {
    await by.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { id } }`, { id: meetingId });
  }

  async adjourn(meetingId: string, by: GraphQLClient = this.secretariat): Promise<void> {
    await by.ok(`mutation ($id: ID!) { adjournMeeting(meetingId: $id) { id } }`, { id: meetingId });
  }

  async cancel(meetingId: string, reason = 'No longer needed', by: GraphQLClient = this.secretariat): Promise<void> {
    await by.ok(`mutation ($id: ID!, $r: String!) { cancelMeeting(meetingId: $id, reason: $r) { id } }`, {
      id: meetingId,
      r: reason,
    });
  }

  async setStatus(participant: { id: string }, status: 'ACTIVE' | 'SUSPENDED'): Promise<void> {
    await this.secretariat.ok(
      `mutation ($p: ID!, $s: ParticipantStatus!) { setParticipantStatus(participantId: $p, status: $s) { id } }`,
      { p: participant.id, s: status },
    );
  }

  /** The audit entries of one entity, oldest first, read through auditLog. */
  async audit(entityId: string, action?: string): Promise<AuditView[]> {
    const res = await this.secretariat.ok<{
      auditLog: { edges: { node: Omit<AuditView, 'details'> & { details: string } }[] };
    }>(
      `query ($id: ID!) { auditLog(entityId: $id, first: 500) { edges { node { action entity entityId details actor { email } } } } }`,
      { id: entityId },
    );
    return res.auditLog.edges
      .map((e) => ({ ...e.node, details: JSON.parse(e.node.details) as Record<string, any> }))
      .filter((e) => action === undefined || e.action === action)
      .reverse();
  }

  /** The one audit entry of `action` on an entity (fails unless there is exactly one). */
  async onlyAudit(entityId: string, action: string): Promise<AuditView> {
    const entries = await this.audit(entityId, action);
    if (entries.length !== 1) throw new Error(`expected one ${action} entry on ${entityId}, found ${entries.length}`);
    return entries[0];
  }
}
