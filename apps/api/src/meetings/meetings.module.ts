// Meetings of a body: scheduling and the lifecycle, agendas, attendance and boycotts. The requests,
// statements and calendar subfolders are their own modules; decisions read attendance through
// AttendanceService (exported).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItemEntity } from './entities/agenda-item.entity.js';
import { AttendanceRecordEntity } from './entities/attendance-record.entity.js';
import { BoycottEntity } from './entities/boycott.entity.js';
import { MeetingEntity } from './entities/meeting.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity, AgendaItemEntity, BoycottEntity, AttendanceRecordEntity])],
  providers: [],
  exports: [],
})
export class MeetingsModule {}
