// The meeting's attendance: quorum, every gap, each member's and observer's status with boycott
// statements, and one click per participant to record it (the chair for anyone; a delegate for its
// own participant, which is also how a boycotting participant attends in spite of its boycott).
import { request } from '../api/client.js';
import type { Action } from '../api/use-action.js';
import { participantName, participantNames } from '../components/participant.js';
import type { AttendanceStatus, MeetingFieldsFragment } from '../gql/graphql.js';
import { LOCALE, m } from '../messages.js';
import { RecordAttendance } from './meeting-queries.js';

const CHOICES: AttendanceStatus[] = ['PRESENT', 'REMOTE', 'ABSENT', 'EXCUSED'];
type Seat = MeetingFieldsFragment['body']['members'][number];

export function AttendancePanel({
  meeting,
  chair,
  ownParticipantId,
  action,
  reload,
}: {
  meeting: MeetingFieldsFragment;
  chair: boolean;
  ownParticipantId: string | null;
  action: Action;
  reload: () => Promise<void>;
}) {
  const byId = new Map(meeting.attendance.map((a) => [a.participant.id, a]));
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'IN_SESSION';
  const present = meeting.body.members.filter((p) =>
    ['PRESENT', 'REMOTE'].includes(byId.get(p.id)?.status ?? ''),
  ).length;

  const record = (seat: Seat, status: AttendanceStatus) =>
    void action.run(async () => {
      await request(RecordAttendance, { input: { meetingId: meeting.id, participantId: seat.id, status } });
      await reload();
      return m.meeting.attendanceRecorded(participantName(seat), m.words.attendance[status]);
    });

  const row = (seat: Seat) => {
    const a = byId.get(seat.id);
    const own = seat.id === ownParticipantId;
    const canRecord = open && (own || (chair && a?.status !== 'BOYCOTT')) && seat.status !== 'SUSPENDED';
    return (
      <li key={seat.id} className={a ? `seat ${a.status}` : 'seat gap'}>
        <span className="who">{participantName(seat)}</span>{' '}
        <span className="attendance">{a ? m.words.attendance[a.status] : m.meeting.noRecord}</span>
        {a?.note && <span className="note"> {a.note}</span>}
        {a?.boycott && <blockquote>{m.meeting.boycottStatement(a.boycott.statement)}</blockquote>}
        {canRecord && (
          <div className="choices" role="group" aria-label={participantName(seat)}>
            {CHOICES.map((status) => (
              <button
                key={status}
                type="button"
                className={a?.status === status ? 'choice current' : 'choice'}
                aria-pressed={a?.status === status}
                disabled={action.busy}
                onClick={() => record(seat, status)}
              >
                {m.words.attendance[status]}
                <span className="visually-hidden">{m.meeting.markFor(participantName(seat))}</span>
              </button>
            ))}
          </div>
        )}
      </li>
    );
  };

  const byName = (seats: readonly Seat[]) => [...seats].sort((a, b) => a.name.localeCompare(b.name, LOCALE));
  return (
    <section aria-labelledby="attendance">
      <h2 id="attendance">{m.meeting.attendance}</h2>
      <p className={meeting.quorumMet ? 'ok' : 'warn'}>
        {m.meeting.quorum(meeting.quorumMet, meeting.body.quorum ?? null, present)}
      </p>
      <p>{m.meeting.gaps(meeting.attendanceGaps.length, participantNames(meeting.attendanceGaps))}</p>
      <h3>{m.meeting.members}</h3>
      <ul className="seats">{byName(meeting.body.members).map(row)}</ul>
      {meeting.body.observers.length > 0 && (
        <>
          <h3>{m.meeting.observers}</h3>
          <ul className="seats">{byName(meeting.body.observers).map(row)}</ul>
        </>
      )}
    </section>
  );
}
