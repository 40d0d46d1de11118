// Meeting requests: asked by a participant or an observer, answered once by the body's chair or
// the secretariat; accepting convenes the meeting through the meetings area's scheduling
// (MeetingLifecycleService.schedule, in the answer's transaction) and reads meetings through its loaders.
import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings.module.js';
import { MeetingRequestResolver } from './meeting-request.resolver.js';
import { MeetingRequestService } from './meeting-request.service.js';
import { RequestsRepository } from './requests.repository.js';

@Module({
  imports: [MeetingsModule],
  providers: [RequestsRepository, MeetingRequestService, MeetingRequestResolver],
})
export class MeetingRequestsModule {}
