// A meeting in session with an open proposal, set up through the public API as the Participation
// Committee's chair (the EU delegate) would: for the page measurement and the browser tests that
// need the scene but are about something else.
export const DEMO_PASSWORD = 'concord-demo';

export async function gql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.message} (in ${query.slice(0, 60)}…)`);
  return body.data!;
}

export async function signInToken(base: string, email: string): Promise<string> {
  const { login } = await gql<{ login: { token: string } }>(
    base,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return login.token;
}

type Org = {
  organization: {
    bodies: { id: string; code: string; members: { id: string; code: string }[] }[];
    participants: { id: string; code: string }[];
  };
};

/**
 * Schedules, fills and opens a PC meeting, then submits and opens a proposal on it. With `boycott`,
 * the Russian delegate first declares a boycott of the meeting with that statement (and the roll
 * call leaves Russia to it).
 */
export async function openProposalScene(
  base: string,
  label: string,
  options: { boycott?: string } = {},
): Promise<{ meetingId: string; proposalId: string; participants: Map<string, string> }> {
  const token = await signInToken(base, 'eu@kp.example');
  const call = <T>(query: string, variables: Record<string, unknown> = {}) => gql<T>(base, query, variables, token);
  const { organization } = await call<Org>(
    '{ organization { bodies { id code members { id code } } participants { id code } } }',
  );
  const participants = new Map(organization.participants.map((p) => [p.code, p.id]));
  const pc = organization.bodies.find((b) => b.code === 'PC')!;
  const startsAt = new Date(Date.now() + 3 * 86400000).toISOString();
  const endsAt = new Date(Date.now() + 3 * 86400000 + 3600000).toISOString();
  const { scheduleMeeting } = await call<{ scheduleMeeting: { id: string } }>(
    'mutation ($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
    { i: { bodyId: pc.id, title: `${label} session`, kind: 'REGULAR', startsAt, endsAt } },
  );
  const meetingId = scheduleMeeting.id;
  const { addAgendaItem } = await call<{ addAgendaItem: { id: string } }>(
    'mutation ($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }',
    { i: { meetingId, title: 'Any other business', kind: 'DECISION' } },
  );
  if (options.boycott)
    await gql(
      base,
      'mutation ($i: DeclareBoycottInput!) { declareBoycott(input: $i) { id } }',
      { i: { participantId: participants.get('RU'), scope: 'MEETING', meetingId, statement: options.boycott } },
      await signInToken(base, 'ru@kp.example'),
    );
  for (const member of pc.members.filter((p) => !(options.boycott && p.code === 'RU')))
    await call('mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { status } }', {
      i: { meetingId, participantId: member.id, status: 'PRESENT' },
    });
  await call('mutation ($id: ID!) { openMeeting(meetingId: $id) { id } }', { id: meetingId });
  const { submitProposal } = await call<{ submitProposal: { id: string } }>(
    'mutation ($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }',
    {
      i: { agendaItemId: addAgendaItem.id, title: label, text: 'The Committee thanks its host for the arrangements.' },
    },
  );
  await call('mutation ($id: ID!) { openProposal(proposalId: $id) { id } }', { id: submitProposal.id });
  return { meetingId, proposalId: submitProposal.id, participants };
}

/** Delegates take positions on the proposal (code, stance, statement), then the chair closes it. */
export async function decide(
  base: string,
  proposalId: string,
  participants: Map<string, string>,
  positions: [code: string, stance: 'SUPPORT' | 'OBJECT' | 'ABSTAIN', statement: string | null][],
): Promise<void> {
  for (const [code, stance, statement] of positions)
    await gql(
      base,
      'mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance } }',
      { i: { proposalId, participantId: participants.get(code), stance, statement } },
      await signInToken(base, `${code.toLowerCase()}@kp.example`),
    );
  await gql(
    base,
    'mutation ($id: ID!) { closeProposal(proposalId: $id) { id } }',
    { id: proposalId },
    await signInToken(base, 'eu@kp.example'),
  );
}
