// Per-request DataLoaders of the statements area: a list of meetings asking for their statements
// costs one query, whatever the length of the list.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupBy } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { StatementService } from './statement.service.js';
import type { StatementRow } from './statements.repository.js';

@Injectable()
export class StatementLoaders {
  constructor(private readonly service: StatementService) {}

  /** The statements on each meeting, oldest first. */
  onMeeting(ctx: RequestContext): DataLoader<string, StatementRow[]> {
    return ctx.loaders.get('statement.byMeeting', async (ids: readonly string[]) =>
      groupBy(ids, await this.service.statementsOnMeetings(ids), (s) => s.meetingId as string),
    );
  }
}
