// TEST FIXTURE, not the product's flow: inserts a closed proposal and its DRAFT decision record with
// a realistic DecisionSnapshot straight into the database (superuser SQL), so the records tests can
// publish, verify, export and tamper with records without driving a whole meeting through the API
// each time. The real flow (schedule, open, attendance, positions, closeProposal) is exercised in
// record-flow.e2e-spec.ts. The snapshot is built from the demo data as it stands in the database:
// the body's members and observers, their delegates and the chair in office at the meeting.
import type {
  DecisionSnapshot,
  ParticipantRef,
  SnapshotAttendance,
  SnapshotEntitlement,
  SnapshotPosition,
  SnapshotStatement,
  SnapshotBoycott,
  UserRef,
} from '../../apps/api/src/records/decision-snapshot.js';
import type { TestApp } from '../support/app.js';

export interface DraftRecordOptions {
  bodyCode?: string;
  title?: string;
  /** The meeting's start (ISO); its date picks the chair. */
  startsAt?: string;
  /** A participant that boycotts the meeting (a BOYCOTT attendance with its statement). */
  boycotter?: string;
  boycottStatement?: string;
  absent?: string;
  excused?: string;
  /** Participants that object (the outcome is then NOT_ADOPTED). */
  objectors?: string[];
  abstainers?: string[];
  /** Statements on the proposal by code. */
  statements?: Record<string, string>;
  /** Statements carried by positions, by code. */
  positionStatements?: Record<string, string>;
}

export interface DraftRecordFixture {
  recordId: string;
  proposalId: string;
  meetingId: string;
  reference: string;
  snapshot: DecisionSnapshot;
}

interface Member extends ParticipantRef {
  delegate: UserRef;
}

let counter = 0;

