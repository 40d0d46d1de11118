// The PDF export of a published record: the RecordReport set in DejaVu Sans, embedded, so every
// participant's name and statement renders, Cyrillic and accents included (docs/rules.md "Exports").
// A4, plain typography, one or two pages for a record of a normal size; long texts flow on.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { headingOf, splitItems, type RecordReport } from './record-report.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(fontDir, 'DejaVuSans.ttf');
const BOLD = join(fontDir, 'DejaVuSans-Bold.ttf');

export function recordPdf(r: RecordReport, meta: { number: string; publishedAt: Date }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 56, right: 56 },
    info: { Title: r.title, Subject: r.subtitle, Creator: 'Concord', CreationDate: meta.publishedAt },
    // Identical bytes for identical records: no random document id.
    pdfVersion: '1.7',
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('bold').fontSize(16).text(r.title, { width });
  doc.font('regular').fontSize(10).fillColor('#444').text(r.subtitle, { width }).fillColor('black');
  doc.moveDown(0.6);

  for (const s of r.sections) {
    // Keep a heading with at least a couple of lines under it.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    doc.moveDown(0.4);
    doc.font('bold').fontSize(11).text(headingOf(s), { width });
    doc.moveDown(0.15);
    doc.fontSize(9);
    for (const [label, value] of s.facts ?? []) {
      doc.font('bold').text(`${label}: `, { continued: true, width }).font('regular').text(value, { width });
    }
    for (const p of s.paragraphs ?? []) {
      doc.font('regular').text(p, { width, align: 'left' });
      doc.moveDown(0.3);
    }
    if (s.items) {
      if (s.items.length === 0)
        doc
          .font('regular')
          .fillColor('#666')
          .text(s.empty ?? 'none', { width })
          .fillColor('black');
      const { names, detailed } = splitItems(s.items);
      if (names.length) doc.font('regular').text(names.join('; '), { width });
      for (const i of detailed) {
        doc.font('bold').text(`•  ${i.who}`, { width });
        if (i.detail)
          doc
            .font('regular')
            .text(i.detail, doc.page.margins.left + 14, undefined, { width: width - 14, paragraphGap: 1 });
        doc.x = doc.page.margins.left;
      }
    }
  }

  doc.moveDown(1);
  doc
    .font('regular')
    .fontSize(7)
    .fillColor('#666')
    .text(
      `${meta.number}: this document renders the canonical JSON of the record; its SHA-256 is the content hash above.`,
      { width },
    );
  doc.end();
  return done;
}
