// A record of a written (silence) procedure: no meeting, no attendance, the silent listed (silence
// is not objection), judged at the deadline; its draft is seen by the body's chair in office when
// it was decided; published, its exports say "written procedure" and name the silent.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';

describe('the record of a written procedure', () => {
  let t: TestApp;
  let secretariat: GraphQLClient;
  let proposalId: string;
  let recordId: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    for (const p of (await secretariat.ok('{ organization { participants { id code } } }')).organization.participants)
      ids.set(p.code, p.id);
    const wgs = (await secretariat.ok('{ organization { bodies { id code } } }')).organization.bodies.find(
      (b: any) => b.code === 'WGS',
    );
    // WGS: IL chairs since 2023. The secretariat circulates a text with a short deadline.
    proposalId = (
      await secretariat.ok('mutation ($i: StartWrittenProcedureInput!) { startWrittenProcedure(input: $i) { id } }', {
        i: {
          bodyId: wgs.id,
          title: 'Statistics template 2027',
          text: 'The WGS adopts the 2027 statistics template.',
          deadline: new Date(Date.now() + 2500).toISOString(),
        },
      })
    ).startWrittenProcedure.id;
    for (const [code, stance, statement] of [
      ['US', 'SUPPORT', null],
      ['CA', 'ABSTAIN', 'Le Canada s’abstient.'],
    ] as const) {
      await (
        await t.as(`${code.toLowerCase()}@kp.example`)
      ).ok('mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { stance } }', {
        i: { proposalId, participantId: ids.get(code), stance, statement },
      });
    }
    // Concord closes it itself at the deadline: wait for that state.
    for (;;) {
      const p = (
        await secretariat.ok('query ($id: ID!) { proposal(id: $id) { status decisionRecord { id } } }', {
          id: proposalId,
        })
      ).proposal;
      if (p.decisionRecord) {
        recordId = p.decisionRecord.id;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('the draft has no meeting and no attendance, and lists the silent', async () => {
    const d = (
      await secretariat.ok(
        'query ($id: ID) { decisionRecord(id: $id) { status procedure outcome meeting { id } attendance { status } positions { participant { code } stance } } }',
        {
          id: recordId,
        },
      )
    ).decisionRecord;
    expect(d).toMatchObject({
      status: 'DRAFT',
      procedure: 'WRITTEN',
      outcome: 'ADOPTED',
      meeting: null,
      attendance: [],
    });
    expect(d.positions.map((p: any) => p.participant.code).sort()).toEqual(['CA', 'US']);
  });

  it("the body's chair in office at the decision (IL) sees the draft; the chair of another body (EU) does not", async () => {
    const q = 'query ($id: ID) { decisionRecord(id: $id) { id } }';
    expect((await (await t.as('il@kp.example')).ok(q, { id: recordId })).decisionRecord).toEqual({ id: recordId });
    expect((await (await t.as('au@kp.example')).ok(q, { id: recordId })).decisionRecord).toEqual({ id: recordId }); // vice-chair
    expect((await (await t.as('eu@kp.example')).ok(q, { id: recordId })).decisionRecord).toBeNull();
  });

  it('published, its JSON, Markdown and PDF say it was a written procedure and who stayed silent', async () => {
    const r = (
      await secretariat.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { number contentHash } }', {
        id: recordId,
      })
    ).publishDecisionRecord;
    const json = Buffer.from(
      await (await fetch(`${t.url}/records/${encodeURIComponent(r.number)}.json`)).arrayBuffer(),
    );
    expect(createHash('sha256').update(json).digest('hex')).toBe(r.contentHash);
    const doc = JSON.parse(json.toString('utf8'));
    expect(doc).toMatchObject({ procedure: 'WRITTEN', meeting: null, attendance: [] });
    expect(doc.silent.length).toBeGreaterThan(5);
    const md = await (await fetch(`${t.url}/records/${r.number.replace(/\//g, '-')}.md`)).text();
    expect(md).toContain('**Meeting:** none (written procedure)');
    expect(md).toContain(`## Silent (silence is not objection) (${doc.silent.length})`);
    for (const p of doc.silent) expect(md).toContain(`${p.name} (${p.code})`);
    expect(md).toContain('Le Canada s’abstient.');
    expect(md).not.toContain('## Attendance');
    const pdf = await fetch(`${t.url}/records/${r.number.replace(/\//g, '-')}.pdf`);
    expect(pdf.status).toBe(200);
  });
});
