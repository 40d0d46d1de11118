// Boycotts: declared by a participant's own delegate or the secretariat, withdrawn by the same.
// A boycott is never written into the attendance of SCHEDULED meetings: their attendance is derived
// when read (AttendanceService), so a boycott applies itself to meetings already scheduled and to
// those scheduled later, follows chair changes (CHAIRED_BY), and withdrawing it takes it off every
// meeting not yet opened, while meetings already held keep the attendance frozen at opening.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { boycottCovers, localDate, validateBoycottScope, type BoycottFact, type MeetingFact } from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInput, Conflict, NotFound, isUuid } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { DeclareBoycottInput } from './inputs/meeting.inputs.js';
import { chairTermsOfBodies, meetingFact } from './meeting-facts.js';
import {
  MEETING_COLUMNS,
  MEETING_FROM,
  MeetingStore,
  participantJson,
  updateReturning,
  type MeetingRow,
  type ParticipantJson,
} from './meeting.store.js';

export interface BoycottRow extends BoycottFact {
  statement: string;
  declaredByUserId: string;
  /** Carried by reads (joined), so a list of boycotts never loads participants one by one. */
  participant?: ParticipantJson;
}

const COLUMNS = `b.id, b.participant_id AS "participantId", b.scope, b.meeting_id AS "meetingId", b.body_id AS "bodyId",
  b.chaired_by_participant_id AS "chairedById", b.starts_on::text AS "startsOn", b.ends_on::text AS "endsOn",
  b.statement, b.declared_by_user_id AS "declaredByUserId", b.declared_at AS "declaredAt", b.withdrawn_at AS "withdrawnAt"`;

const FROM_JOINED = `boycott b JOIN participant p ON p.id = b.participant_id`;

