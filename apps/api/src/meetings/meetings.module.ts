// Meetings of a body: the lifecycle, agendas, attendance and boycotts (the requests and calendar
// subfolders are their own modules). Exports what the areas above build on: the read model
// (MeetingsReadModel), the loaders, and the adjournment checks they may register. Statements sit
// below: this area registers meetings and boycotts as statement targets and adds the relations.
import { Module } from '@nestjs/common';
import { StatementsModule } from '../statements/statements.module.js';
import { AgendaRepository } from './agenda.repository.js';
import { AgendaService } from './agenda.service.js';
import { AttendanceRepository } from './attendance.repository.js';
import { AttendanceService } from './attendance.service.js';
import { AttendanceRecordResolver, BoycottResolver } from './attendance-boycotts.resolvers.js';
import { AttendanceViews } from './attendance-views.js';
import { BoycottsRepository } from './boycotts.repository.js';
import { BoycottsService } from './boycotts.service.js';
import { AdjournmentChecks } from './adjournment-checks.js';
import { MeetingLifecycleService } from './meeting-lifecycle.service.js';
import { MeetingReadsService } from './meeting-reads.service.js';
import { MeetingStatementTargets } from './meeting-statement-targets.js';
import { MeetingStatementsResolver, StatementTargetResolver } from './meeting-statements.resolvers.js';
import { MeetingsKit } from './meetings-kit.js';
import { MeetingsReadModel } from './meetings.read-model.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { AgendaItemResolver, BodyMeetingsResolver, MeetingResolver } from './meetings.resolvers.js';

@Module({
  imports: [StatementsModule],
  providers: [
    MeetingsKit,
    MeetingsRepository,
    AgendaRepository,
    AttendanceRepository,
    BoycottsRepository,
    AttendanceViews,
    MeetingsReadModel,
    AdjournmentChecks,
    MeetingReadsService,
    MeetingLifecycleService,
    AgendaService,
    AttendanceService,
    BoycottsService,
    MeetingLoaders,
    MeetingResolver,
    BodyMeetingsResolver,
    AgendaItemResolver,
    AttendanceRecordResolver,
    BoycottResolver,
    MeetingStatementTargets,
    MeetingStatementsResolver,
    StatementTargetResolver,
  ],
  exports: [
    // For the areas above: the read model, the loaders, the adjournment checks to register with.
    MeetingsReadModel,
    MeetingLoaders,
    AdjournmentChecks,
    // For this area's own submodules (requests, calendar).
    MeetingsKit,
    MeetingsRepository,
    MeetingLifecycleService,
  ],
})
export class MeetingsModule {}
