// Meeting requests (docs/rules.md, "Statements and requests"): a participant or an observer asks a
// body to meet (through its own delegate, or the secretariat for it); the body's chair or the
// secretariat answers, once. Accepting convenes the meeting in the same transaction and links it,
// with ONE audit entry describing both; declining is judged at the moment it is done, accepting at
// the new meeting's startsAt (accepting a request that schedules a meeting is done for that meeting).
import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../../platform/auth/current-user.js';
import type { Tx } from '../../platform/database/database.js';
import { BadInput, Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { MeetingRequestStatus } from '../../platform/graphql/enums.js';
import type { ScheduleMeetingInput } from '../inputs/meeting.inputs.js';
import { MeetingLifecycleService } from '../meeting-lifecycle.service.js';
import { MeetingsKit } from '../meetings-kit.js';
import type { RequestMeetingInput, RespondToMeetingRequestInput } from './meeting-request.inputs.js';
import { RequestsRepository, type MeetingRequestRow } from './requests.repository.js';

@Injectable()
export class MeetingRequestService {
  constructor(
    private readonly kit: MeetingsKit,
    private readonly meetings: MeetingLifecycleService,
    private readonly requests: RequestsRepository,
  ) {}

  /** Requests, oldest first (a queue to answer), optionally of one status. Any signed-in user. */
  meetingRequests(actor: CurrentUser | null, status?: MeetingRequestStatus | null): Promise<MeetingRequestRow[]> {
    this.kit.access.requireUser(actor);
    return this.requests.list(this.kit.db, status ?? null);
  }

  async requestMeeting(actor: CurrentUser | null, input: RequestMeetingInput): Promise<MeetingRequestRow> {
    // A delegate of any participant or observer asks for its own participant; the secretariat for any.
    const user = this.kit.access.requireOwnDelegateOrSecretariat(actor, { id: input.participantId });
    return this.kit.db.transaction(async (tx) => {
      const participant = await this.kit.organisation.findParticipant(tx, input.participantId);
      const body = await this.kit.organisation.findBody(tx, input.bodyId);
      const request = await this.requests.insert(tx, {
        bodyId: body.id,
        participantId: participant.id,
        userId: user.id,
        subject: input.subject.trim(),
        justification: input.justification,
      });
      await this.kit.audit(tx, user, 'requestMeeting', ['MeetingRequest', request.id], {
        body: body.code,
        requestedBy: participant.code,
        subject: request.subject,
        justification: request.justification,
      });
      return request;
    });
  }

  async respondToMeetingRequest(
    actor: CurrentUser | null,
    input: RespondToMeetingRequestInput,
  ): Promise<MeetingRequestRow> {
    const user = this.kit.access.requireUser(actor);
    if (!input.accept && input.meeting) {
      throw new BadInput('meeting', 'Give a meeting only when accepting: declining convenes nothing.');
    }
    if (input.accept && !input.meeting) {
      throw new BadInput(
        'meeting',
        'Accepting a request convenes a meeting: give `meeting` (with the request’s bodyId).',
      );
    }
    return this.kit.db.transaction(async (tx) => {
      // Locked, so two answers given at once queue here and the second one finds it answered.
      const request = await this.requests.lock(tx, input.requestId);
      if (!request) throw new NotFound('meeting request', input.requestId);
      const body = await this.kit.organisation.findBody(tx, request.bodyId);
      const meetingInput = input.meeting ?? null;
      if (meetingInput && meetingInput.bodyId !== request.bodyId) {
        throw new BadInput(
          'meeting.bodyId',
          `The request asks ${body.code} to meet: meeting.bodyId must be that body's id.`,
        );
      }
      // Who may answer: decline now; accept at the new meeting's startsAt (the chair then convenes it).
      await this.kit.access.requireChairPowers(tx, user, body, meetingInput ? meetingInput.startsAt : new Date());
      if (request.status !== MeetingRequestStatus.PENDING) {
        throw new Conflict(
          `This meeting request was already answered (${request.status}): a request is answered once.`,
        );
      }
      const meeting = meetingInput ? await this.schedule(tx, user, meetingInput) : null;
      const requestedBy = await this.kit.organisation.findParticipant(tx, request.requestedByParticipantId);
      const answered = await this.requests.answer(tx, {
        id: request.id,
        status: input.accept ? MeetingRequestStatus.ACCEPTED : MeetingRequestStatus.DECLINED,
        response: input.response,
        userId: user.id,
        meetingId: meeting?.id ?? null,
      });
      // One entry for the whole use case: the answer and, when accepted, the meeting it convened.
      await this.kit.audit(tx, user, 'respondToMeetingRequest', ['MeetingRequest', request.id], {
        body: body.code,
        requestedBy: requestedBy.code,
        subject: answered.subject,
        from: MeetingRequestStatus.PENDING,
        to: answered.status,
        response: answered.response,
        meeting: meeting
          ? {
              id: meeting.id,
              title: meeting.title,
              kind: meeting.kind,
              startsAt: meeting.startsAt.toISOString(),
              endsAt: meeting.endsAt.toISOString(),
              location: meeting.location,
            }
          : null,
      });
      return answered;
    });
  }

  /**
   * Schedules the meeting through the meetings area, in this transaction and without an audit entry
   * of its own; a problem with its fields is named inside `meeting` ("meeting.endsAt").
   */
  private async schedule(tx: Tx, user: CurrentUser, input: ScheduleMeetingInput) {
    try {
      return (await this.meetings.schedule(tx, user, input)).meeting;
    } catch (e) {
      if (e instanceof DomainError && e.code === 'BAD_USER_INPUT') {
        const field = e.extensions.field;
        if (typeof field === 'string' && !field.startsWith('meeting.'))
          throw new BadInput(`meeting.${field}`, e.message);
      }
      throw e;
    }
  }
}
