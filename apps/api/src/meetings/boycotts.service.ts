// Boycotts: declared by a participant's own delegate or the secretariat, withdrawn by the same.
// A boycott is never written into the attendance of SCHEDULED meetings: their attendance is derived
// when read (AttendanceViews), so a boycott applies itself to meetings already scheduled and to
// those scheduled later, follows chair changes (CHAIRED_BY), and withdrawing it takes it off every
// meeting not yet opened, while meetings already held keep the attendance frozen at opening.
import { Injectable } from '@nestjs/common';
import { boycottCovers, validateBoycottScope, type BoycottFact } from '#consensus';
import type { CurrentUser } from '../platform/auth/current-user.js';
import type { Tx } from '../platform/database/database.js';
import { BadInput, Conflict, isUuid } from '../platform/errors.js';
import { BoycottsRepository, type BoycottRow } from './boycotts.repository.js';
import type { DeclareBoycottInput } from './inputs/meeting.inputs.js';
import { meetingFact } from './meeting-facts.js';
import { MeetingsKit } from './meetings-kit.js';
import { MeetingsRepository, type MeetingRow } from './meetings.repository.js';
import type { ParticipantRow } from '../organisation/organisation.read-model.js';

/** What an audit entry says of a meeting a boycott now covers (or no longer does). */
function touched(meetings: MeetingRow[], codeOf: Map<string, string>) {
  return meetings.map((m) => ({ id: m.id, body: codeOf.get(m.bodyId), title: m.title, startsAt: m.startsAt }));
}

@Injectable()
export class BoycottsService {
  constructor(
    private readonly kit: MeetingsKit,
    private readonly meetings: MeetingsRepository,
    private readonly boycottsRepo: BoycottsRepository,
  ) {}

  boycottsByIds(ids: readonly string[]): Promise<BoycottRow[]> {
    return this.boycottsRepo.byIds(this.kit.db, ids);
  }

  /** Boycotts, oldest first, optionally of one participant and in force on a day. */
  async boycotts(
    actor: CurrentUser | null,
    participantId: string | null | undefined,
    activeOn: string | null | undefined,
  ): Promise<BoycottRow[]> {
    this.kit.access.requireUser(actor);
    if (participantId !== undefined && participantId !== null && !isUuid(participantId)) return [];
    const timeZone = await this.kit.timeZone();
    return this.boycottsRepo.list(this.kit.db, {
      participantId: participantId ?? null,
      activeOn: activeOn ?? null,
      timeZone,
    });
  }

  async declareBoycott(actor: CurrentUser | null, input: DeclareBoycottInput): Promise<BoycottRow> {
    const user = this.kit.access.requireOwnDelegateOrSecretariat(actor, { id: input.participantId });
    const problem = validateBoycottScope(input);
    if (problem) throw new BadInput(problem.field, problem.message);
    const { boycott, covered } = await this.kit.db.transaction(async (tx) => {
      const participant = await this.kit.organisation.findParticipant(tx, input.participantId);
      let startsOn = input.startsOn ?? null;
      let endsOn = input.endsOn ?? null;
      let meeting: MeetingRow | null = null;
      if (input.scope === 'MEETING') {
        meeting = await this.meetings.lock(tx, input.meetingId as string);
        if (meeting.status !== 'SCHEDULED') {
          throw new Conflict(
            `The meeting is ${meeting.status}: a boycott can only be declared for a SCHEDULED meeting.`,
          );
        }
        const body = await this.kit.organisation.findBody(tx, meeting.bodyId);
        await this.requireSeat(tx, body, participant);
        // The period of a MEETING boycott is its meeting's date (moved with it on reschedule).
        startsOn = endsOn = await this.kit.dayOf(meeting.startsAt);
      }
      let bodyCode: string | null = null;
      if (input.bodyId) {
        const body = await this.kit.organisation.findBody(tx, input.bodyId);
        bodyCode = body.code;
        if (input.scope === 'BODY') await this.requireSeat(tx, body, participant);
      }
      const chair = input.chairedById ? await this.kit.organisation.findParticipant(tx, input.chairedById) : null;
      const created = await this.boycottsRepo.insert(tx, {
        participantId: participant.id,
        scope: input.scope,
        meetingId: meeting?.id ?? null,
        bodyId: input.bodyId ?? null,
        chairedById: chair?.id ?? null,
        startsOn,
        endsOn,
        statement: input.statement,
        declaredByUserId: user.id,
      });
      const coveredNow = await this.scheduledMeetingsCovered(tx, created);
      await this.kit.audit(tx, user, 'declareBoycott', ['Boycott', created.id], {
        participant: participant.code,
        scope: created.scope,
        meetingId: created.meetingId,
        body: bodyCode,
        chairedBy: chair?.code ?? null,
        startsOn: created.startsOn,
        endsOn: created.endsOn,
        // The SCHEDULED meetings that now show this participant as BOYCOTT (derived at read).
        meetings: await this.describe(tx, coveredNow),
      });
      return { boycott: created, covered: coveredNow };
    });
    await this.publishAll(covered);
    return boycott;
  }