@Injectable()
export class BoycottsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly org: OrganizationSettings,
    private readonly organisation: OrganisationService,
    private readonly store: MeetingStore,
  ) {}

  private get em(): EntityManager {
    return this.tx.dataSource.manager;
  }

  // ------------------------------------------------------------------ reads

  boycottsByIds(ids: readonly string[]): Promise<BoycottRow[]> {
    return this.em.query(
      `SELECT ${COLUMNS}, ${participantJson('p')} AS participant FROM ${FROM_JOINED} WHERE b.id = ANY($1)`,
      [ids.filter(isUuid)],
    );
  }

  /**
   * Boycotts, oldest first, optionally of one participant and in force on a day: the day is in
   * the period and the boycott had not been withdrawn by then (withdrawn on a later day: it was).
   */
  async boycotts(
    actor: CurrentUser | null,
    participantId: string | null | undefined,
    activeOn: string | null | undefined,
  ): Promise<BoycottRow[]> {
    this.access.requireUser(actor);
    if (participantId !== undefined && participantId !== null && !isUuid(participantId)) return [];
    const { timeZone } = await this.org.get();
    return this.em.query(
      `SELECT ${COLUMNS}, ${participantJson('p')} AS participant FROM ${FROM_JOINED}
        WHERE ($1::uuid IS NULL OR b.participant_id = $1)
          AND ($2::date IS NULL OR (b.starts_on <= $2 AND (b.ends_on IS NULL OR b.ends_on >= $2)
               AND (b.withdrawn_at IS NULL OR (b.withdrawn_at AT TIME ZONE $3)::date > $2)))
        ORDER BY b.declared_at, b.id`,
      [participantId ?? null, activeOn ?? null, timeZone],
    );
  }

  // ------------------------------------------------------------------ declare and withdraw

  async declareBoycott(actor: CurrentUser | null, input: DeclareBoycottInput): Promise<BoycottRow> {
    const user = this.access.requireOwnParticipantOrSecretariat(actor, input.participantId);
    const problem = validateBoycottScope(input);
    if (problem) throw new BadInput(problem.field, problem.message);
    const { boycott, touched } = await this.tx.run(async (em) => {
      const participant = await this.organisation.findParticipant(em, input.participantId);
      let startsOn = input.startsOn ?? null;
      let endsOn = input.endsOn ?? null;
      let meeting: MeetingRow | null = null;
      if (input.scope === 'MEETING') {
        meeting = await this.store.lockMeeting(em, input.meetingId as string);
        if (meeting.status !== 'SCHEDULED') {
          throw new Conflict(
            `The meeting is ${meeting.status}: a boycott can only be declared for a SCHEDULED meeting.`,
          );
        }
        await this.requireSeat(em, meeting.bodyId, meeting.bodyCode, participant.id, participant.code);
        // The period of a MEETING boycott is its meeting's date (moved with it on reschedule).
        startsOn = endsOn = localDate(meeting.startsAt, (await this.org.get()).timeZone);
      }
      let bodyCode: string | null = null;
      if (input.bodyId) {
        const body = await this.organisation.findBody(em, input.bodyId);
        bodyCode = body.code;
        if (input.scope === 'BODY') await this.requireSeat(em, body.id, body.code, participant.id, participant.code);
      }
      const chair = input.chairedById ? await this.organisation.findParticipant(em, input.chairedById) : null;
      const rows: BoycottRow[] = await em.query(
        `INSERT INTO boycott AS b (participant_id, scope, meeting_id, body_id, chaired_by_participant_id, starts_on, ends_on,
                                   statement, declared_by_user_id, declared_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp()) RETURNING ${COLUMNS}`,
        [
          participant.id,
          input.scope,
          meeting?.id ?? null,
          input.bodyId ?? null,
          chair?.id ?? null,
          startsOn,
          endsOn,
          input.statement,
          user.id,
        ],
      );
      const created = rows[0];
      const touchedMeetings = await this.scheduledMeetingsCovered(em, created);
      await this.audit.append(em, {
        actor: user,
        action: 'declareBoycott',
        entity: 'Boycott',
        entityId: created.id,
        details: {
          participant: participant.code,
          scope: created.scope,
          meetingId: created.meetingId,
          body: bodyCode,
          chairedBy: chair?.code ?? null,
          startsOn: created.startsOn,
          endsOn: created.endsOn,
          // The SCHEDULED meetings that now show this participant as BOYCOTT (derived at read).
          meetings: touchedMeetings.map((m) => ({ id: m.id, body: m.bodyCode, title: m.title, startsAt: m.startsAt })),
        },
      });
      return { boycott: created, touched: touchedMeetings };
    });
    await this.publishAll(touched);
    return boycott;
  }

  async withdrawBoycott(actor: CurrentUser | null, boycottId: string): Promise<BoycottRow> {
    const user = this.access.requireUser(actor);
    const { boycott, touched } = await this.tx.run(async (em) => {
      const rows: BoycottRow[] = isUuid(boycottId)
        ? await em.query(`SELECT ${COLUMNS} FROM boycott b WHERE b.id = $1 FOR UPDATE`, [boycottId])
        : [];
      if (rows.length === 0) throw new NotFound('boycott', boycottId);
      const b = rows[0];
      this.access.requireOwnParticipantOrSecretariat(user, b.participantId);
      if (b.withdrawnAt !== null)
        throw new Conflict(`The boycott was already withdrawn on ${b.withdrawnAt.toISOString()}.`);
      // Meetings not yet opened lose the BOYCOTT; held ones keep what was frozen at opening.
      const touchedMeetings = await this.scheduledMeetingsCovered(em, b);
      const updated = await updateReturning<BoycottRow>(
        em,
        `UPDATE boycott b SET withdrawn_at = clock_timestamp(), withdrawn_by_user_id = $2 WHERE b.id = $1 RETURNING ${COLUMNS}`,
        [b.id, user.id],
      );
      await this.audit.append(em, {
        actor: user,
        action: 'withdrawBoycott',
        entity: 'Boycott',
        entityId: b.id,
        details: {
          participantId: b.participantId,
          scope: b.scope,
          meetings: touchedMeetings.map((m) => ({ id: m.id, body: m.bodyCode, title: m.title, startsAt: m.startsAt })),
        },
      });
      return { boycott: updated[0], touched: touchedMeetings };
    });
    await this.publishAll(touched);
    return boycott;
  }

  // ------------------------------------------------------------------ helpers

  /** The SCHEDULED meetings of bodies its participant sits on that a boycott covers now, oldest first. */
  private async scheduledMeetingsCovered(em: EntityManager, b: BoycottRow): Promise<MeetingRow[]> {
    // Narrow by SQL (body, a day either side of the period for time zones), decide by the rule.
    const candidates: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETING_FROM}
        WHERE m.status = 'SCHEDULED'
          AND ($1::uuid IS NULL OR m.id = $1)
          AND ($2::uuid IS NULL OR m.body_id = $2)
          AND ($1::uuid IS NOT NULL OR (m.starts_at >= $3::date - 1 AND ($4::date IS NULL OR m.starts_at < $4::date + 2)))
          AND EXISTS (SELECT 1 FROM body_membership s WHERE s.body_id = m.body_id AND s.participant_id = $5)
        ORDER BY m.starts_at, m.id`,
      [b.scope === 'MEETING' ? b.meetingId : null, b.bodyId, b.startsOn, b.endsOn, b.participantId],
    );
    if (candidates.length === 0) return [];
    const { timeZone } = await this.org.get();
    const terms = await chairTermsOfBodies(em, [...new Set(candidates.map((m) => m.bodyId))]);
    const fact: BoycottFact = { ...b, withdrawnAt: null };
    return candidates.filter((m) => {
      const f: MeetingFact = meetingFact(m, terms.get(m.bodyId) ?? [], timeZone);
      return boycottCovers(fact, f);
    });
  }

  private async requireSeat(
    em: EntityManager,
    bodyId: string,
    bodyCode: string,
    participantId: string,
    code: string,
  ): Promise<void> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM body_membership WHERE body_id = $1 AND participant_id = $2`, [
      bodyId,
      participantId,
    ]);
    if (rows.length === 0)
      throw new BadInput('participantId', `${code} does not sit on ${bodyCode}: it has no meetings there to boycott.`);
  }

  private async publishAll(meetings: MeetingRow[]): Promise<void> {
    for (const m of meetings) await this.events.publish(`meetingUpdated:${m.id}`, { id: m.id });
  }
}
