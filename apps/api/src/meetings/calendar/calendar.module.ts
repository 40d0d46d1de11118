// Public iCalendar feeds of meetings (RFC 5545), served by a plain HTTP controller.
import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

@Module({ imports: [MeetingsModule], controllers: [CalendarController], providers: [CalendarService] })
export class CalendarModule {}
