// The initial schema of Concord: organisation, meetings, decisions, records and the audit log.
// Constraints live here, not only in code: codes are unique, chair terms of one role on one body
// never overlap (exclusion constraint), a statement has exactly one target, and published records,
// corrigenda and audit entries are append-only (triggers, whichever role sends the SQL).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        code text NOT NULL UNIQUE,
        time_zone text NOT NULL DEFAULT 'UTC',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PARTICIPANT','OBSERVER')),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','SUSPENDED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // "user" is reserved in SQL, hence app_user. Emails are compared case-insensitively.
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','SECRETARIAT','DELEGATE')),
        participant_id uuid REFERENCES participant(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- a delegate acts for exactly one participant; secretariat and admin for none
        CONSTRAINT app_user_delegate_has_participant CHECK ((role = 'DELEGATE') = (participant_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_participant_idx ON app_user (participant_id)`);

    await q.query(`
      CREATE TABLE body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        code text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('PLENARY','COMMITTEE','WORKING_GROUP')),
        quorum integer CHECK (quorum IS NULL OR quorum > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Members and observers alike; which one a row is follows from the participant's kind.
    await q.query(`
      CREATE TABLE body_membership (
        body_id uuid NOT NULL REFERENCES body(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (body_id, participant_id)
      )`);
    await q.query(`CREATE INDEX body_membership_participant_idx ON body_membership (participant_id)`);

    await q.query(`
      CREATE TABLE chair_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL REFERENCES body(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        role text NOT NULL CHECK (role IN ('CHAIR','VICE_CHAIR')),
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chair_term_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
        -- two terms of the same role on the same body never overlap (days inclusive)
        CONSTRAINT chair_term_no_overlap EXCLUDE USING gist (
          body_id WITH =, role WITH =, daterange(starts_on, ends_on, '[]') WITH &&
        )
      )`);

    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REGULAR','INTERSESSIONAL','EXTRAORDINARY')),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','IN_SESSION','ADJOURNED','CANCELLED')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text,
        cancellation_reason text,
        -- iCalendar SEQUENCE: bumped on each reschedule and on cancellation
        sequence integer NOT NULL DEFAULT 0,
        opened_at timestamptz,
        adjourned_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX meeting_body_starts_idx ON meeting (body_id, starts_at, id)`);
    await q.query(`CREATE INDEX meeting_starts_idx ON meeting (starts_at, id)`);

    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        description text,
        kind text NOT NULL CHECK (kind IN ('INFORMATION','DISCUSSION','DECISION')),
        proposed_by_participant_id uuid REFERENCES participant(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_position_key UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await q.query(`
      CREATE TABLE boycott (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        scope text NOT NULL CHECK (scope IN ('MEETING','BODY','CHAIRED_BY')),
        meeting_id uuid REFERENCES meeting(id) ON DELETE RESTRICT,
        body_id uuid REFERENCES body(id) ON DELETE RESTRICT,
        chaired_by_participant_id uuid REFERENCES participant(id) ON DELETE RESTRICT,
        starts_on date NOT NULL,
        ends_on date,
        statement text NOT NULL,
        declared_by_user_id uuid NOT NULL REFERENCES app_user(id),
        declared_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by_user_id uuid REFERENCES app_user(id),
        CONSTRAINT boycott_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT boycott_scope_fields CHECK (
          (scope = 'MEETING' AND meeting_id IS NOT NULL AND chaired_by_participant_id IS NULL)
          OR (scope = 'BODY' AND body_id IS NOT NULL AND meeting_id IS NULL AND chaired_by_participant_id IS NULL)
          OR (scope = 'CHAIRED_BY' AND chaired_by_participant_id IS NOT NULL AND meeting_id IS NULL)
        )
      )`);
    await q.query(`CREATE INDEX boycott_participant_idx ON boycott (participant_id)`);

    // The current attendance record of a participant at a meeting; earlier ones live in the audit log.
    // recorded_by_user_id NULL: set by Concord itself (a boycott or a suspension frozen at opening).
    await q.query(`
      CREATE TABLE attendance_record (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN ('PRESENT','REMOTE','ABSENT','EXCUSED','BOYCOTT','SUSPENDED')),
        note text,
        boycott_id uuid REFERENCES boycott(id) ON DELETE RESTRICT,
        recorded_by_user_id uuid REFERENCES app_user(id),
        by_own_delegate boolean NOT NULL DEFAULT false,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, participant_id),
        CONSTRAINT attendance_boycott_link CHECK ((status = 'BOYCOTT') = (boycott_id IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE meeting_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id uuid NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
        requested_by_participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        requested_by_user_id uuid NOT NULL REFERENCES app_user(id),
        subject text NOT NULL,
        justification text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED')),
        response text,
        responded_by_user_id uuid REFERENCES app_user(id),
        responded_at timestamptz,
        meeting_id uuid REFERENCES meeting(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        title text NOT NULL,
        body_id uuid NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE RESTRICT,
        meeting_id uuid REFERENCES meeting(id) ON DELETE RESTRICT,
        procedure text NOT NULL CHECK (procedure IN ('IN_MEETING','WRITTEN')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','ADOPTED','NOT_ADOPTED','WITHDRAWN')),
        deadline timestamptz,
        current_version integer NOT NULL DEFAULT 1,
        withdrawal_reason text,
        created_by_user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        opened_at timestamptz,
        closed_at timestamptz,
        CONSTRAINT proposal_procedure_fields CHECK (
          (procedure = 'WRITTEN' AND deadline IS NOT NULL AND agenda_item_id IS NULL)
          OR (procedure = 'IN_MEETING' AND deadline IS NULL AND agenda_item_id IS NOT NULL AND meeting_id IS NOT NULL)
        )
      )`);
    await q.query(`CREATE INDEX proposal_agenda_item_idx ON proposal (agenda_item_id)`);
    await q.query(`CREATE INDEX proposal_open_written_idx ON proposal (deadline) WHERE status = 'OPEN' AND procedure = 'WRITTEN'`);

    await q.query(`
      CREATE TABLE proposal_version (
        proposal_id uuid NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        text text NOT NULL,
        change_note text,
        created_by_user_id uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, number)
      )`);

    // Every stance ever taken, append-only; a participant's position is its latest row on the current version.
    await q.query(`
      CREATE TABLE position (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        version_number integer NOT NULL,
        stance text NOT NULL CHECK (stance IN ('SUPPORT','OBJECT','ABSTAIN')),
        statement text,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        on_behalf boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX position_proposal_idx ON position (proposal_id, id)`);

    await q.query(`
      CREATE TABLE statement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
        title text NOT NULL,
        body text NOT NULL,
        meeting_id uuid REFERENCES meeting(id) ON DELETE RESTRICT,
        proposal_id uuid REFERENCES proposal(id) ON DELETE RESTRICT,
        boycott_id uuid REFERENCES boycott(id) ON DELETE RESTRICT,
        submitted_by_user_id uuid NOT NULL REFERENCES app_user(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT statement_one_target CHECK (num_nonnulls(meeting_id, proposal_id, boycott_id) = 1)
      )`);
    await q.query(`CREATE INDEX statement_meeting_idx ON statement (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`CREATE INDEX statement_proposal_idx ON statement (proposal_id) WHERE proposal_id IS NOT NULL`);
    await q.query(`CREATE INDEX statement_boycott_idx ON statement (boycott_id) WHERE boycott_id IS NOT NULL`);

    // Gapless counters (proposal references per body and year, record numbers per year, the chain):
    // incremented with INSERT .. ON CONFLICT DO UPDATE inside the caller's transaction, so a rollback
    // gives the number back and concurrent callers queue on the row.
    await q.query(`
      CREATE TABLE counter (
        name text PRIMARY KEY,
        value bigint NOT NULL
      )`);

    // A decision record: frozen at closing (snapshot), then published as canonical JSON bytes.
    await q.query(`
      CREATE TABLE decision_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL UNIQUE REFERENCES proposal(id) ON DELETE RESTRICT,
        body_id uuid NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
        meeting_id uuid REFERENCES meeting(id) ON DELETE RESTRICT,
        procedure text NOT NULL CHECK (procedure IN ('IN_MEETING','WRITTEN')),
        outcome text NOT NULL CHECK (outcome IN ('ADOPTED','NOT_ADOPTED')),
        text text NOT NULL,
        version_number integer NOT NULL,
        decided_at timestamptz NOT NULL,
        chaired_by_participant_id uuid REFERENCES participant(id) ON DELETE RESTRICT,
        snapshot jsonb NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        number text UNIQUE,
        number_year integer,
        number_seq integer,
        chain_position bigint UNIQUE,
        published_at timestamptz,
        published_by_user_id uuid REFERENCES app_user(id),
        canonical_json text,
        content_hash text,
        previous_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decision_record_published_fields CHECK (
          status = 'DRAFT' OR (number IS NOT NULL AND published_at IS NOT NULL AND canonical_json IS NOT NULL
                               AND content_hash IS NOT NULL AND chain_position IS NOT NULL)
        ),
        CONSTRAINT decision_record_number_seq UNIQUE (number_year, number_seq)
      )`);
    await q.query(`CREATE INDEX decision_record_created_idx ON decision_record (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE corrigendum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id uuid NOT NULL REFERENCES decision_record(id) ON DELETE RESTRICT,
        number integer NOT NULL,
        reason text NOT NULL,
        correction text NOT NULL,
        issued_by_user_id uuid NOT NULL REFERENCES app_user(id),
        issued_at timestamptz NOT NULL,
        chain_position bigint NOT NULL UNIQUE,
        canonical_json text NOT NULL,
        content_hash text NOT NULL,
        previous_hash text,
        UNIQUE (record_id, number)
      )`);

    await q.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id),
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_entry_entity_idx ON audit_entry (entity, entity_id, id DESC)`);

    // Append-only, enforced by the database whichever role sends the SQL.
    await q.query(`
      CREATE FUNCTION concord_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'concord: % on % is refused: this table is append-only', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // A published decision record never changes; a draft may be published (and nothing else).
    await q.query(`
      CREATE FUNCTION concord_guard_decision_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'concord: % of published decision record % is refused', TG_OP, OLD.number
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER decision_record_guard BEFORE UPDATE OR DELETE ON decision_record
      FOR EACH ROW EXECUTE FUNCTION concord_guard_decision_record()`);
    for (const table of ['decision_record', 'corrigendum', 'audit_entry']) {
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION concord_refuse_change()`);
    }
    // positions are history too: a stance is changed by taking a new one, never by editing the old
    for (const table of ['corrigendum', 'audit_entry', 'position']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION concord_refuse_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'audit_entry', 'corrigendum', 'decision_record', 'counter', 'statement', 'position', 'proposal_version',
      'proposal', 'meeting_request', 'attendance_record', 'boycott', 'agenda_item', 'meeting', 'chair_term',
      'body_membership', 'body', 'app_user', 'participant', 'organization',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS concord_refuse_change()`);
    await q.query(`DROP FUNCTION IF EXISTS concord_guard_decision_record()`);
  }
}
