// The domain areas beyond the organisation, each one Nest module (meetings, decisions, records).
import type { Type } from '@nestjs/common';
import { MeetingsModule } from './meetings/meetings.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { CalendarModule } from './meetings/calendar/calendar.module.js';
import { MeetingRequestsModule } from './meetings/requests/meeting-requests.module.js';
import { StatementsModule } from './statements/statements.module.js';
import { RecordsModule } from './records/records.module.js';

export const AREA_MODULES: Type<unknown>[] = [
  MeetingsModule,
  DecisionsModule,
  MeetingRequestsModule,
  StatementsModule,
  CalendarModule,
  RecordsModule,
];
