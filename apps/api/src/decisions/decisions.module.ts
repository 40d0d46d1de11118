// Proposals, their versions and positions, the consensus rule at closing, written procedures and
// their deadline worker. ClosingService is exported for whoever needs to close a proposal in its own
// transaction (closeLocked).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { RecordsModule } from '../records/records.module.js';
import { ClosingService } from './closing.service.js';
import { DeadlineWorker } from './deadline.worker.js';
import { DecisionsLoaders } from './decisions.loaders.js';
import { DecisionsRepository } from './decisions.repository.js';
import {
  AgendaItemProposalsResolver,
  PositionResolver,
  ProposalResolver,
  ProposalVersionResolver,
} from './decisions.resolvers.js';
import { PositionEntity } from './entities/position.entity.js';
import { ProposalVersionEntity } from './entities/proposal-version.entity.js';
import { ProposalEntity } from './entities/proposal.entity.js';
import { StatementsModule } from '../statements/statements.module.js';
import { MeetingAndStatementHooks } from './meeting-and-statement-hooks.js';
import { MeetingAndStatementHooksRepository } from './meeting-and-statement-hooks.repository.js';
import { PositionService } from './position.service.js';
import { ProposalService } from './proposal.service.js';
import { StatementProposalResolver } from './statement-proposal.resolver.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProposalEntity, ProposalVersionEntity, PositionEntity]),
    MeetingsModule,
    StatementsModule,
    RecordsModule,
  ],
  providers: [
    DecisionsRepository,
    DecisionsLoaders,
    ProposalService,
    PositionService,
    ClosingService,
    DeadlineWorker,
    ProposalResolver,
    PositionResolver,
    ProposalVersionResolver,
    AgendaItemProposalsResolver,
    MeetingAndStatementHooksRepository,
    MeetingAndStatementHooks,
    StatementProposalResolver,
  ],
  exports: [DecisionsRepository, DecisionsLoaders, ClosingService],
})
export class DecisionsModule {}
