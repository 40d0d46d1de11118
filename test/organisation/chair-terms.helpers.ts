// What the chair-term tests send and read: the two mutations, an assignChair input, a body's terms
// and who chairs it at an instant (read as any delegate reads them).
import type { GraphQLClient } from '../support/graphql-client.js';
import type { BodyFixture, ParticipantFixture } from './organisation.fixtures.js';

export const ASSIGN = `mutation ($input: AssignChairInput!) {
  assignChair(input: $input) { id role startsOn endsOn body { code } participant { code } } }`;
export const END = `mutation ($termId: ID!, $endsOn: Date!) {
  endChairTerm(termId: $termId, endsOn: $endsOn) { id role startsOn endsOn participant { code } } }`;

export interface Term {
  id: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
  body?: { code: string };
  participant: { code: string };
}

export function assign(
  body: BodyFixture,
  participant: ParticipantFixture,
  role: string,
  startsOn: string,
  endsOn: string | null = null,
) {
  return { input: { bodyId: body.id, participantId: participant.id, role, startsOn, endsOn } };
}

export async function termsOf(reader: GraphQLClient, body: BodyFixture): Promise<Term[]> {
  const { body: read } = await reader.ok<{ body: { chairTerms: Term[] } }>(
    'query ($id: ID!) { body(id: $id) { chairTerms { id role startsOn endsOn participant { code } } } }',
    { id: body.id },
  );
  return read.chairTerms;
}

/** The code of the participant holding the CHAIR term in force at `at`, or null. */
export async function chairOn(reader: GraphQLClient, body: BodyFixture, at: string): Promise<string | null> {
  const { body: read } = await reader.ok<{ body: { chair: Term | null } }>(
    'query ($id: ID!, $at: DateTime) { body(id: $id) { chair(at: $at) { participant { code } } } }',
    { id: body.id, at },
  );
  return read.chair?.participant.code ?? null;
}
