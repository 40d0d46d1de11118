// Meetings as the pure rules (#consensus) see them: a meeting's date is the day of its startsAt in
// the organisation's time zone, and who chairs it is the body's CHAIR term in force on that day
// (never stored, so it follows reschedules and term changes).
import { localDate, termInForce, type ChairTermFact, type MeetingFact } from '#consensus';

/** The CHAIR in force on `day` among a body's terms, or null. */
export function chairOn(terms: readonly ChairTermFact[], day: string): string | null {
  return termInForce([...terms], 'CHAIR', day)?.participantId ?? null;
}

export function meetingFact(
  m: { id: string; bodyId: string; startsAt: Date },
  terms: readonly ChairTermFact[],
  timeZone: string,
): MeetingFact {
  const date = localDate(m.startsAt, timeZone);
  return { id: m.id, bodyId: m.bodyId, date, chairedById: chairOn(terms, date) };
}
