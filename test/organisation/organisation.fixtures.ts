// A small fixture builder for the organisation area: each test builds the participants, bodies,
// chair terms and delegates it needs through the API, as the secretariat and the admin would, so no
// test leans on what another test left behind. Codes are fresh per call (`P-1`, `B-2`, ...: the
// demo data never uses a dash), so fixtures never collide with the demo organisation or each other.
import type { TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

export interface ParticipantFixture {
  id: string;
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
}

export interface BodyFixture {
  id: string;
  code: string;
  name: string;
}

export interface ChairTermFixture {
  id: string;
  role: 'CHAIR' | 'VICE_CHAIR';
  startsOn: string;
  endsOn: string | null;
}

export interface DelegateFixture {
  id: string;
  email: string;
  password: string;
  /** Signed in as this delegate. */
  client: GraphQLClient;
}

const DELEGATE_PASSWORD = 'a fixture password';
let counter = 0;

export class OrganisationFixtures {
  private constructor(
    private readonly t: TestApp,
    readonly secretariat: GraphQLClient,
    readonly admin: GraphQLClient,
  ) {}

  static async on(t: TestApp): Promise<OrganisationFixtures> {
    return new OrganisationFixtures(t, await t.as('secretariat@kp.example'), await t.as('admin@kp.example'));
  }

  /** A code no one else uses in this test file: `prefix-n`. */
  code(prefix: string): string {
    return `${prefix}-${++counter}`;
  }

  async participant(
    opts: { kind?: ParticipantFixture['kind']; name?: string; code?: string } = {},
  ): Promise<ParticipantFixture> {
    const kind = opts.kind ?? 'PARTICIPANT';
    const code = opts.code ?? this.code(kind === 'PARTICIPANT' ? 'P' : 'O');
    const { createParticipant } = await this.secretariat.ok<{ createParticipant: ParticipantFixture }>(
      `mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id code name kind } }`,
      { input: { code, name: opts.name ?? `Participant ${code}`, kind } },
    );
    return createParticipant;
  }

  observer(opts: { name?: string } = {}): Promise<ParticipantFixture> {
    return this.participant({ ...opts, kind: 'OBSERVER' });
  }

  /** `n` new participants of kind PARTICIPANT. */
  async participants(n: number): Promise<ParticipantFixture[]> {
    const made: ParticipantFixture[] = [];
    for (let i = 0; i < n; i++) made.push(await this.participant());
    return made;
  }

  async body(
    opts: {
      members?: ParticipantFixture[];
      observers?: ParticipantFixture[];
      quorum?: number | null;
      kind?: 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';
      name?: string;
      code?: string;
    } = {},
  ): Promise<BodyFixture> {
    const code = opts.code ?? this.code('B');
    const { createBody } = await this.secretariat.ok<{ createBody: BodyFixture }>(
      `mutation ($input: CreateBodyInput!) { createBody(input: $input) { id code name } }`,
      {
        input: {
          name: opts.name ?? `Body ${code}`,
          code,
          kind: opts.kind ?? 'WORKING_GROUP',
          quorum: opts.quorum ?? null,
          memberIds: (opts.members ?? []).map((p) => p.id),
          observerIds: (opts.observers ?? []).map((p) => p.id),
        },
      },
    );
    return createBody;
  }

  async chairTerm(
    body: BodyFixture,
    participant: ParticipantFixture,
    opts: { role?: ChairTermFixture['role']; startsOn: string; endsOn?: string | null },
  ): Promise<ChairTermFixture> {
    const { assignChair } = await this.secretariat.ok<{ assignChair: ChairTermFixture }>(
      `mutation ($input: AssignChairInput!) { assignChair(input: $input) { id role startsOn endsOn } }`,
      {
        input: {
          bodyId: body.id,
          participantId: participant.id,
          role: opts.role ?? 'CHAIR',
          startsOn: opts.startsOn,
          endsOn: opts.endsOn ?? null,
        },
      },
    );
    return assignChair;
  }

  async suspend(participant: ParticipantFixture): Promise<void> {
    await this.secretariat.ok(
      `mutation ($id: ID!) { setParticipantStatus(participantId: $id, status: SUSPENDED) { id } }`,
      { id: participant.id },
    );
  }

  /** A new delegate of the participant, created by the admin and signed in. */
  async delegate(participant: ParticipantFixture): Promise<DelegateFixture> {
    const email = `${this.code('d').toLowerCase()}@fixture.example`;
    const { createUser } = await this.admin.ok<{ createUser: { id: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email,
          displayName: `Delegate of ${participant.code}`,
          password: DELEGATE_PASSWORD,
          role: 'DELEGATE',
          participantId: participant.id,
        },
      },
    );
    return { id: createUser.id, email, password: DELEGATE_PASSWORD, client: await this.t.as(email, DELEGATE_PASSWORD) };
  }
}
