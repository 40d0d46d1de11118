// /proposals/{id}: the text (and its versions), the live tally, the delegate's position and the
// chair's console. Everything on it follows proposalUpdated; the text a delegate reads changes only
// when the delegate chooses to read an amendment, so no one takes a position on words they never saw.
import { useEffect, useState } from 'react';
import { useLive } from '../api/live.js';
import { chairPowers, useSession } from '../api/session.js';
import { useAction } from '../api/use-action.js';
import { useQuery } from '../api/use-query.js';
import { Countdown } from '../components/countdown.js';
import { Loading, Refusal, StatusNote } from '../components/feedback.js';
import { PageHeading } from '../components/page-heading.js';
import { participantName } from '../components/participant.js';
import { formatDateTime } from '../format.js';
import type { ProposalFieldsFragment } from '../gql/graphql.js';
import { m } from '../messages.js';
import { Link, recordPath } from '../router.js';
import { ChairConsole } from './proposal-chair.js';
import { ProposalLive, ProposalPageQuery } from './proposal-queries.js';
import { StanceForm } from './proposal-stance.js';
import { TallyRegion } from './proposal-tally.js';
import { ProposalText } from './proposal-text.js';

function Outcome({ proposal }: { proposal: ProposalFieldsFragment }) {
  const record = proposal.decisionRecord;
  if (proposal.status === 'WITHDRAWN')
    return <p className="notice">{m.proposal.withdrawn(proposal.withdrawalReason ?? '')}</p>;
  if (proposal.status !== 'ADOPTED' && proposal.status !== 'NOT_ADOPTED') return null;
  return (
    <section aria-labelledby="outcome" className="notice">
      <h2 id="outcome">{m.proposal.outcome}</h2>
      <p>
        <strong className={`outcome ${proposal.status}`}>{m.words.proposal[proposal.status]}</strong>
      </p>
      {record?.number ? (
        <p>
          {m.proposal.record}: <Link href={recordPath(record.number)}>{m.proposal.recordPublished(record.number)}</Link>
        </p>
      ) : (
        <p>{m.proposal.recordDraft}</p>
      )}
    </section>
  );
}

export default function ProposalPage({ id }: { id: string }) {
  const { me, timeZone } = useSession();
  const query = useQuery(ProposalPageQuery, { id });
  const chairAction = useAction();
  const [readVersion, setReadVersion] = useState<number | null>(null);
  const proposal = query.data?.proposal;
  const up = useLive(
    ProposalLive,
    { id },
    (d) => query.setData(() => ({ proposal: d.proposalUpdated })),
    () => void query.refetch(),
    proposal != null,
  );
  useEffect(() => {
    if (proposal && readVersion === null) setReadVersion(proposal.currentVersion.number);
  }, [proposal, readVersion]);

  if (!proposal)
    return query.loading ? <Loading /> : query.error ? <Refusal error={query.error} /> : <p>{m.proposal.notFound}</p>;
  const read = readVersion ?? proposal.currentVersion.number;
  const meeting = proposal.agendaItem?.meeting ?? null;
  // Chair powers: at the meeting's start for a proposal in a meeting, now for a written procedure.
  const at = meeting ? new Date(meeting.startsAt) : new Date();
  const chair = chairPowers(me, proposal.body.chairTerms, at, timeZone);
  const participantId = me?.participant?.id ?? null;
  const positions = proposal.positions.filter((p) => p.versionNumber === proposal.currentVersion.number);

  return (
    <article>
      <PageHeading title={proposal.title} />
      <dl className="facts">
        <dt>{m.proposal.reference}</dt>
        <dd>{proposal.reference}</dd>
        <dt>{m.proposal.status}</dt>
        <dd>
          <strong className={`tag ${proposal.status}`}>{m.words.proposal[proposal.status]}</strong>
        </dd>
        <dt>{m.proposal.procedure}</dt>
        <dd>{m.words.procedure[proposal.procedure]}</dd>
        <dt>{m.proposal.body}</dt>
        <dd>{proposal.body.name}</dd>
        {meeting && proposal.agendaItem && (
          <>
            <dt>{m.proposal.meeting}</dt>
            <dd>
              <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link> ({m.words.meeting[meeting.status]})
            </dd>
            <dt>{m.proposal.item}</dt>
            <dd>{m.meeting.itemLine(proposal.agendaItem.position, proposal.agendaItem.title)}</dd>
          </>
        )}
        {proposal.deadline && (
          <>
            <dt>{m.proposal.deadline}</dt>
            <dd>
              <Countdown deadline={proposal.deadline} timeZone={timeZone} />
            </dd>
          </>
        )}
      </dl>
      <p className="live-note">{up ? m.app.live : m.app.liveOff}</p>
      <Outcome proposal={proposal} />
      <div className="proposal-grid">
        <div>
          <ProposalText
            proposal={proposal}
            readVersion={read}
            onRead={() => setReadVersion(proposal.currentVersion.number)}
            timeZone={timeZone}
          />
          {participantId && proposal.status === 'OPEN' && (
            <StanceForm
              proposal={proposal}
              participantId={participantId}
              readVersion={read}
              onRecorded={query.refetch}
              onStale={() => void query.refetch()}
            />
          )}
          {participantId && proposal.status === 'DRAFT' && <p className="notice">{m.proposal.notOpen}</p>}
        </div>
        <div>
          <TallyRegion tally={proposal.tally} open={proposal.status === 'OPEN'} />
          {chair && (
            <ChairConsole proposal={proposal} action={chairAction} reload={query.refetch} onAmended={setReadVersion} />
          )}
          <Refusal error={chairAction.error} />
          <StatusNote text={chairAction.done} />
        </div>
      </div>
      <section aria-labelledby="positions">
        <h2 id="positions">{m.proposal.positions}</h2>
        {positions.length === 0 ? (
          <p>{m.proposal.positionsNone}</p>
        ) : (
          <ul className="rows">
            {positions.map((p) => (
              <li key={p.participant.id}>
                <span className="who">{participantName(p.participant)}</span>{' '}
                <strong className={`stance ${p.stance}`}>{m.words.stance[p.stance]}</strong>{' '}
                <span className="meta">{formatDateTime(p.recordedAt, timeZone)}</span>
                {p.onBehalf && <span className="meta"> · {m.proposal.onBehalf(p.recordedBy.displayName)}</span>}
                {p.statement && <blockquote>{p.statement}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
