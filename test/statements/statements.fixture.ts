// The statements stories' builder: a scene with a body, a meeting of it, a MEETING boycott of it
// and a written procedure of the body, all made through the API; and submitting a statement.
import type { GraphQLClient } from '../support/graphql-client.js';
import type { BodyFixture, MeetingsFixture, Party } from '../meetings/meetings.fixture.js';

export const SUBMIT = `mutation ($input: SubmitStatementInput!) {
  submitStatement(input: $input) {
    id title body submittedAt
    participant { code }
    submittedBy { displayName }
    meeting { id title }
    proposal { id reference }
    boycott { id scope participant { code } }
  }
}`;
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** The tables a refused statement must leave as they were. */
export const TABLES = ['statement', 'audit_entry'];

export interface StatementView {
  id: string;
  title: string;
  body: string;
  submittedAt: string;
  participant: { code: string };
  submittedBy: { displayName: string };
  meeting: { id: string; title: string } | null;
  proposal: { id: string; reference: string } | null;
  boycott: { id: string; scope: string; participant: { code: string } } | null;
}

/** A body, a meeting of it, a MEETING boycott of it by `boycotter` and a written procedure of the body. */
export interface Scene {
  body: BodyFixture;
  boycotter: Party;
  speaker: Party;
  observer: Party;
  meetingId: string;
  boycottId: string;
  proposal: { id: string; reference: string };
}

export async function submit(client: GraphQLClient, input: Record<string, unknown>): Promise<StatementView> {
  return (await client.ok<{ submitStatement: StatementView }>(SUBMIT, { input })).submitStatement;
}

export async function scene(fx: MeetingsFixture): Promise<Scene> {
  const body = await fx.body({ members: 3, observers: 1 });
  const [, boycotter, speaker] = body.members;
  const meetingId = await fx.meeting(body, '2026-11-02T08:00:00Z', { title: 'First sitting', location: 'Moscow' });
  const boycott = await (
    await boycotter.delegate()
  ).ok<{ declareBoycott: { id: string } }>(
    `mutation ($input: DeclareBoycottInput!) { declareBoycott(input: $input) { id } }`,
    {
      input: {
        participantId: boycotter.id,
        scope: 'MEETING',
        meetingId,
        statement: 'We will not sit in a meeting held in Moscow.',
      },
    },
  );
  const proposal = await fx.secretariat.ok<{ startWrittenProcedure: { id: string; reference: string } }>(
    `mutation ($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { id reference } }`,
    {
      input: {
        bodyId: body.id,
        title: 'Administrative decision on the budget',
        text: 'The body adopts the budget for 2027.',
        deadline: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
      },
    },
  );
  return {
    body,
    boycotter,
    speaker,
    observer: body.observers[0],
    meetingId,
    boycottId: boycott.declareBoycott.id,
    proposal: proposal.startWrittenProcedure,
  };
}
