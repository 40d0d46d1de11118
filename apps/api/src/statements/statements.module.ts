// Statements on meetings, proposals and boycotts: an area below its users. The meetings and
// decisions areas register their kinds of target (StatementTargets) and add the GraphQL relations
// to their own types; the decisions area freezes the statements on a proposal and its linked
// boycotts into a decision record at closing (StatementService.statementsForTargets).
import { Module } from '@nestjs/common';
import { StatementTargets } from './statement-targets.js';
import { StatementLoaders } from './statement.loaders.js';
import { StatementResolver } from './statement.resolvers.js';
import { StatementService } from './statement.service.js';
import { StatementsRepository } from './statements.repository.js';

@Module({
  providers: [StatementsRepository, StatementTargets, StatementService, StatementLoaders, StatementResolver],
  exports: [StatementService, StatementLoaders, StatementTargets],
})
export class StatementsModule {}
