// Reading meetings and boycotts as the pure rules (#consensus) see them: a meeting's date is the
// day of its startsAt in the organisation's time zone, and who chairs it is derived from the body's
// CHAIR term in force on that day (never stored, so it follows reschedules and term changes).
import type { EntityManager } from 'typeorm';
import { localDate, termInForce, type BoycottFact, type ChairTermFact, type MeetingFact } from '#consensus';

/** The CHAIR in force on `day` among a body's terms, or null. */
export function chairOn(terms: ChairTermFact[], day: string): string | null {
  return termInForce(terms, 'CHAIR', day)?.participantId ?? null;
}

export function meetingFact(
  m: { id: string; bodyId: string; startsAt: Date },
  terms: ChairTermFact[],
  timeZone: string,
): MeetingFact {
  const date = localDate(m.startsAt, timeZone);
  return { id: m.id, bodyId: m.bodyId, date, chairedById: chairOn(terms, date) };
}

/** Chair terms of several bodies, grouped by body, in one query. */
export async function chairTermsOfBodies(em: EntityManager, bodyIds: string[]): Promise<Map<string, ChairTermFact[]>> {
  const byBody = new Map<string, ChairTermFact[]>(bodyIds.map((id) => [id, []]));
  if (bodyIds.length === 0) return byBody;
  const rows: (ChairTermFact & { bodyId: string })[] = await em.query(
    `SELECT body_id AS "bodyId", participant_id AS "participantId", role, starts_on::text AS "startsOn", ends_on::text AS "endsOn"
       FROM chair_term WHERE body_id = ANY($1)`,
    [bodyIds],
  );
  for (const r of rows) byBody.get(r.bodyId)?.push(r);
  return byBody;
}

export const BOYCOTT_COLUMNS = `b.id, b.participant_id AS "participantId", b.scope, b.meeting_id AS "meetingId", b.body_id AS "bodyId",
  b.chaired_by_participant_id AS "chairedById", b.starts_on::text AS "startsOn", b.ends_on::text AS "endsOn",
  b.declared_at AS "declaredAt", b.withdrawn_at AS "withdrawnAt"`;

/**
 * The boycotts in force (not withdrawn) that could cover any of these meetings: MEETING boycotts of
 * them, BODY boycotts of their bodies, CHAIRED_BY boycotts of their chairs. The rules then decide.
 */
export async function candidateBoycotts(
  em: EntityManager,
  facts: MeetingFact[],
  participantIds?: string[],
): Promise<BoycottFact[]> {
  if (facts.length === 0) return [];
  const meetingIds = facts.map((f) => f.id);
  const bodyIds = [...new Set(facts.map((f) => f.bodyId))];
  const chairIds = [...new Set(facts.map((f) => f.chairedById).filter((c): c is string => c !== null))];
  return em.query(
    `SELECT ${BOYCOTT_COLUMNS} FROM boycott b
      WHERE b.withdrawn_at IS NULL
        AND ($4::uuid[] IS NULL OR b.participant_id = ANY($4))
        AND ((b.scope = 'MEETING' AND b.meeting_id = ANY($1))
          OR (b.scope = 'BODY' AND b.body_id = ANY($2))
          OR (b.scope = 'CHAIRED_BY' AND b.chaired_by_participant_id = ANY($3)))`,
    [meetingIds, bodyIds, chairIds, participantIds ?? null],
  );
}
