// Decision records: reading, publication into the tamper-evident chain, corrigenda, verification
// and the public exports (JSON, Markdown, PDF).
import { Module } from '@nestjs/common';
import { RecordsService } from './records.service.js';

@Module({
  providers: [RecordsService],
  exports: [RecordsService],
})
export class RecordsModule {}
