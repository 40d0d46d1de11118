// The SQL statements of the decisions area's hot paths, as constants, so they can be reviewed in one
// place and so the benchmark's raw-`pg` ceiling runs exactly the same statements as the API.
// No imports: the benchmark's minimal server loads this file and nothing of Nest.

export const PROPOSAL_COLUMNS = `p.id, p.reference, p.title, p.procedure, p.status, p.deadline,
  p.withdrawal_reason AS "withdrawalReason", p.body_id AS "bodyId", p.agenda_item_id AS "agendaItemId",
  p.meeting_id AS "meetingId", p.current_version AS "currentVersionNumber",
  p.created_by_user_id AS "createdByUserId", p.created_at AS "createdAt", p.opened_at AS "openedAt",
  p.closed_at AS "closedAt", (SELECT b.quorum FROM body b WHERE b.id = p.body_id) AS "bodyQuorum"`;

/**
 * recordPosition's first statement: the proposal row locked FOR SHARE before anything about it is
 * judged (docs/rules.md "Race safety"), with its body, and through outer joins the participant (if it
 * exists), its seat on the body and its attendance at the meeting. $1 proposal, $2 participant.
 */
export const POSITION_CONTEXT_SQL = `
  SELECT p.reference, p.status, p.procedure, p.body_id AS "bodyId", b.code AS "bodyCode",
         p.current_version AS "currentVersion",
         (p.deadline IS NOT NULL AND p.deadline <= now()) AS "deadlinePassed",
         m.starts_at AS "meetingStartsAt",
         pt.id AS "participantId", pt.code, pt.name, pt.kind, pt.status AS "participantStatus",
         (bm.participant_id IS NOT NULL) AS "isMember",
         ar.status AS attendance
    FROM proposal p
    JOIN body b ON b.id = p.body_id
    LEFT JOIN meeting m ON m.id = p.meeting_id
    LEFT JOIN participant pt ON pt.id = $2
    LEFT JOIN body_membership bm ON bm.body_id = p.body_id AND bm.participant_id = pt.id
    LEFT JOIN attendance_record ar ON ar.meeting_id = p.meeting_id AND ar.participant_id = pt.id
   WHERE p.id = $1
     FOR SHARE OF p`;

/** $1 proposal, $2 participant, $3 version, $4 stance, $5 statement, $6 recorded by, $7 on behalf. */
export const INSERT_POSITION_SQL = `
  INSERT INTO position (proposal_id, participant_id, version_number, stance, statement, recorded_by_user_id, on_behalf)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  RETURNING id, recorded_at AS "recordedAt"`;

export const PROPOSALS_BY_IDS_SQL = `SELECT ${PROPOSAL_COLUMNS} FROM proposal p WHERE p.id = ANY($1)`;

export const PROPOSALS_BY_AGENDA_ITEMS_SQL = `SELECT ${PROPOSAL_COLUMNS} FROM proposal p
  WHERE p.agenda_item_id = ANY($1) ORDER BY p.created_at, p.reference`;

export const VERSIONS_BY_PROPOSALS_SQL = `
  SELECT v.proposal_id AS "proposalId", v.number, v.text, v.change_note AS "changeNote",
         v.created_by_user_id AS "createdByUserId", v.created_at AS "createdAt"
    FROM proposal_version v WHERE v.proposal_id = ANY($1) ORDER BY v.proposal_id, v.number`;

/** Every position on the proposals, in arrival order, with its participant. */
export const POSITIONS_BY_PROPOSALS_SQL = `
  SELECT x.proposal_id AS "proposalId", x.id AS seq, x.participant_id AS "participantId", x.stance,
         x.version_number AS "versionNumber", x.statement, x.recorded_by_user_id AS "recordedByUserId",
         x.recorded_at AS "recordedAt", x.on_behalf AS "onBehalf",
         pt.code, pt.name, pt.kind, pt.status AS "participantStatus"
    FROM position x JOIN participant pt ON pt.id = x.participant_id
   WHERE x.proposal_id = ANY($1) ORDER BY x.id`;

/** Members and observers of the bodies, by participant code. */
export const SEATS_BY_BODIES_SQL = `
  SELECT m.body_id AS "bodyId", pt.id AS "participantId", pt.code, pt.name, pt.kind, pt.status AS "participantStatus"
    FROM body_membership m JOIN participant pt ON pt.id = m.participant_id
   WHERE m.body_id = ANY($1) ORDER BY pt.code`;

export const ATTENDANCE_BY_MEETINGS_SQL = `
  SELECT meeting_id AS "meetingId", participant_id AS "participantId", status
    FROM attendance_record WHERE meeting_id = ANY($1)`;
