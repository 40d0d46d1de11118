// Meetings of a body: scheduling and the lifecycle, agendas, attendance and boycotts. The requests,
// statements and calendar subfolders are their own engineers'; decisions read attendance through
// AttendanceService and schedule through MeetingsService (both exported).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceService } from './attendance.service.js';
import { BoycottsService } from './boycotts.service.js';
import { AgendaItemEntity } from './entities/agenda-item.entity.js';
import { AttendanceRecordEntity } from './entities/attendance-record.entity.js';
import { BoycottEntity } from './entities/boycott.entity.js';
import { MeetingEntity } from './entities/meeting.entity.js';
import { MeetingStore } from './meeting.store.js';
import { MeetingLoaders } from './meetings.loaders.js';
import {
  AgendaItemResolver,
  AttendanceRecordResolver,
  BodyMeetingsResolver,
  BoycottResolver,
  MeetingResolver,
} from './meetings.resolvers.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity, AgendaItemEntity, BoycottEntity, AttendanceRecordEntity])],
  providers: [
    MeetingStore,
    AttendanceService,
    BoycottsService,
    MeetingsService,
    MeetingLoaders,
    MeetingResolver,
    BodyMeetingsResolver,
    AgendaItemResolver,
    AttendanceRecordResolver,
    BoycottResolver,
  ],
  exports: [MeetingStore, AttendanceService, BoycottsService, MeetingsService, MeetingLoaders],
})
export class MeetingsModule {}
