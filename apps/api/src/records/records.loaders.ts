// Per-request DataLoaders of the records area: a list of proposals asking for their decision record,
// a list of records asking for their corrigenda, and the live rows a signed-in reader's extra fields
// need, each cost one query per request whatever the length of the list.
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { indexBy } from '../platform/graphql/loaders.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import type { CorrigendumModel, DecisionRecordModel } from './models/decision-record.models.js';
import type { LiveSources } from './record-objects.js';
import { RecordsService } from './records.service.js';

@Injectable()
export class RecordsLoaders {
  constructor(
    private readonly records: RecordsService,
    private readonly organisation: OrganisationLoaders,
  ) {}

  /** The record of each proposal, or null when there is none or the caller may not see it (a draft). */
  byProposal(ctx: RequestContext): DataLoader<string, DecisionRecordModel | null> {
    return ctx.loaders.get('record.byProposal', (ids: readonly string[]) =>
      this.records.recordsByProposal(ctx.user, ctx, ids),
    );
  }

  byId(ctx: RequestContext): DataLoader<string, DecisionRecordModel | null> {
    return ctx.loaders.get('record.byId', (ids: readonly string[]) => this.records.recordsByIds(ctx.user, ctx, ids));
  }

  corrigenda(ctx: RequestContext): DataLoader<string, CorrigendumModel[]> {
    return ctx.loaders.get('corrigendum.byRecord', (ids: readonly string[]) => this.records.corrigendaByRecordIds(ids));
  }

  private meeting(ctx: RequestContext): DataLoader<string, Record<string, unknown> | null> {
    return ctx.loaders.get('record.liveMeeting', async (ids: readonly string[]) =>
      indexBy(ids, await this.records.meetingsByIds(ids), (m) => m.id as string),
    );
  }

  private proposal(ctx: RequestContext): DataLoader<string, Record<string, unknown> | null> {
    return ctx.loaders.get('record.liveProposal', async (ids: readonly string[]) =>
      indexBy(ids, await this.records.proposalsByIds(ids), (p) => p.id as string),
    );
  }

  /** Where a signed-in reader's live fields come from (see RecordObjects.hydrate). */
  live(ctx: RequestContext): LiveSources {
    const many =
      <V>(loader: DataLoader<string, V>) =>
      async (ids: string[]) =>
        (await loader.loadMany(ids)).map((v) => (v instanceof Error ? null : (v as object | null)));
    return {
      participants: many(this.organisation.participant(ctx)),
      users: many(this.organisation.user(ctx)),
      bodies: many(this.organisation.body(ctx)),
      meetings: many(this.meeting(ctx)),
      proposals: many(this.proposal(ctx)),
    };
  }
}