  async withdrawBoycott(actor: CurrentUser | null, boycottId: string): Promise<BoycottRow> {
    const user = this.kit.access.requireUser(actor);
    const { boycott, covered } = await this.kit.db.transaction(async (tx) => {
      const b = await this.boycottsRepo.lock(tx, boycottId);
      this.kit.access.requireOwnDelegateOrSecretariat(user, { id: b.participantId });
      if (b.withdrawnAt !== null)
        throw new Conflict(`The boycott was already withdrawn on ${b.withdrawnAt.toISOString()}.`);
      // Meetings not yet opened lose the BOYCOTT; held ones keep what was frozen at opening.
      const coveredNow = await this.scheduledMeetingsCovered(tx, b);
      const updated = await this.boycottsRepo.withdraw(tx, b.id, user.id);
      await this.kit.audit(tx, user, 'withdrawBoycott', ['Boycott', b.id], {
        participantId: b.participantId,
        scope: b.scope,
        meetings: await this.describe(tx, coveredNow),
      });
      return { boycott: updated, covered: coveredNow };
    });
    await this.publishAll(covered);
    return boycott;
  }

  /** The SCHEDULED meetings of bodies its participant sits on that a boycott covers now, oldest first. */
  private async scheduledMeetingsCovered(tx: Tx, b: BoycottFact): Promise<MeetingRow[]> {
    // Narrow by SQL (the participant's bodies, a day either side of the period), decide by the rule.
    const seatedOn = await this.kit.organisation.bodyIdsOfParticipant(tx, b.participantId);
    const bodyIds = b.bodyId === null ? seatedOn : seatedOn.filter((id) => id === b.bodyId);
    if (bodyIds.length === 0) return [];
    const candidates = await this.meetings.scheduledCandidates(tx, {
      meetingId: b.scope === 'MEETING' ? b.meetingId : null,
      bodyIds,
      startsOn: b.startsOn,
      endsOn: b.endsOn,
    });
    if (candidates.length === 0) return [];
    const [timeZone, terms] = await Promise.all([
      this.kit.timeZone(),
      this.kit.organisation.chairTermsOfBodies(tx, [...new Set(candidates.map((m) => m.bodyId))]),
    ]);
    const inForce: BoycottFact = { ...b, withdrawnAt: null };
    return candidates.filter((m) => boycottCovers(inForce, meetingFact(m, terms.get(m.bodyId) ?? [], timeZone)));
  }

  private async describe(tx: Tx, meetings: MeetingRow[]) {
    if (meetings.length === 0) return [];
    const bodies = await this.kit.organisation.bodiesByIds(tx, [...new Set(meetings.map((m) => m.bodyId))]);
    return touched(meetings, new Map(bodies.map((b) => [b.id, b.code])));
  }

  private async requireSeat(tx: Tx, body: { id: string; code: string }, participant: ParticipantRow): Promise<void> {
    if (!(await this.kit.organisation.isSeated(tx, body.id, participant.id)))
      throw new BadInput(
        'participantId',
        `${participant.code} does not sit on ${body.code}: it has no meetings there to boycott.`,
      );
  }

  private publishAll(meetings: MeetingRow[]): Promise<void> {
    return this.kit.published(...meetings.map((m) => m.id));
  }
}
