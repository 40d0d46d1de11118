// / for a signed-in user: a delegate's participant, its bodies, the proposals awaiting its position
// and its upcoming meetings; the meetings a chair runs; the secretariat's drafts to publish; and,
// for whoever holds chair powers, the forms to schedule a meeting or start a written procedure.
import { useEffect, useMemo, useState } from 'react';
import { request } from '../api/client.js';
import { chairPowers, isSecretariat, useSession } from '../api/session.js';
import { useQuery } from '../api/use-query.js';
import { participantName } from '../components/participant.js';
import { Loading, Refusal } from '../components/feedback.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDateTime, formatSpan } from '../format.js';
import type { AwaitingProposalQuery, HomeQuery } from '../gql/graphql.js';
import { m } from '../messages.js';
import { Link } from '../router.js';
import { ScheduleMeetingForm, WrittenProcedureForm } from './home-forms.js';
import { AwaitingProposal, Drafts, Home, MeetingProposals } from './home-queries.js';

type Meeting = HomeQuery['meetings']['edges'][number]['node'];
type Body = HomeQuery['organization']['bodies'][number];
type Awaiting = NonNullable<AwaitingProposalQuery['proposal']> & { meetingTitle: string };

// Meetings that started up to two days ago may still be in session.
const since = () => new Date(Date.now() - 2 * 86400000).toISOString();

function MeetingList({
  meetings,
  bodies,
  timeZone,
  empty,
}: {
  meetings: Meeting[];
  bodies: Map<string, Body>;
  timeZone: string;
  empty: string;
}) {
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <ul className="cards">
      {meetings.map((mt) => (
        <li key={mt.id}>
          <Link href={`/meetings/${mt.id}`}>{mt.title}</Link>
          <span className="meta">
            {m.home.meetingLine(bodies.get(mt.body.id)?.name ?? '', m.words.meeting[mt.status])}
          </span>
          <span className="meta">{formatSpan(mt.startsAt, mt.endsAt, timeZone)}</span>
          {mt.location && <span className="meta">{mt.location}</span>}
        </li>
      ))}
    </ul>
  );
}

