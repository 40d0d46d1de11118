// Publication into the organisation's tamper-evident chain (docs/rules.md "Records, hashes and the chain").
//
// One chain per organisation, in publication order, of records and corrigenda alike. Every chain
// write first increments the `chain` counter row: that row lock is held to commit, so chain writes
// are serialised, the position is gapless (a rollback gives it back), and the entry before ours is
// committed and readable when we take its contentHash as our previousHash. A record's number is
// `<org code>/<publication year in the org's time zone>/<seq>`, the sequence from the counter
// `record:<year>`, incremented in the same transaction (gapless per year, never duplicated).
//
// What is hashed: the RFC 8785 canonical JSON of the record's content (record-content.ts:
// number, organisation, proposal, body, meeting, procedure, text, version, outcome, decidedAt, chair,
// positions, attendance, objectors, silent, entitlement, tally, statements, boycotts, publishedAt,
// publishedBy, previousHash; not contentHash). The bytes are stored as text exactly as hashed.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canTransition, formatRecordNumber, localYear, recordLifecycle, transitionProblem } from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { Conflict, NotFound, isUuid } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { EventBus } from '../platform/events/event-bus.service.js';
import type { UserRef } from './decision-snapshot.js';
import { ChainVerificationModel, CorrigendumModel, DecisionRecordModel } from './models/decision-record.models.js';
import { canonicalJson, sha256Hex } from './record-canonical.js';
import { CORRIGENDUM_DOCUMENT_TYPE, type CorrigendumContent, type RecordContent } from './record-content.js';
import {
  CORRIGENDUM_SELECT,
  RECORD_SELECT,
  RecordsService,
  type CorrigendumRow,
  type RecordRowWithFacts,
} from './records.service.js';

export interface IssueCorrigendum {
  recordId: string;
  reason: string;
  correction: string;
}

/** The next value of a gapless counter; the row stays locked until the transaction ends. */
async function nextCounter(em: EntityManager, name: string): Promise<number> {
  const rows: { value: string }[] = await em.query(
    'INSERT INTO counter (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = counter.value + 1 RETURNING value',
    [name],
  );
  return Number(rows[0].value);
}

/** Takes the next chain position (serialising chain writes) and the hash of the entry before it. */
async function nextChainLink(em: EntityManager): Promise<{ position: number; previousHash: string | null }> {
  const position = await nextCounter(em, 'chain');
  if (position === 1) return { position, previousHash: null };
  const rows: { contentHash: string }[] = await em.query(
    `SELECT content_hash AS "contentHash" FROM decision_record WHERE chain_position = $1
     UNION ALL SELECT content_hash FROM corrigendum WHERE chain_position = $1`,
    [position - 1],
  );
  // The counter and the entries move in one transaction, so the previous entry is always there.
  if (rows.length !== 1) throw new Error(`the chain has no single entry at position ${position - 1}`);
  return { position, previousHash: rows[0].contentHash };
}

async function userRef(em: EntityManager, id: string): Promise<UserRef> {
  const rows: UserRef[] = await em.query('SELECT id, display_name AS "displayName" FROM app_user WHERE id = $1', [id]);
  if (!rows.length) throw new Error('the acting user is not in the database');
  return rows[0];
}

@Injectable()
export class RecordChainService {
  constructor(
    private readonly tx: TransactionService,
    private readonly org: OrganizationSettings,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly records: RecordsService,
  ) {}