export async function insertDraftRecordFixture(t: TestApp, opts: DraftRecordOptions = {}): Promise<DraftRecordFixture> {
  const bodyCode = opts.bodyCode ?? 'PC';
  const startsAt = new Date(opts.startsAt ?? '2026-03-10T09:00:00.000Z');
  const endsAt = new Date(startsAt.getTime() + 3 * 3600_000);
  const day = startsAt.toISOString().slice(0, 10);
  const at = (mins: number) => new Date(startsAt.getTime() + mins * 60_000).toISOString();
  const n = ++counter;
  const title = opts.title ?? `Admission of a new participant (${n})`;
  const text = `The Committee recommends to the Plenary the admission of the applicant, case ${n}.`;

  const body = (await t.sql.query('SELECT id, code, name, kind FROM body WHERE code = $1', [bodyCode])).rows[0];
  const seats: Member[] = (
    await t.sql.query(
      `SELECT p.id, p.code, p.name, p.kind, u.id AS "userId", u.display_name AS "displayName"
         FROM body_membership bm JOIN participant p ON p.id = bm.participant_id
         JOIN app_user u ON u.participant_id = p.id
        WHERE bm.body_id = $1 ORDER BY p.code`,
      [body.id],
    )
  ).rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    delegate: { id: r.userId, displayName: r.displayName },
  }));
  const ref = (m: Member): ParticipantRef => ({ id: m.id, code: m.code, name: m.name, kind: m.kind });
  const byCode = new Map(seats.map((m) => [m.code, m]));
  const chairRow = (
    await t.sql.query(
      `SELECT participant_id FROM chair_term WHERE body_id = $1 AND role = 'CHAIR' AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2)`,
      [body.id, day],
    )
  ).rows[0];
  const chair = chairRow ? (seats.find((m) => m.id === chairRow.participant_id) ?? null) : null;
  const secretariat = (
    await t.sql.query(`SELECT id, display_name AS "displayName" FROM app_user WHERE email = 'secretariat@kp.example'`)
  ).rows[0] as UserRef;

  const meetingId = (
    await t.sql.query(
      `INSERT INTO meeting (body_id, title, kind, status, starts_at, ends_at, location, opened_at, adjourned_at)
       VALUES ($1, $2, 'REGULAR', 'ADJOURNED', $3, $4, 'Gaborone', $3, $4) RETURNING id`,
      [body.id, `${bodyCode} meeting ${n}`, startsAt, endsAt],
    )
  ).rows[0].id as string;
  const agendaItemId = (
    await t.sql.query(
      `INSERT INTO agenda_item (meeting_id, position, title, kind) VALUES ($1, 1, $2, 'DECISION') RETURNING id`,
      [meetingId, title],
    )
  ).rows[0].id as string;
  // Numbered from 900 so they never meet the references the decisions area hands out in a test.
  const reference = `KP/${bodyCode}/${startsAt.getUTCFullYear()}/${900 + n}`;
  const proposalId = (
    await t.sql.query(
      `INSERT INTO proposal (reference, title, body_id, agenda_item_id, meeting_id, procedure, status, created_by_user_id, opened_at, closed_at)
       VALUES ($1, $2, $3, $4, $5, 'IN_MEETING', $6, $7, $8, $9) RETURNING id`,
      [
        reference,
        title,
        body.id,
        agendaItemId,
        meetingId,
        opts.objectors?.length ? 'NOT_ADOPTED' : 'ADOPTED',
        secretariat.id,
        startsAt,
        endsAt,
      ],
    )
  ).rows[0].id as string;
  await t.sql.query(
    `INSERT INTO proposal_version (proposal_id, number, text, created_by_user_id) VALUES ($1, 1, $2, $3)`,
    [proposalId, text, secretariat.id],
  );

  // Attendance as it stood at closing.
  const boycotts: SnapshotBoycott[] = [];
  const boycotter = opts.boycotter ? byCode.get(opts.boycotter) : undefined;
  const boycottStatement = opts.boycottStatement ?? 'We do not take part in this meeting.';
  const boycottId = boycotter
    ? ((
        await t.sql.query(
          `INSERT INTO boycott (participant_id, scope, meeting_id, starts_on, statement, declared_by_user_id, declared_at)
           VALUES ($1, 'MEETING', $2, $3, $4, $5, $6) RETURNING id`,
          [boycotter.id, meetingId, day, boycottStatement, boycotter.delegate.id, at(-60 * 24)],
        )
      ).rows[0].id as string)
    : null;
  const attendance: SnapshotAttendance[] = seats.map((m) => {
    if (m === boycotter) {
      const b: SnapshotBoycott = {
        id: boycottId!,
        participant: ref(m),
        scope: 'MEETING',
        meetingId,
        bodyId: null,
        chairedBy: null,
        startsOn: day,
        endsOn: null,
        statement: boycottStatement,
        declaredBy: m.delegate,
        declaredAt: at(-60 * 24),
        withdrawnAt: null,
      };
      boycotts.push(b);
      return {
        participant: ref(m),
        status: 'BOYCOTT',
        boycottId: b.id,
        note: null,
        recordedBy: null,
        recordedAt: at(0),
      };
    }
    const status =
      m.code === opts.absent
        ? 'ABSENT'
        : m.code === opts.excused
          ? 'EXCUSED'
          : m.kind === 'OBSERVER'
            ? 'REMOTE'
            : 'PRESENT';
    return {
      participant: ref(m),
      status,
      boycottId: null,
      note: status === 'EXCUSED' ? 'Travel difficulties' : null,
      recordedBy: secretariat,
      recordedAt: at(1),
    };
  });
  const present = new Set(
    attendance.filter((a) => a.status === 'PRESENT' || a.status === 'REMOTE').map((a) => a.participant.id),
  );
  const entitlement: SnapshotEntitlement[] = seats.map((m) => {
    const a = attendance.find((x) => x.participant.id === m.id)!;
    if (m.kind === 'OBSERVER') return { participant: ref(m), entitled: false, reason: 'OBSERVER' };
    if (a.status === 'BOYCOTT') return { participant: ref(m), entitled: false, reason: 'BOYCOTT' };
    if (!present.has(m.id)) return { participant: ref(m), entitled: false, reason: 'NOT_PRESENT' };
    return { participant: ref(m), entitled: true, reason: null };
  });
  const positions: SnapshotPosition[] = entitlement
    .filter((e) => e.entitled)
    .map((e, i) => {
      const m = byCode.get(e.participant.code)!;
      const stance = opts.objectors?.includes(m.code)
        ? 'OBJECT'
        : opts.abstainers?.includes(m.code)
          ? 'ABSTAIN'
          : 'SUPPORT';
      return {
        participant: ref(m),
        stance,
        versionNumber: 1,
        statement: opts.positionStatements?.[m.code] ?? null,
        recordedBy: m.delegate,
        recordedAt: at(30 + i),
        onBehalf: false,
      };
    });
  const statements: SnapshotStatement[] = [
    ...Object.entries(opts.statements ?? {}).map(([code, bodyText], i) => ({
      id: '',
      participant: ref(byCode.get(code)!),
      title: `Statement of ${code}`,
      body: bodyText,
      meetingId: null,
      proposalId,
      boycottId: null,
      submittedBy: byCode.get(code)!.delegate,
      submittedAt: at(20 + i),
    })),
    ...boycotts.map((b) => ({
      id: '',
      participant: b.participant,
      title: 'On our boycott',
      body: b.statement,
      meetingId: null,
      proposalId: null,
      boycottId: b.id,
      submittedBy: b.declaredBy,
      submittedAt: b.declaredAt,
    })),
  ];
  for (const st of statements) {
    st.id = (
      await t.sql.query(
        `INSERT INTO statement (participant_id, title, body, proposal_id, boycott_id, submitted_by_user_id, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [st.participant.id, st.title, st.body, st.proposalId, st.boycottId, st.submittedBy.id, st.submittedAt],
      )
    ).rows[0].id as string;
  }
  const objectors = positions.filter((p) => p.stance === 'OBJECT').map((p) => p.participant);
  const snapshot: DecisionSnapshot = {
    reference,
    title,
    body: { id: body.id, code: body.code, name: body.name, kind: body.kind },
    meeting: {
      id: meetingId,
      title: `${bodyCode} meeting ${n}`,
      startsAt: startsAt.toISOString(),
      kind: 'REGULAR',
      endsAt: endsAt.toISOString(),
    },
    chair: chair ? ref(chair) : null,
    positions,
    attendance,
    entitlement,
    objectors,
    silent: [],
    tally: {
      support: positions.filter((p) => p.stance === 'SUPPORT').length,
      object: objectors.length,
      abstain: positions.filter((p) => p.stance === 'ABSTAIN').length,
      silent: 0,
    },
    statements,
    boycotts,
  };
  const recordId = (
    await t.sql.query(
      `INSERT INTO decision_record (proposal_id, body_id, meeting_id, procedure, outcome, text, version_number, decided_at,
                                    chaired_by_participant_id, snapshot)
       VALUES ($1, $2, $3, 'IN_MEETING', $4, $5, 1, $6, $7, $8) RETURNING id`,
      [
        proposalId,
        body.id,
        meetingId,
        objectors.length ? 'NOT_ADOPTED' : 'ADOPTED',
        text,
        at(90),
        chair?.id ?? null,
        JSON.stringify(snapshot),
      ],
    )
  ).rows[0].id as string;
  return { recordId, proposalId, meetingId, reference, snapshot };
}
