// Statements on meetings, proposals and boycotts. Exports StatementService so the decisions area can
// freeze the statements on a proposal and its linked boycotts into a decision record at closing
// (StatementService.statementsForTargets).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { StatementEntity } from './statement.entity.js';
import { StatementLoaders } from './statement.loaders.js';
import { MeetingStatementsResolver, StatementResolver } from './statement.resolvers.js';
import { StatementService } from './statement.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([StatementEntity]), MeetingsModule],
  providers: [StatementService, StatementLoaders, StatementResolver, MeetingStatementsResolver],
  exports: [StatementService],
})
export class StatementsModule {}
