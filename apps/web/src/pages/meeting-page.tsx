// /meetings/{id}: the meeting as it stands (live through meetingUpdated), its attendance and agenda,
// and for whoever holds chair powers on its date, the chair's console: open, adjourn, attendance
// one click per participant, agenda items and proposals.
import { request } from '../api/client.js';
import { useLive } from '../api/live.js';
import { chairPowers, useSession } from '../api/session.js';
import { useAction } from '../api/use-action.js';
import { useQuery } from '../api/use-query.js';
import { Loading, Refusal, StatusNote } from '../components/feedback.js';
import { PageHeading } from '../components/page-heading.js';
import { participantName } from '../components/participant.js';
import { formatDateTime, formatSpan } from '../format.js';
import { m } from '../messages.js';
import { AgendaForms, AgendaList } from './meeting-agenda.js';
import { AttendancePanel } from './meeting-attendance.js';
import { AdjournMeeting, MeetingLive, MeetingPageQuery, OpenMeeting } from './meeting-queries.js';

export default function MeetingPage({ id }: { id: string }) {
  const { me, timeZone } = useSession();
  const query = useQuery(MeetingPageQuery, { id });
  const action = useAction();
  const up = useLive(
    MeetingLive,
    { id },
    (d) => query.setData(() => ({ meeting: d.meetingUpdated })),
    () => void query.refetch(),
    query.data?.meeting != null,
  );
  const meeting = query.data?.meeting;
  if (!meeting)
    return query.loading ? <Loading /> : query.error ? <Refusal error={query.error} /> : <p>{m.meeting.notFound}</p>;

  const chair = chairPowers(me, meeting.body.chairTerms, new Date(meeting.startsAt), timeZone);
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'IN_SESSION';
  const run = (which: 'open' | 'adjourn') =>
    void action.run(async () => {
      const meeting =
        which === 'open'
          ? (await request(OpenMeeting, { id })).openMeeting
          : (await request(AdjournMeeting, { id })).adjournMeeting;
      query.setData(() => ({ meeting }));
      return which === 'open' ? m.meeting.opened : m.meeting.adjourned;
    });

  return (
    <article>
      <PageHeading title={meeting.title} />
      <dl className="facts">
        <dt>{m.meeting.body}</dt>
        <dd>{meeting.body.name}</dd>
        <dt>{m.meeting.kind}</dt>
        <dd>{m.words.meetingKind[meeting.kind]}</dd>
        <dt>{m.meeting.status}</dt>
        <dd>
          <strong className={`tag ${meeting.status}`}>{m.words.meeting[meeting.status]}</strong>
        </dd>
        <dt>{m.meeting.when}</dt>
        <dd>{formatSpan(meeting.startsAt, meeting.endsAt, timeZone)}</dd>
        {meeting.location && (
          <>
            <dt>{m.meeting.where}</dt>
            <dd>{meeting.location}</dd>
          </>
        )}
        <dt>{m.meeting.chair}</dt>
        <dd>{meeting.chairedBy ? participantName(meeting.chairedBy) : m.meeting.noChair}</dd>
      </dl>
      {meeting.cancellationReason && <p>{m.meeting.cancelled(meeting.cancellationReason)}</p>}
      <p className="live-note">{up ? m.app.live : m.app.liveOff}</p>
      {chair && open && (
        <section aria-labelledby="console" className="console">
          <h2 id="console">{m.meeting.console}</h2>
          <div className="actions">
            {meeting.status === 'SCHEDULED' && (
              <button type="button" disabled={action.busy} onClick={() => run('open')}>
                {m.meeting.open}
              </button>
            )}
            {meeting.status === 'IN_SESSION' && (
              <button type="button" disabled={action.busy} onClick={() => run('adjourn')}>
                {m.meeting.adjourn}
              </button>
            )}
          </div>
        </section>
      )}
      <AttendancePanel
        meeting={meeting}
        chair={chair}
        ownParticipantId={me?.participant?.id ?? null}
        action={action}
        reload={query.refetch}
      />
      <AgendaList meeting={meeting} />
      {chair && open && <AgendaForms meeting={meeting} action={action} reload={query.refetch} />}
      <section aria-labelledby="statements">
        <h2 id="statements">{m.meeting.statements}</h2>
        {meeting.statements.length === 0 ? (
          <p>{m.meeting.statementsNone}</p>
        ) : (
          meeting.statements.map((s) => (
            <article key={s.id} className="statement">
              <h3>{`${s.title} — ${participantName(s.participant)}`}</h3>
              <p className="meta">{formatDateTime(s.submittedAt, timeZone)}</p>
              <div className="text">{s.body}</div>
            </article>
          ))
        )}
      </section>
      {/* At the end, stuck to the bottom of the window: seen wherever the chair clicked. */}
      <div className="feedback">
        <Refusal error={action.error} />
        <StatusNote text={action.done} />
      </div>
    </article>
  );
}
