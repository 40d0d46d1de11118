// GET /calendar/bodies/:id.ics and GET /calendar/meetings/:id.ics: public iCalendar feeds (no token,
// docs/rules.md, "Who may read what"); an id that names nothing is 404.
import { Controller, Get, NotFoundException, Param, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RejectBadTokenGuard } from '../../platform/auth/bad-token.guard.js';
import { CalendarService } from './calendar.service.js';

@Controller('calendar')
@UseGuards(RejectBadTokenGuard)
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('bodies/:id.ics')
  async body(@Param('id') id: string, @Res() res: FastifyReply): Promise<void> {
    send(res, await this.calendar.bodyFeed(id), `No body with id ${id}.`);
  }

  @Get('meetings/:id.ics')
  async meeting(@Param('id') id: string, @Res() res: FastifyReply): Promise<void> {
    send(res, await this.calendar.meetingFeed(id), `No meeting with id ${id}.`);
  }
}

function send(res: FastifyReply, ics: string | null, notFound: string): void {
  if (ics === null) throw new NotFoundException(notFound);
  // Calendar clients poll: they must revalidate to see a reschedule or a cancellation.
  void res
    .status(200)
    .headers({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-cache' })
    .send(ics);
}