  /** publishDecisionRecord: DRAFT -> PUBLISHED, numbered, hashed and linked into the chain. */
  async publish(actor: CurrentUser | null, recordId: string): Promise<DecisionRecordModel> {
    const user = this.access.requireSecretariat(actor);
    const published = await this.tx.run(async (em) => {
      if (!isUuid(recordId)) throw new NotFound('decision record', recordId);
      // Lock the record first: a second publication of it waits here, then sees PUBLISHED.
      const locked: { status: 'DRAFT' | 'PUBLISHED'; number: string | null }[] = await em.query(
        'SELECT status, number FROM decision_record WHERE id = $1 FOR UPDATE',
        [recordId],
      );
      if (!locked.length) throw new NotFound('decision record', recordId);
      if (!canTransition(recordLifecycle, locked[0].status, 'PUBLISHED')) {
        throw new Conflict(
          `${transitionProblem(recordLifecycle, locked[0].status, 'PUBLISHED', 'decision record')}: it was published as ${locked[0].number}.`,
        );
      }
      const { position, previousHash } = await nextChainLink(em);
      // Taken after the chain lock, so publication instants follow the chain's order.
      const publishedAt = new Date();
      const org = await this.org.get();
      const year = localYear(publishedAt, org.timeZone);
      const seq = await nextCounter(em, `record:${year}`);
      const number = formatRecordNumber(org.code, year, seq);
      const row = (await this.records.rowById(recordId, em)) as RecordRowWithFacts;
      const draft = await this.records.contentOf(row);
      const content: RecordContent = {
        ...draft,
        number,
        publishedAt: publishedAt.toISOString(),
        publishedBy: await userRef(em, user.id),
        previousHash,
      };
      const bytes = canonicalJson(content);
      const contentHash = sha256Hex(bytes);
      await em.query(
        `UPDATE decision_record
            SET status = 'PUBLISHED', number = $2, number_year = $3, number_seq = $4, chain_position = $5,
                published_at = $6, published_by_user_id = $7, canonical_json = $8, content_hash = $9, previous_hash = $10
          WHERE id = $1`,
        [recordId, number, year, seq, position, publishedAt, user.id, bytes, contentHash, previousHash],
      );
      await this.audit.append(em, {
        actor: user,
        action: 'publishDecisionRecord',
        entity: 'DecisionRecord',
        entityId: recordId,
        details: { number, chainPosition: position, contentHash, previousHash, proposalId: row.proposalId },
      });
      return (await this.records.findById(recordId, em)) as DecisionRecordModel;
    });
    await this.events.publish(`proposalUpdated:${published.proposalId}`, { id: published.proposalId });
    return published;
  }

