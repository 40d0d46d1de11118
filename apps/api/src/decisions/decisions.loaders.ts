// Per-request DataLoaders of the decisions area: a proposal's versions, positions, seats and
// attendance are each fetched once per request for every proposal in it, so a proposal with 85
// positions and its live tally cost the same few statements as one with 3, and an agenda listing
// ten proposals costs no more than one.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { AttendanceStatus } from '#consensus';
import { groupBy, indexBy } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { MeetingLoaders } from '../meetings/meetings.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { decideFromFacts, latestPositions, tallyOf } from './decision-facts.js';
import { DecisionsRepository, type AttendanceFactRow, type PositionRow, type SeatRow } from './decisions.repository.js';
import type { ProposalModel, ProposalVersionModel, TallyModel } from './models/proposal.models.js';

@Injectable()
export class DecisionsLoaders {
  constructor(
    private readonly repo: DecisionsRepository,
    private readonly organisation: OrganisationLoaders,
    private readonly meetings: MeetingLoaders,
  ) {}

  proposal(ctx: RequestContext): DataLoader<string, ProposalModel | null> {
    return ctx.loaders.get('decisions.proposal.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.repo.proposalsByIds(ids), (p) => p.id),
    );
  }

  /** The proposals on each agenda item, oldest first. */
  proposalsOfAgendaItem(ctx: RequestContext): DataLoader<string, ProposalModel[]> {
    return ctx.loaders.get('decisions.proposal.byAgendaItem', async (ids: readonly string[]) =>
      groupBy(ids, await this.repo.proposalsByAgendaItemIds(ids), (p) => p.agendaItemId as string),
    );
  }

  versions(ctx: RequestContext): DataLoader<string, ProposalVersionModel[]> {
    return ctx.loaders.get('decisions.version.byProposal', async (ids: readonly string[]) =>
      groupBy(ids, await this.repo.versionsByProposalIds(ids), (v) => v.proposalId),
    );
  }

  /** Every position on each proposal, in arrival order. */
  positionHistory(ctx: RequestContext): DataLoader<string, PositionRow[]> {
    return ctx.loaders.get('decisions.position.byProposal', async (ids: readonly string[]) =>
      groupBy(ids, await this.repo.positionsByProposalIds(ids), (x) => x.proposalId),
    );
  }

  seats(ctx: RequestContext): DataLoader<string, SeatRow[]> {
    return ctx.loaders.get('decisions.seat.byBody', async (ids: readonly string[]) =>
      groupBy(ids, await this.repo.seatsByBodyIds(ids), (s) => s.bodyId),
    );
  }

  /** Recorded attendance of each meeting (frozen at opening: what an open proposal is judged on). */
  recordedAttendance(ctx: RequestContext): DataLoader<string, AttendanceFactRow[]> {
    return ctx.loaders.get('decisions.attendance.byMeeting', async (ids: readonly string[]) =>
      groupBy(ids, await this.repo.attendanceByMeetingIds(ids), (a) => a.meetingId),
    );
  }

  async positions(ctx: RequestContext, p: ProposalModel): Promise<PositionRow[]> {
    return latestPositions(await this.positionHistory(ctx).load(p.id), p.currentVersionNumber);
  }

  /** The live tally: the rule applied to the facts as they stand now. */
  async tally(ctx: RequestContext, p: ProposalModel): Promise<TallyModel> {
    const [quorum, seats, attendance, positions] = await Promise.all([
      p.bodyQuorum !== undefined
        ? p.bodyQuorum
        : this.organisation
            .body(ctx)
            .load(p.bodyId)
            .then((b) => b?.quorum ?? null),
      this.seats(ctx).load(p.bodyId),
      this.attendanceOf(ctx, p),
      this.positionHistory(ctx).load(p.id),
    ]);
    const deadlinePassed = p.procedure === 'WRITTEN' && p.deadline !== null && p.deadline.getTime() <= Date.now();
    return tallyOf(decideFromFacts(p, quorum, seats, attendance, positions, deadlinePassed));
  }

  private async attendanceOf(ctx: RequestContext, p: ProposalModel): Promise<AttendanceFactRow[]> {
    if (p.procedure !== 'IN_MEETING' || !p.meetingId) return [];
    // A DRAFT's meeting may not have opened yet: its attendance is then what the declarations say
    // (the meetings area derives it); from opening on it is the recorded, frozen attendance.
    if (p.status === 'DRAFT') {
      const summary = await this.meetings.attendance(ctx).load(p.meetingId);
      return summary.attendance.map((a) => ({
        meetingId: a.meetingId,
        participantId: a.participantId,
        status: a.status as AttendanceStatus,
      }));
    }
    return this.recordedAttendance(ctx).load(p.meetingId);
  }
}
