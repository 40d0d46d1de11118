// Meeting requests (docs/rules.md "Statements and requests"): a participant or an observer asks a body to
// meet (through its own delegate, or the secretariat for it); the body's chair or the secretariat
// answers, once. Accepting convenes the meeting in the same transaction and links it, with ONE audit
// entry describing both; declining is judged at the moment it is done, accepting at the new
// meeting's startsAt (docs/rules.md "Chair powers": accepting a request that schedules a meeting is done
// for that meeting).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../../auth/access.service.js';
import type { CurrentUser } from '../../platform/auth/current-user.js';
import { AuditService } from '../../audit/audit.service.js';
import { BadInput, Conflict, DomainError, NotFound, isUuid } from '../../platform/errors.js';
import { TransactionService } from '../../platform/database/transaction.service.js';
import { MeetingRequestStatus } from '../../platform/graphql/enums.js';
import { OrganisationService } from '../../organisation/organisation.service.js';
import type { ScheduleMeetingInput } from '../inputs/meeting.inputs.js';
import { MeetingsService } from '../meetings.service.js';
import { MeetingRequestEntity } from './meeting-request.entity.js';
import type { RequestMeetingInput, RespondToMeetingRequestInput } from './meeting-request.inputs.js';

@Injectable()
export class MeetingRequestService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organisation: OrganisationService,
    private readonly meetings: MeetingsService,
  ) {}

  private get em(): EntityManager {
    return this.tx.dataSource.manager;
  }

  /** Requests, oldest first (a queue to answer), optionally of one status. Any signed-in user. */
  meetingRequests(actor: CurrentUser | null, status?: MeetingRequestStatus | null): Promise<MeetingRequestEntity[]> {
    this.access.requireUser(actor);
    return this.em.find(MeetingRequestEntity, {
      where: status ? { status } : {},
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async requestMeeting(actor: CurrentUser | null, input: RequestMeetingInput): Promise<MeetingRequestEntity> {
    // A delegate of any participant or observer asks for its own participant; the secretariat for any.
    const user = this.access.requireOwnParticipantOrSecretariat(actor, input.participantId);
    return this.tx.run(async (em) => {
      const participant = await this.organisation.findParticipant(em, input.participantId);
      const body = await this.organisation.findBody(em, input.bodyId);
      const request = await em.save(
        em.create(MeetingRequestEntity, {
          bodyId: body.id,
          requestedByParticipantId: participant.id,
          requestedByUserId: user.id,
          subject: input.subject.trim(),
          justification: input.justification,
          status: MeetingRequestStatus.PENDING,
        }),
      );
      await this.audit.append(em, {
        actor: user,
        action: 'requestMeeting',
        entity: 'MeetingRequest',
        entityId: request.id,
        details: {
          body: body.code,
          requestedBy: participant.code,
          subject: request.subject,
          justification: request.justification,
        },
      });
      return request;
    });
  }

  async respondToMeetingRequest(
    actor: CurrentUser | null,
    input: RespondToMeetingRequestInput,
  ): Promise<MeetingRequestEntity> {
    const user = this.access.requireUser(actor);
    if (!input.accept && input.meeting) {
      throw new BadInput('meeting', 'Give a meeting only when accepting: declining convenes nothing.');
    }
    if (input.accept && !input.meeting) {
      throw new BadInput(
        'meeting',
        'Accepting a request convenes a meeting: give `meeting` (with the request’s bodyId).',
      );
    }
    return this.tx.run(async (em) => {
      // Locked, so two answers given at once queue here and the second one finds it answered.
      const request = isUuid(input.requestId)
        ? await em.findOne(MeetingRequestEntity, {
            where: { id: input.requestId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!request) throw new NotFound('meeting request', input.requestId);
      const body = await this.organisation.findBody(em, request.bodyId);
      const meetingInput = input.meeting ?? null;
      if (meetingInput && meetingInput.bodyId !== request.bodyId) {
        throw new BadInput(
          'meeting.bodyId',
          `The request asks ${body.code} to meet: meeting.bodyId must be that body's id.`,
        );
      }
      // Who may answer: decline now; accept at the new meeting's startsAt (the chair then convenes it).
      await this.access.requireChairPowers(em, user, body, meetingInput ? meetingInput.startsAt : new Date());
      if (request.status !== MeetingRequestStatus.PENDING) {
        throw new Conflict(
          `This meeting request was already answered (${request.status}): a request is answered once.`,
        );
      }
      const meeting = meetingInput ? await this.schedule(em, user, meetingInput) : null;
      const requestedBy = await this.organisation.findParticipant(em, request.requestedByParticipantId);
      request.status = input.accept ? MeetingRequestStatus.ACCEPTED : MeetingRequestStatus.DECLINED;
      request.response = input.response;
      request.respondedByUserId = user.id;
      request.respondedAt = new Date();
      request.meetingId = meeting?.id ?? null;
      await em.save(request);
      // One entry for the whole use case: the answer and, when accepted, the meeting it convened.
      await this.audit.append(em, {
        actor: user,
        action: 'respondToMeetingRequest',
        entity: 'MeetingRequest',
        entityId: request.id,
        details: {
          body: body.code,
          requestedBy: requestedBy.code,
          subject: request.subject,
          from: MeetingRequestStatus.PENDING,
          to: request.status,
          response: request.response,
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
        },
      });
      return request;
    });
  }

  /**
   * Schedules the meeting through the meetings area, in this transaction and without an audit entry
   * of its own; a problem with its fields is named inside `meeting` ("meeting.endsAt").
   */
  private async schedule(em: EntityManager, user: CurrentUser, input: ScheduleMeetingInput) {
    try {
      return await this.meetings.scheduleInTransaction(em, user, input);
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
