// Meeting requests: asked by a participant or an observer, answered once by the body's chair or
// the secretariat; accepting convenes the meeting through the meetings area's scheduling
// (MeetingsService.scheduleInTransaction) and reads meetings through its loaders.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsModule } from '../meetings.module.js';
import { MeetingRequestEntity } from './meeting-request.entity.js';
import { MeetingRequestResolver } from './meeting-request.resolver.js';
import { MeetingRequestService } from './meeting-request.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MeetingRequestEntity]), MeetingsModule],
  providers: [MeetingRequestService, MeetingRequestResolver],
})
export class MeetingRequestsModule {}
