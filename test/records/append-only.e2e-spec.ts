// Published records, corrigenda and audit entries never change, whoever sends the SQL: the database
// refuses UPDATE, DELETE and TRUNCATE through the app's own connection. An attacker with the keys can
// switch the trigger off (as the superuser); verifyRecordChain then names the record that was changed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { insertDraftRecordFixture } from './draft-record.fixture.js';

const VERIFY =
  '{ verifyRecordChain { valid checked problem firstInvalid { id number } firstInvalidCorrigendum { id number } } }';

describe('append-only records and tamper detection', () => {
  let t: TestApp;
  let app: DataSource;
  let secretariat: GraphQLClient;
  const published: { id: string; number: string }[] = [];
  let corrigendumId: string;

  /** SQL through the API's own pool and role (not the test's superuser pool). */
  const asApp = (sql: string, params: unknown[] = []) => app.query(sql, params);
  const refused = async (sql: string, params: unknown[] = []) => {
    const e = (await asApp(sql, params).then(
      () => null,
      (err: unknown) => err,
    )) as { message?: string; driverError?: { code?: string } } | null;
    expect(e).not.toBeNull();
    expect(e!.message).toMatch(/refused/);
    return e;
  };

  beforeAll(async () => {
    t = await startTestApp();
    app = t.app.get(DataSource);
    secretariat = await t.as('secretariat@kp.example');
    for (let i = 0; i < 3; i++) {
      const d = await insertDraftRecordFixture(t);
      published.push(
        (
          await secretariat.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id number } }', {
            id: d.recordId,
          })
        ).publishDecisionRecord,
      );
    }
    corrigendumId = (
      await secretariat.ok('mutation ($i: IssueCorrigendumInput!) { issueCorrigendum(input: $i) { id } }', {
        i: { recordId: published[1].id, reason: 'Wrong date', correction: 'Read 10 March for 11 March.' },
      })
    ).issueCorrigendum.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('an UPDATE or a DELETE of a published record is refused', async () => {
    await refused(`UPDATE decision_record SET text = 'rewritten' WHERE id = $1`, [published[0].id]);
    await refused(`UPDATE decision_record SET snapshot = '{}'::jsonb WHERE id = $1`, [published[0].id]);
    await refused(`DELETE FROM decision_record WHERE id = $1`, [published[0].id]);
    const { rows } = await t.sql.query(`SELECT text FROM decision_record WHERE id = $1`, [published[0].id]);
    expect(rows[0].text).not.toBe('rewritten');
  });

  it('an UPDATE or a DELETE of a corrigendum or of an audit entry is refused, and TRUNCATE of any of them', async () => {
    await refused(`UPDATE corrigendum SET correction = 'nothing' WHERE id = $1`, [corrigendumId]);
    await refused(`DELETE FROM corrigendum WHERE id = $1`, [corrigendumId]);
    await refused(`UPDATE audit_entry SET action = 'nothing'`);
    await refused(`DELETE FROM audit_entry`);
    for (const table of ['decision_record', 'corrigendum', 'audit_entry']) await refused(`TRUNCATE ${table} CASCADE`);
  });

  it('a DRAFT is not frozen yet: it can still be published', async () => {
    const d = await insertDraftRecordFixture(t);
    const r = (
      await secretariat.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { number } }', {
        id: d.recordId,
      })
    ).publishDecisionRecord;
    expect(r.number).toMatch(/\/4$/);
    published.push({ id: d.recordId, number: r.number });
    expect((await t.anonymous.ok(VERIFY)).verifyRecordChain).toMatchObject({ valid: true, checked: 5 });
  });

  /** As an attacker with the superuser's keys: switch the guard off, change the row, switch it on. */
  async function tamper(table: 'decision_record' | 'corrigendum', sql: string, params: unknown[]) {
    const guard = table === 'decision_record' ? 'decision_record_guard' : 'corrigendum_append_only';
    const c = await t.sql.connect();
    try {
      await c.query(`ALTER TABLE ${table} DISABLE TRIGGER ${guard}`);
      await c.query(sql, params);
    } finally {
      await c.query(`ALTER TABLE ${table} ENABLE TRIGGER ${guard}`);
      c.release();
    }
  }

  it("changing a published record's canonical JSON is detected, naming that record", async () => {
    const target = published[1];
    const { rows } = await t.sql.query(`SELECT canonical_json FROM decision_record WHERE id = $1`, [target.id]);
    const original = rows[0].canonical_json as string;
    await tamper(
      'decision_record',
      `UPDATE decision_record SET canonical_json = replace(canonical_json, '"ADOPTED"', '"NOT_ADOPTED"') WHERE id = $1`,
      [target.id],
    );
    const v = (await t.anonymous.ok(VERIFY)).verifyRecordChain;
    expect(v).toMatchObject({
      valid: false,
      checked: 2,
      firstInvalid: { id: target.id, number: target.number },
      firstInvalidCorrigendum: null,
    });
    expect(v.problem).toMatch(new RegExp(`${target.number}.*hash`));
    await tamper('decision_record', `UPDATE decision_record SET canonical_json = $2 WHERE id = $1`, [
      target.id,
      original,
    ]);
    expect((await t.anonymous.ok(VERIFY)).verifyRecordChain.valid).toBe(true);
  });

  it("changing a published record's text column (leaving its bytes) is detected: the row no longer says what the bytes say", async () => {
    const target = published[2];
    await tamper(
      'decision_record',
      `UPDATE decision_record SET text = 'The Committee rejects the applicant.' WHERE id = $1`,
      [target.id],
    );
    const v = (await t.anonymous.ok(VERIFY)).verifyRecordChain;
    expect(v).toMatchObject({ valid: false, firstInvalid: { number: target.number } });
    expect(v.problem).toMatch(/text/);
  });

  it('re-hashing a changed record to hide it breaks the link from the entry after it', async () => {
    const target = published[0];
    const { rows } = await t.sql.query(`SELECT canonical_json FROM decision_record WHERE id = $1`, [target.id]);
    const forged = (rows[0].canonical_json as string).replace('"ADOPTED"', '"NOT_ADOPTED"');
    const forgedHash = (await import('node:crypto')).createHash('sha256').update(forged).digest('hex');
    await tamper(
      'decision_record',
      `UPDATE decision_record SET canonical_json = $2, content_hash = $3, outcome = 'NOT_ADOPTED' WHERE id = $1`,
      [target.id, forged, forgedHash],
    );
    const v = (await t.anonymous.ok(VERIFY)).verifyRecordChain;
    expect(v).toMatchObject({ valid: false, checked: 2, firstInvalid: { number: published[1].number } });
    expect(v.problem).toMatch(/previousHash/);
  });

  it('a changed corrigendum is named by firstInvalidCorrigendum', async () => {
    // A fresh database keeps this case apart from the records tampered with above.
    const t2 = await startTestApp();
    try {
      const s2 = await t2.as('secretariat@kp.example');
      const d = await insertDraftRecordFixture(t2);
      const r = (await s2.ok('mutation ($id: ID!) { publishDecisionRecord(recordId: $id) { id } }', { id: d.recordId }))
        .publishDecisionRecord;
      const c = (
        await s2.ok('mutation ($i: IssueCorrigendumInput!) { issueCorrigendum(input: $i) { id number } }', {
          i: { recordId: r.id, reason: 'Typo', correction: 'Read “admission” for “admision”.' },
        })
      ).issueCorrigendum;
      const k = await t2.sql.connect();
      try {
        await k.query('ALTER TABLE corrigendum DISABLE TRIGGER corrigendum_append_only');
        await k.query(`UPDATE corrigendum SET correction = 'Nothing to correct.' WHERE id = $1`, [c.id]);
      } finally {
        await k.query('ALTER TABLE corrigendum ENABLE TRIGGER corrigendum_append_only');
        k.release();
      }
      const v = (await t2.anonymous.ok(VERIFY)).verifyRecordChain;
      expect(v).toMatchObject({
        valid: false,
        checked: 2,
        firstInvalid: null,
        firstInvalidCorrigendum: { id: c.id, number: 1 },
      });
      expect(v.problem).toMatch(/Corrigendum 1 .*correction/);
    } finally {
      await t2.close();
    }
  });
});
