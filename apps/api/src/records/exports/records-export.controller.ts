// The public exports of published records (no token): GET /records/{number}.json is exactly the
// canonical bytes that were hashed (so `curl .../records/KP%2F2026%2F7.json | sha256sum` prints the
// contentHash), .md and .pdf render the same content; GET /records/{number}/corrigenda/{n}.json is a
// corrigendum's canonical bytes. The number may be URL-encoded ('KP%2F2026%2F7') or dashed
// ('KP-2026-7'). A draft or an unknown number is 404.
import { Controller, Get, NotFoundException, Param, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RejectBadTokenGuard } from '../../platform/auth/bad-token.guard.js';
import { OrganizationSettings } from '../../platform/database/organization-settings.service.js';
import type { CorrigendumContent } from '../record-content.js';
import { RecordsService } from '../records.service.js';
import { recordMarkdown } from './record-markdown.js';
import { recordPdf } from './record-pdf.js';
import { recordReport } from './record-report.js';

const FORMATS = /^(.+)\.(json|md|pdf)$/;

@Controller('records')
@UseGuards(RejectBadTokenGuard)
export class RecordsExportController {
  constructor(
    private readonly records: RecordsService,
    private readonly org: OrganizationSettings,
  ) {}

  @Get(':file')
  async record(@Param('file') file: string, @Res() res: FastifyReply): Promise<void> {
    const match = FORMATS.exec(file);
    const found = match ? await this.records.publishedByNumber(match[1]) : null;
    if (!match || !found || found.row.canonicalJson === null || found.row.contentHash === null) {
      throw new NotFoundException('No published decision record has that number.');
    }
    const { row, content } = found;
    const number = content.number ?? row.number ?? '';
    const filename = number.replace(/\//g, '-');
    void res.header('X-Content-Hash', row.contentHash!).header('Cache-Control', 'public, max-age=300');
    if (match[2] === 'json') {
      // The stored bytes, untouched: never re-serialised.
      void res.type('application/json; charset=utf-8').send(Buffer.from(row.canonicalJson!, 'utf8'));
      return;
    }
    const corrigenda = (await this.records.corrigendaByRecordIds([row.id]))[0];
    const { timeZone } = await this.org.get();
    const report = recordReport(
      content,
      row.contentHash!,
      timeZone,
      corrigenda.map(
        (c) =>
          ({
            type: 'concord.corrigendum/1',
            id: c.id,
            record: { id: row.id, number },
            number: c.number,
            reason: c.reason,
            correction: c.correction,
            issuedAt: c.issuedAt.toISOString(),
            issuedBy: c.issuedBy,
            previousHash: c.previousHash,
          }) satisfies CorrigendumContent,
      ),
    );
    if (match[2] === 'md') {
      void res
        .type('text/markdown; charset=utf-8')
        .header('Content-Disposition', `inline; filename="${filename}.md"`)
        .send(recordMarkdown(report));
      return;
    }
    const pdf = await recordPdf(report, {
      number,
      publishedAt: new Date(content.publishedAt ?? row.publishedAt ?? Date.now()),
    });
    void res.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}.pdf"`).send(pdf);
  }

  @Get(':number/corrigenda/:file')
  async corrigendum(
    @Param('number') number: string,
    @Param('file') file: string,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const match = /^([1-9][0-9]{0,8})\.json$/.exec(file);
    const row = match ? await this.records.corrigendumByNumber(number, Number(match[1])) : null;
    if (!row) throw new NotFoundException('No corrigendum has that number.');
    void res
      .header('X-Content-Hash', row.contentHash)
      .type('application/json; charset=utf-8')
      .send(Buffer.from(row.canonicalJson, 'utf8'));
  }
}
