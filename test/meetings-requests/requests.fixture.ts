// The meeting requests stories' builder: a body with a chair in office, a vice-chair and a chair of
// 2022 (their delegates sign in when first asked for), a member and an observer; asking for a
// meeting through the API; the meeting an acceptance convenes. Built on the meetings fixture.
import type { GraphQLClient } from '../support/graphql-client.js';
import type { BodyFixture, MeetingsFixture, Party } from '../meetings/meetings.fixture.js';

export const REQUEST = `mutation ($input: RequestMeetingInput!) {
  requestMeeting(input: $input) { id subject justification status response createdAt body { code } requestedBy { code } meeting { id } }
}`;
export const RESPOND = `mutation ($input: RespondToMeetingRequestInput!) {
  respondToMeetingRequest(input: $input) {
    id status response
    meeting { id title kind status startsAt endsAt location body { code } }
  }
}`;
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** The tables a refused request or answer must leave as they were. */
export const TABLES = ['meeting_request', 'meeting', 'audit_entry'];

export interface RequestAnswer {
  id: string;
  status: string;
  response: string | null;
  meeting: {
    id: string;
    title: string;
    kind: string;
    status: string;
    startsAt: string;
    endsAt: string;
    location: string | null;
    body: { code: string };
  } | null;
}

/**
 * A body chaired by members[0] from 2026 (members[1] vice-chair) and by members[2] in 2022; their
 * delegates sign in when first asked for.
 */
export interface Plenary {
  body: BodyFixture;
  chair: () => Promise<GraphQLClient>;
  vice: () => Promise<GraphQLClient>;
  pastChair: () => Promise<GraphQLClient>;
  member: Party;
  observer: Party;
}

export async function plenary(fx: MeetingsFixture): Promise<Plenary> {
  const body = await fx.body({
    members: 4,
    observers: 1,
    chairFrom: '2026-01-01',
    viceChair: true,
    pastChair: ['2022-01-01', '2022-12-31'],
  });
  return {
    body,
    chair: body.members[0].delegate,
    vice: body.members[1].delegate,
    pastChair: body.members[2].delegate,
    member: body.members[3],
    observer: body.observers[0],
  };
}

/** `by`'s delegate asks the body to meet; the request's id. */
export async function request(p: Plenary, by: Party, subject = 'Extraordinary session on the review'): Promise<string> {
  const res = await (
    await by.delegate()
  ).ok<{ requestMeeting: { id: string } }>(REQUEST, {
    input: {
      bodyId: p.body.id,
      participantId: by.id,
      subject,
      justification: 'The review cannot wait for the regular session.',
    },
  });
  return res.requestMeeting.id;
}

/** The meeting an acceptance convenes (of the request's own body unless changed). */
export function meetingInput(p: Plenary, over: Record<string, unknown> = {}) {
  return {
    bodyId: p.body.id,
    title: 'Extraordinary session on the review',
    kind: 'EXTRAORDINARY',
    startsAt: '2026-12-01T09:00:00.000Z',
    endsAt: '2026-12-01T17:00:00.000Z',
    location: 'Gaborone',
    ...over,
  };
}

/** How many meetings a body has, read through GraphQL. */
export async function meetingsOf(client: GraphQLClient, bodyId: string): Promise<number> {
  const data = await client.ok(`query ($id: ID!) { body(id: $id) { meetings { edges { node { id } } } } }`, {
    id: bodyId,
  });
  return data.body.meetings.edges.length;
}