  /** issueCorrigendum: a correction of a PUBLISHED record, itself hashed into the chain. */
  async issueCorrigendum(actor: CurrentUser | null, input: IssueCorrigendum): Promise<CorrigendumModel> {
    const user = this.access.requireSecretariat(actor);
    return this.tx.run(async (em) => {
      if (!isUuid(input.recordId)) throw new NotFound('decision record', input.recordId);
      const records: { status: string; number: string | null }[] = await em.query(
        'SELECT status, number FROM decision_record WHERE id = $1',
        [input.recordId],
      );
      if (!records.length) throw new NotFound('decision record', input.recordId);
      if (records[0].status !== 'PUBLISHED') {
        throw new Conflict(
          'Only a PUBLISHED decision record can be corrected: this one is a DRAFT (publish it, or correct it before it is published).',
        );
      }
      const { position, previousHash } = await nextChainLink(em);
      // The chain lock also serialises corrigenda of one record, so max + 1 is gapless.
      const [{ n }]: { n: number }[] = await em.query(
        'SELECT COALESCE(MAX(number), 0)::int + 1 AS n FROM corrigendum WHERE record_id = $1',
        [input.recordId],
      );
      const issuedAt = new Date();
      const doc: CorrigendumContent = {
        type: CORRIGENDUM_DOCUMENT_TYPE,
        id: randomUUID(),
        record: { id: input.recordId, number: records[0].number as string },
        number: n,
        reason: input.reason,
        correction: input.correction,
        issuedAt: issuedAt.toISOString(),
        issuedBy: await userRef(em, user.id),
        previousHash,
      };
      const bytes = canonicalJson(doc);
      const contentHash = sha256Hex(bytes);
      await em.query(
        `INSERT INTO corrigendum (id, record_id, number, reason, correction, issued_by_user_id, issued_at, chain_position,
                                  canonical_json, content_hash, previous_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          doc.id,
          input.recordId,
          n,
          input.reason,
          input.correction,
          user.id,
          issuedAt,
          position,
          bytes,
          contentHash,
          previousHash,
        ],
      );
      await this.audit.append(em, {
        actor: user,
        action: 'issueCorrigendum',
        entity: 'Corrigendum',
        entityId: doc.id,
        details: {
          recordId: input.recordId,
          recordNumber: doc.record.number,
          number: n,
          reason: input.reason,
          correction: input.correction,
          chainPosition: position,
          contentHash,
          previousHash,
        },
      });
      const rows: CorrigendumRow[] = await em.query(`${CORRIGENDUM_SELECT} WHERE c.id = $1`, [doc.id]);
      return this.records.corrigendumModel(rows[0]);
    });
  }

  /**
   * verifyRecordChain (public): walks the chain in order and, for every entry, re-hashes its stored
   * bytes, checks that they are canonical, that they hash to the stored contentHash, that their
   * previousHash is the contentHash of the entry before, and that the stored columns say what the
   * bytes say (so a row cannot show one thing and verify as another). Stops at the first problem.
   */
  async verify(): Promise<ChainVerificationModel> {
    // Both lists from one snapshot, so a publication that commits in between cannot look like a hole.
    const [records, corrigenda] = await this.tx.dataSource.transaction(
      'REPEATABLE READ',
      async (em) =>
        [
          (await em.query(
            `${RECORD_SELECT} WHERE r.status = 'PUBLISHED' OR r.chain_position IS NOT NULL`,
          )) as RecordRowWithFacts[],
          (await em.query(CORRIGENDUM_SELECT)) as CorrigendumRow[],
        ] as const,
    );
    type Entry = { position: number; record?: RecordRowWithFacts; corrigendum?: CorrigendumRow };
    const entries: Entry[] = [
      ...records.map((r) => ({ position: Number(r.chainPosition), record: r })),
      ...corrigenda.map((c) => ({ position: Number(c.chainPosition), corrigendum: c })),
    ].sort((a, b) => a.position - b.position);
    const numbers = new Map(records.map((r) => [r.id, r.number]));

    let previous: string | null = null;
    let checked = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      checked++;
      const name = e.record
        ? `Record ${e.record.number ?? e.record.id} (chain position ${e.position})`
        : `Corrigendum ${e.corrigendum!.number} of record ${numbers.get(e.corrigendum!.recordId) ?? e.corrigendum!.recordId} (chain position ${e.position})`;
      const problem =
        e.position !== i + 1
          ? `${name}: the chain has no entry at position ${i + 1} (an entry was removed or renumbered).`
          : e.record
            ? this.recordProblem(e.record, previous)
            : this.corrigendumProblem(e.corrigendum!, previous, numbers);
      if (problem) {
        const result = new ChainVerificationModel();
        result.valid = false;
        result.checked = checked;
        result.firstInvalid = e.record ? await this.records.toModel(e.record) : null;
        result.firstInvalidCorrigendum = e.corrigendum ? this.records.corrigendumModel(e.corrigendum) : null;
        result.problem = problem.startsWith(name) ? problem : `${name}: ${problem}`;
        return result;
      }
      previous = (e.record?.contentHash ?? e.corrigendum?.contentHash) as string;
    }
    const ok = new ChainVerificationModel();
    ok.valid = true;
    ok.checked = checked;
    ok.firstInvalid = null;
    ok.firstInvalidCorrigendum = null;
    ok.problem = null;
    return ok;
  }

  /** Null when the bytes are whole and linked; else what is wrong, in plain words. */
  private bytesProblem(
    bytes: string | null,
    storedHash: string | null,
    storedPrevious: string | null,
    previous: string | null,
  ): { problem: string | null; doc: Record<string, unknown> | null } {
    if (bytes === null || storedHash === null)
      return { problem: 'it is published but has no stored bytes or no contentHash.', doc: null };
    const actual = sha256Hex(bytes);
    if (actual !== storedHash) {
      return {
        problem: `its stored bytes hash to ${actual}, not to its contentHash ${storedHash}: the record was changed after publication.`,
        doc: null,
      };
    }
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(bytes) as Record<string, unknown>;
    } catch {
      return { problem: 'its stored bytes are not JSON.', doc: null };
    }
    if (canonicalJson(doc) !== bytes) return { problem: 'its stored bytes are not in canonical form (RFC 8785).', doc };
    if ((doc.previousHash ?? null) !== storedPrevious) {
      return {
        problem: `its previousHash column (${storedPrevious}) differs from the previousHash in its bytes (${String(doc.previousHash)}).`,
        doc,
      };
    }
    if (storedPrevious !== previous) {
      return {
        problem:
          previous === null
            ? `it is the first entry of the chain but links to ${storedPrevious}.`
            : `its previousHash ${storedPrevious} is not the contentHash ${previous} of the entry published before it.`,
        doc,
      };
    }
    return { problem: null, doc };
  }

  private recordProblem(r: RecordRowWithFacts, previous: string | null): string | null {
    if (r.status !== 'PUBLISHED') return 'it has a chain position but is not PUBLISHED.';
    const { problem, doc } = this.bytesProblem(r.canonicalJson, r.contentHash, r.previousHash, previous);
    if (problem) return problem;
    const c = doc as unknown as RecordContent;
    const disagree: string[] = [];
    const same = (field: string, column: unknown, inBytes: unknown) => {
      if (column !== inBytes) disagree.push(field);
    };
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    same('id', r.id, c.id);
    same('number', r.number, c.number);
    same('proposal', r.proposalId, c.proposal?.id);
    same('body', r.bodyId, c.body?.id);
    same('meeting', r.meetingId, c.meeting?.id ?? null);
    same('procedure', r.procedure, c.procedure);
    same('outcome', r.outcome, c.outcome);
    same('text', r.text, c.text);
    same('versionNumber', r.versionNumber, c.version);
    same('decidedAt', iso(r.decidedAt), c.decidedAt);
    same('chairedBy', r.chairedByParticipantId, c.chair?.id ?? null);
    same('publishedAt', iso(r.publishedAt), c.publishedAt);
    same('publishedBy', r.publishedByUserId, c.publishedBy?.id ?? null);
    return disagree.length
      ? `its stored ${disagree.join(', ')} ${disagree.length > 1 ? 'differ' : 'differs'} from its hashed bytes.`
      : null;
  }

  private corrigendumProblem(
    c: CorrigendumRow,
    previous: string | null,
    numbers: Map<string, string | null>,
  ): string | null {
    const { problem, doc } = this.bytesProblem(c.canonicalJson, c.contentHash, c.previousHash, previous);
    if (problem) return problem;
    const d = doc as unknown as CorrigendumContent;
    const disagree: string[] = [];
    const same = (field: string, column: unknown, inBytes: unknown) => {
      if (column !== inBytes) disagree.push(field);
    };
    same('id', c.id, d.id);
    same('record', c.recordId, d.record?.id);
    same('record number', numbers.get(c.recordId) ?? null, d.record?.number);
    same('number', c.number, d.number);
    same('reason', c.reason, d.reason);
    same('correction', c.correction, d.correction);
    same('issuedAt', c.issuedAt.toISOString(), d.issuedAt);
    same('issuedBy', c.issuedByUserId, d.issuedBy?.id);
    return disagree.length
      ? `its stored ${disagree.join(', ')} ${disagree.length > 1 ? 'differ' : 'differs'} from its hashed bytes.`
      : null;
  }
}