export default function HomePage() {
  const { me, timeZone } = useSession();
  const [from] = useState(since);
  const home = useQuery(Home, { from });
  const drafts = useQuery(Drafts, {}, { skip: !isSecretariat(me) });
  const [awaiting, setAwaiting] = useState<Awaiting[] | null>(null);
  const participant = me?.participant ?? null;

  const bodies = useMemo(() => new Map((home.data?.organization.bodies ?? []).map((b) => [b.id, b])), [home.data]);
  const meetings = useMemo(
    () =>
      (home.data?.meetings.edges ?? [])
        .map((e) => e.node)
        .filter((mt) => mt.status === 'SCHEDULED' || mt.status === 'IN_SESSION'),
    [home.data],
  );
  const myBodies = [...bodies.values()].filter((b) => participant && b.members.some((x) => x.id === participant.id));
  const observed = [...bodies.values()].filter((b) => participant && b.observers.some((x) => x.id === participant.id));
  const mine = meetings.filter((mt) => [...myBodies, ...observed].some((b) => b.id === mt.body.id));
  const toRun = meetings.filter((mt) =>
    chairPowers(me, bodies.get(mt.body.id)?.chairTerms ?? [], new Date(mt.startsAt), timeZone),
  );
  const now = new Date();
  const chairedBodies = [...bodies.values()].filter((b) => chairPowers(me, b.chairTerms, now, timeZone));

  // Open proposals in my bodies' meetings in session, on which my participant has no position yet.
  const inSession = mine.filter((mt) => mt.status === 'IN_SESSION' && myBodies.some((b) => b.id === mt.body.id));
  const sessionKey = inSession.map((mt) => mt.id).join(',');
  useEffect(() => {
    if (!participant) return;
    let live = true;
    // Two steps, each cheap for the API: the open proposals of each meeting, then the positions
    // taken on each of them.
    (async () => {
      const list: Awaiting[] = [];
      for (const id of sessionKey.split(',').filter(Boolean)) {
        const { meeting } = await request(MeetingProposals, { id });
        const open = (meeting?.agenda ?? []).flatMap((item) => item.proposals.filter((p) => p.status === 'OPEN'));
        for (const { id: proposalId } of open) {
          const { proposal } = await request(AwaitingProposal, { id: proposalId });
          if (proposal && !proposal.positions.some((x) => x.participant.id === participant.id))
            list.push({ ...proposal, meetingTitle: meeting!.title });
        }
      }
      if (live) setAwaiting(list);
    })().catch(() => live && setAwaiting([]));
    return () => {
      live = false;
    };
  }, [sessionKey, participant]);

  if (!me) return null;
  if (!home.data) return home.error ? <Refusal error={home.error} /> : <Loading />;
  return (
    <>
      <PageHeading title={m.home.title}>{m.home.welcome(me.displayName)}</PageHeading>
      {participant && (
        <section aria-labelledby="participant">
          <h2 id="participant">{m.home.yourParticipant}</h2>
          <p className="lead">
            {participantName(participant)} · {m.words.participantKind[participant.kind]} ·{' '}
            {m.words.participantStatus[participant.status]}
          </p>
          {myBodies.length + observed.length === 0 ? (
            <p>{m.home.noBodies}</p>
          ) : (
            <dl className="facts">
              {myBodies.length > 0 && (
                <>
                  <dt>{m.home.memberOf}</dt>
                  <dd>{m.app.list(myBodies.map((b) => b.name))}</dd>
                </>
              )}
              {observed.length > 0 && (
                <>
                  <dt>{m.home.observerIn}</dt>
                  <dd>{m.app.list(observed.map((b) => b.name))}</dd>
                </>
              )}
            </dl>
          )}
        </section>
      )}
      {participant && (
        <section aria-labelledby="awaiting">
          <h2 id="awaiting">{m.home.awaiting}</h2>
          {awaiting === null && inSession.length > 0 ? (
            <Loading />
          ) : (awaiting ?? []).length === 0 ? (
            <p>{m.home.awaitingNone}</p>
          ) : (
            <ul className="cards">
              {(awaiting ?? []).map((p) => (
                <li key={p.id}>
                  <Link href={`/proposals/${p.id}`}>{p.title}</Link>
                  <span className="meta">{p.reference}</span>
                  <span className="meta">
                    {p.deadline
                      ? m.home.deadline(formatDateTime(p.deadline, timeZone))
                      : m.home.inMeeting(p.meetingTitle)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="hint">{m.home.awaitingWrittenNote}</p>
        </section>
      )}
      {toRun.length > 0 && !isSecretariat(me) && (
        <section aria-labelledby="to-run">
          <h2 id="to-run">{m.home.toRun}</h2>
          <MeetingList meetings={toRun} bodies={bodies} timeZone={timeZone} empty={m.home.toRunNone} />
        </section>
      )}
      {participant && (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming">{m.home.upcoming}</h2>
          <MeetingList meetings={mine} bodies={bodies} timeZone={timeZone} empty={m.home.upcomingNone} />
        </section>
      )}
      {isSecretariat(me) && (
        <>
          <section aria-labelledby="drafts">
            <h2 id="drafts">{m.home.drafts}</h2>
            {drafts.data === undefined ? (
              drafts.error ? (
                <Refusal error={drafts.error} />
              ) : (
                <Loading />
              )
            ) : drafts.data.decisionRecords.edges.length === 0 ? (
              <p>{m.home.draftsNone}</p>
            ) : (
              <ul className="cards">
                {drafts.data.decisionRecords.edges.map(({ node: d }) => (
                  <li key={d.id}>
                    <span>{`${d.proposal.reference}: ${d.proposal.title}`}</span>
                    <span className="meta">
                      {d.body.name} · {m.words.outcome[d.outcome]}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link href="/desk">{m.home.draftsLink}</Link>
            </p>
          </section>
          <section aria-labelledby="all-meetings">
            <h2 id="all-meetings">{m.home.allMeetings}</h2>
            <MeetingList meetings={meetings} bodies={bodies} timeZone={timeZone} empty={m.home.allMeetingsNone} />
          </section>
        </>
      )}
      {chairedBodies.length > 0 && (
        <div className="columns">
          <ScheduleMeetingForm bodies={chairedBodies} timeZone={timeZone} onDone={() => void home.refetch()} />
          <WrittenProcedureForm bodies={chairedBodies} timeZone={timeZone} />
        </div>
      )}
    </>
  );
}
