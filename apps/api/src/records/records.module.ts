// Decision records: reading (drafts from their snapshot, published records from their canonical
// bytes), publication into the tamper-evident chain, corrigenda, verification and the public exports
// (JSON, Markdown, PDF). RecordsService is exported for the decisions area (closeProposal answers
// with RecordsService.findById).
import { Module } from '@nestjs/common';
import { ChainVerificationService } from './chain-verification.service.js';
import { RecordsExportController } from './exports/records-export.controller.js';
import { RecordChainService } from './record-chain.service.js';
import { RecordsLoaders } from './records.loaders.js';
import { CorrigendumResolver, DecisionRecordResolver, ProposalDecisionRecordResolver } from './records.resolvers.js';
import { RecordsService } from './records.service.js';

@Module({
  controllers: [RecordsExportController],
  providers: [
    RecordsService,
    RecordChainService,
    ChainVerificationService,
    RecordsLoaders,
    DecisionRecordResolver,
    CorrigendumResolver,
    ProposalDecisionRecordResolver,
  ],
  exports: [RecordsService],
})
export class RecordsModule {}
