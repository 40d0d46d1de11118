// The exports a secretariat hands out: GET /records/{number}.json (the canonical bytes, so sha256sum
// prints the contentHash), .md and .pdf, all public, all saying the same things; Cyrillic and accents
// render in the PDF (its text is extracted with pdfjs-dist and checked).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { insertDraftRecordFixture, type DraftRecordFixture } from './draft-record.fixture.js';

const YEAR = new Date().getUTCFullYear();
const KG_NAME = 'Кыргыз Республикасы';
const KG_STATEMENT = 'Кыргызская Республика поддерживает решение.';
const RU_BOYCOTT = 'Российская Федерация не участвует в заседании под этим председательством.';

/** The text of a PDF, pages joined by a form feed. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over (detaches it): give it a copy.
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\f').replace(/[ \t]+/g, ' ');
}

describe('record exports (JSON, Markdown, PDF)', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let draft: DraftRecordFixture;
  let record: { id: string; number: string; contentHash: string };

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    const admin = await t.as('admin@kp.example');
    // A participant whose name is in Cyrillic, seated on the Participation Committee.
    const kg = (
      await secretariat.ok(
        `mutation { createParticipant(input: { code: "KG", name: "${KG_NAME}", kind: PARTICIPANT }) { id } }`,
      )
    ).createParticipant;
    await admin.ok(
      `mutation ($p: ID!) { createUser(input: { email: "kg@kp.example", displayName: "Делегат Кыргызстана", password: "concord-demo-kg", role: DELEGATE, participantId: $p }) { id } }`,
      { p: kg.id },
    );
    const pc = (await secretariat.ok('{ organization { bodies { id code } } }')).organization.bodies.find(
      (b: any) => b.code === 'PC',
    );
    await secretariat.ok('mutation ($b: ID!, $p: ID!) { addBodyMember(bodyId: $b, participantId: $p) { id } }', {
      b: pc.id,
      p: kg.id,
    });

    draft = await insertDraftRecordFixture(t, {
      boycotter: 'RU',
      boycottStatement: RU_BOYCOTT,
      absent: 'ZW',
      excused: 'AO',
      abstainers: ['US'],
      objectors: [],
      positionStatements: { KG: KG_STATEMENT, CA: 'Le Canada appuie la décision, sans réserve.' },
      statements: { GB: 'The United Kingdom welcomes the decision.' },
    });
    record = (
      await secretariat.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id number contentHash } }', {
        id: draft.recordId,
      })
    ).publishDecisionRecord;
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => fetch(`${t.url}${path}`);

  it('GET /records/{number}.json serves exactly the hashed bytes, by encoded or dashed number, without a token', async () => {
    const encoded = await get(`/records/${encodeURIComponent(record.number)}.json`);
    expect(encoded.status).toBe(200);
    expect(encoded.headers.get('content-type')).toMatch(/^application\/json/);
    const bytes = Buffer.from(await encoded.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(record.contentHash);
    const dashed = Buffer.from(await (await get(`/records/KP-${YEAR}-1.json`)).arrayBuffer());
    expect(dashed.equals(bytes)).toBe(true);
    const stored = (await t.sql.query('SELECT canonical_json FROM decision_record WHERE id = $1', [record.id])).rows[0]
      .canonical_json;
    expect(bytes.toString('utf8')).toBe(stored);
    // Canonical: sorted keys, no insignificant whitespace.
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(doc)).toEqual([...Object.keys(doc)].sort());
    expect(doc).toMatchObject({
      number: record.number,
      procedure: 'IN_MEETING',
      outcome: 'ADOPTED',
      version: 1,
      body: { code: 'PC' },
    });
    for (const key of [
      'number',
      'body',
      'meeting',
      'procedure',
      'text',
      'version',
      'outcome',
      'decidedAt',
      'chair',
      'positions',
      'attendance',
      'objectors',
      'statements',
      'publishedAt',
      'publishedBy',
      'previousHash',
    ]) {
      expect(doc).toHaveProperty(key);
    }
  });

  it('unknown numbers, drafts and other extensions are 404', async () => {
    expect((await get(`/records/KP-${YEAR}-99.json`)).status).toBe(404);
    expect((await get(`/records/nonsense.json`)).status).toBe(404);
    expect((await get(`/records/KP-${YEAR}-1.xml`)).status).toBe(404);
    expect((await get(`/records/KP-${YEAR}-99.pdf`)).status).toBe(404);
    expect((await get(`/records/KP-${YEAR}-99.md`)).status).toBe(404);
    expect((await get(`/records/KP-${YEAR}-1/corrigenda/1.json`)).status).toBe(404);
  });

  it('the Markdown says what the JSON says: number, body, meeting, text, outcome, stances, attendance, statements, chair and hash', async () => {
    const res = await get(`/records/${encodeURIComponent(record.number)}.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    const md = await res.text();
    const doc = JSON.parse(await (await get(`/records/KP-${YEAR}-1.json`)).text());
    expect(md).toContain(`# Decision record ${record.number}`);
    expect(md).toContain('Participation Committee (PC)');
    expect(md).toContain(doc.meeting.title);
    expect(md).toContain(doc.text);
    expect(md).toContain('**Outcome:** ADOPTED');
    expect(md).toContain(record.contentHash);
    expect(md).toContain(`${KG_NAME} (KG)`);
    expect(md).toContain(KG_STATEMENT);
    expect(md).toContain('Le Canada appuie la décision, sans réserve.');
    expect(md).toContain(RU_BOYCOTT);
    expect(md).toContain('The United Kingdom welcomes the decision.');
    expect(md).toMatch(/## Abstained \(stood aside\) \(1\)\n\nUnited States of America \(US\)\n/);
    expect(md).toMatch(/## Attendance: Absent \(1\)\n\nZimbabwe \(ZW\)\n/);
    expect(md).toMatch(/## Attendance: Excused \(1\)\n\n- \*\*Angola \(AO\)\*\*: Travel difficulties/);
    expect(md).toMatch(
      /## Attendance: Boycotting \(1\)\n\n- \*\*Russian Federation \(RU\)\*\*: Boycott of this meeting: /,
    );
    expect(md).toMatch(/## Objected \(0\)\n\n\*nobody\*/);
    expect(md).toMatch(/- \*\*Кыргыз Республикасы \(KG\)\*\*: Кыргызская Республика поддерживает решение\./);
    expect(md).toContain('**Chair:** European Union (EU)');
    // Every participant with a position in the JSON is named in the Markdown.
    for (const p of doc.positions) expect(md).toContain(`${p.participant.name} (${p.participant.code})`);
  });

  it('the PDF is one or two pages in an embedded font and its text names everyone, Cyrillic and accents included', async () => {
    const res = await get(`/records/KP-${YEAR}-1.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    // One or two clean pages for a committee of sixteen.
    expect(text.split('\f').length).toBeLessThanOrEqual(2);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Decision record ${record.number}`);
    expect(flat).toContain('Participation Committee (PC)');
    expect(flat).toContain('ADOPTED');
    expect(flat).toContain(KG_NAME);
    expect(flat).toContain(KG_STATEMENT);
    expect(flat).toContain(RU_BOYCOTT);
    expect(flat).toContain('Le Canada appuie la décision, sans réserve.');
    expect(flat).toContain('European Union (EU)');
    expect(flat).toContain('Zimbabwe (ZW)');
    expect(flat).toContain('Angola (AO)');
    expect(flat).toContain(record.contentHash);
    // The font is embedded (a subset of DejaVu Sans), so any reader renders the names.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/FontFile2/);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/DejaVuSans/);
  });

  it('a corrigendum appears in the Markdown and the PDF, and its own JSON is served at /records/{number}/corrigenda/{n}.json', async () => {
    const c = (
      await secretariat.ok(
        'mutation ($i: IssueCorrigendumInput!) { issueCorrigendum(input: $i) { number contentHash } }',
        {
          i: {
            recordId: record.id,
            reason: 'Le nom du Kirghizistan était mal orthographié.',
            correction: `Lire « ${KG_NAME} ».`,
          },
        },
      )
    ).issueCorrigendum;
    const bytes = Buffer.from(
      await (await get(`/records/${encodeURIComponent(record.number)}/corrigenda/1.json`)).arrayBuffer(),
    );
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(c.contentHash);
    const md = await (await get(`/records/KP-${YEAR}-1.md`)).text();
    expect(md).toContain('## Corrigenda');
    expect(md).toContain('Le nom du Kirghizistan était mal orthographié.');
    const text = (await pdfText(new Uint8Array(await (await get(`/records/KP-${YEAR}-1.pdf`)).arrayBuffer()))).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Le nom du Kirghizistan était mal orthographié.');
    // The record's own bytes never change.
    const again = Buffer.from(await (await get(`/records/KP-${YEAR}-1.json`)).arrayBuffer());
    expect(createHash('sha256').update(again).digest('hex')).toBe(record.contentHash);
  });
});
