// Per-request DataLoaders of the meetings area: every relation a list of meetings can reach (a
// meeting's body, agenda, attendance with gaps and quorum, boycotts) is fetched in one batch per
// request, so a meeting view costs the same number of statements for 5 members as for 85.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupBy, indexBy } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import type { ParticipantRow } from '../organisation/organisation.read-model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { AttendanceService, participantOfSeat, type MeetingAttendance, type SeatRow } from './attendance.service.js';
import { BoycottsService, type BoycottRow } from './boycotts.service.js';
import type { MeetingRow } from './meeting.store.js';
import { MeetingsService, type AgendaItemRow, type MeetingPage } from './meetings.service.js';

const EMPTY: MeetingAttendance = { attendance: [], gaps: [], quorumMet: true, presentMembers: 0 };

@Injectable()
export class MeetingLoaders {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly attendanceService: AttendanceService,
    private readonly boycotts: BoycottsService,
    private readonly org: OrganisationLoaders,
  ) {}

  /**
   * The seats of bodies with their participants, in one query, primed into the organisation's
   * seat and participant loaders. Meeting.body and Meeting.chairedBy wait for it, so a meeting's
   * body { members observers chair } is answered from these rows, whatever order the other
   * loaders' answers arrive in: the statements of a meeting view are the same for 5 members or 85.
   */
  bodySeats(ctx: RequestContext): DataLoader<string, SeatRow[]> {
    return ctx.loaders.get('meetings.seatsByBody', async (ids: readonly string[]) => {
      const grouped = groupBy(ids, await this.attendanceService.seatsOfBodies(ids), (s) => s.bodyId);
      const seats = this.org.seats(ctx);
      const people = this.org.participant(ctx);
      ids.forEach((bodyId, i) => {
        seats.prime(
          bodyId,
          grouped[i].map((s) => ({ bodyId: s.bodyId, participantId: s.participantId, kind: s.kind })),
        );
        for (const s of grouped[i]) people.prime(s.participantId, participantOfSeat(s) as ParticipantRow);
      });
      return grouped;
    });
  }

  meeting(ctx: RequestContext): DataLoader<string, MeetingRow | null> {
    return ctx.loaders.get('meeting.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.meetings.meetingsByIds(ids), (m) => m.id),
    );
  }

  /** A meeting's agenda, ordered by position. */
  agenda(ctx: RequestContext): DataLoader<string, AgendaItemRow[]> {
    return ctx.loaders.get('agendaItem.byMeeting', async (ids: readonly string[]) =>
      groupBy(ids, await this.meetings.agendaOfMeetings(ids), (a) => a.meetingId),
    );
  }

  agendaItem(ctx: RequestContext): DataLoader<string, AgendaItemRow | null> {
    return ctx.loaders.get('agendaItem.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.meetings.agendaItemsByIds(ids), (a) => a.id),
    );
  }

  /** Attendance (derived while SCHEDULED, recorded after), gaps and quorum of a meeting. */
  attendance(ctx: RequestContext): DataLoader<string, MeetingAttendance> {
    return ctx.loaders.get('attendance.byMeeting', async (ids: readonly string[]) => {
      const summaries = await this.attendanceService.summariesForMeetings(ids);
      return ids.map((id) => summaries.get(id) ?? EMPTY);
    });
  }

  boycott(ctx: RequestContext): DataLoader<string, BoycottRow | null> {
    return ctx.loaders.get('boycott.byId', async (ids: readonly string[]) =>
      indexBy(ids, await this.boycotts.boycottsByIds(ids), (b) => b.id),
    );
  }

  /** Body.meetings pages; one loader per (first, after), so bodies listed together share a query. */
  bodyMeetings(
    ctx: RequestContext,
    first: number | null | undefined,
    after: string | null | undefined,
  ): DataLoader<string, MeetingPage> {
    return ctx.loaders.get(`meeting.byBody:${first ?? ''}:${after ?? ''}`, (ids: readonly string[]) =>
      this.meetings.meetingsOfBodies(ids, first, after),
    );
  }
}
