// Reading decision records, and who may see which (docs/rules.md "Who may read what"): published records
// are public; a DRAFT is visible to the secretariat, the admin and users with chair powers on the
// record's body, judged at the meeting's startsAt for an IN_MEETING record (the chair of 2022 runs
// 2022's meetings, also when they are recorded later) and at decidedAt for a WRITTEN one. A draft
// anyone else asks for is not there: null for a single item, absent from lists.
// A published record is read from its canonical bytes, a draft from its frozen snapshot.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatRecordNumber, hasChairPowers, parseRecordNumber, type ChairTermFact } from '#consensus';
import { AccessService } from '../auth/access.service.js';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { isUuid } from '../platform/errors.js';
import { OrganizationSettings } from '../platform/database/organization-settings.service.js';
import { TransactionService } from '../platform/database/transaction.service.js';
import { DecisionProcedure, Outcome, RecordStatus } from '../platform/graphql/enums.js';
import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '../platform/graphql/pagination.js';
import type { RequestContext } from '../platform/graphql/request-context.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import type { CorrigendumContent } from './record-content.js';
import { CorrigendumModel, DecisionRecordConnection, DecisionRecordModel } from './models/decision-record.models.js';
import {
  draftContent,
  type BodyKindName,
  type MeetingKindName,
  type RecordContent,
  type RecordRow,
} from './record-content.js';

/** The decision_record columns with the facts a draft's content may need (body and meeting kinds). */
export const RECORD_SELECT = `
  SELECT r.id, r.proposal_id AS "proposalId", r.body_id AS "bodyId", r.meeting_id AS "meetingId",
         r.procedure, r.outcome, r.text, r.version_number AS "versionNumber", r.decided_at AS "decidedAt",
         r.chaired_by_participant_id AS "chairedByParticipantId", r.snapshot, r.status, r.number,
         r.chain_position::text AS "chainPosition", r.published_at AS "publishedAt",
         r.published_by_user_id AS "publishedByUserId", r.canonical_json AS "canonicalJson",
         r.content_hash AS "contentHash", r.previous_hash AS "previousHash", r.created_at AS "createdAt",
         b.kind AS "bodyKind", m.kind AS "meetingKind", m.ends_at AS "meetingEndsAt", m.starts_at AS "meetingStartsAt",
         COALESCE(r.published_at, r.created_at)::text AS "sortAt"
    FROM decision_record r
    JOIN body b ON b.id = r.body_id
    LEFT JOIN meeting m ON m.id = r.meeting_id`;

export interface RecordRowWithFacts extends RecordRow {
  bodyKind: BodyKindName;
  meetingKind: MeetingKindName | null;
  meetingEndsAt: Date | null;
  meetingStartsAt: Date | null;
  /** Newest first: a published record by its publication, a draft by its closing. */
  sortAt: string;
}

export const CORRIGENDUM_SELECT = `
  SELECT c.id, c.record_id AS "recordId", c.number, c.reason, c.correction, c.issued_by_user_id AS "issuedByUserId",
         c.issued_at AS "issuedAt", c.chain_position::text AS "chainPosition", c.canonical_json AS "canonicalJson",
         c.content_hash AS "contentHash", c.previous_hash AS "previousHash"
    FROM corrigendum c`;

export interface CorrigendumRow {
  id: string;
  recordId: string;
  number: number;
  reason: string;
  correction: string;
  issuedByUserId: string;
  issuedAt: Date;
  chainPosition: string;
  canonicalJson: string;
  contentHash: string;
  previousHash: string | null;
}

export interface DecisionRecordsFilter {
  bodyId?: string | null;
  status?: RecordStatus | null;
  first?: number | null;
  after?: string | null;
}

/** The instant at which chair powers over a record are judged (see the header). */
function chairInstant(row: { procedure: string; meetingStartsAt: Date | null; decidedAt: Date }): Date {
  return row.procedure === 'IN_MEETING' && row.meetingStartsAt ? row.meetingStartsAt : row.decidedAt;
}

@Injectable()
export class RecordsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly org: OrganizationSettings,
    private readonly access: AccessService,
    private readonly organisation: OrganisationLoaders,
  ) {}

  private get db(): EntityManager {
    return this.tx.dataSource.manager;
  }

  /**
   * The record with this id as a GraphQL model, with no access check (for the use cases that just
   * made or changed it, e.g. `closeProposal`). Pass `em` to read inside the caller's transaction.
   */
  async findById(id: string, em?: EntityManager): Promise<DecisionRecordModel | null> {
    const row = await this.rowById(id, em);
    return row ? this.toModel(row) : null;
  }

  async rowById(id: string, em?: EntityManager): Promise<RecordRowWithFacts | null> {
    if (!isUuid(id)) return null;
    const rows: RecordRowWithFacts[] = await (em ?? this.db).query(`${RECORD_SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** `decisionRecord(id, number)`: null when nothing matches or the caller may not see it. */
  async record(
    actor: CurrentUser | null,
    ctx: RequestContext,
    id: string | null | undefined,
    number: string | null | undefined,
  ): Promise<DecisionRecordModel | null> {
    let row: RecordRowWithFacts | null = null;
    if (id !== null && id !== undefined) {
      row = await this.rowById(id);
      if (row && number != null && row.number !== this.normaliseNumber(number)) row = null;
    } else if (number !== null && number !== undefined) {
      const normal = this.normaliseNumber(number);
      if (normal)
        row =
          ((await this.db.query(`${RECORD_SELECT} WHERE r.number = $1`, [normal])) as RecordRowWithFacts[])[0] ?? null;
    }
    if (!row || !(await this.canSee(actor, ctx, row))) return null;
    return this.toModel(row);
  }

  /** 'KP/2022/7' or 'KP-2022-7' -> 'KP/2022/7'; anything else -> null. */
  normaliseNumber(number: string): string | null {
    const parsed = parseRecordNumber(number.trim());
    return parsed ? formatRecordNumber(parsed.orgCode, parsed.year, parsed.seq) : null;
  }

  /** A published record by its number (either spelling), for the public exports. */
  async publishedByNumber(number: string): Promise<{ row: RecordRowWithFacts; content: RecordContent } | null> {
    const normal = this.normaliseNumber(number);
    if (!normal) return null;
    const rows: RecordRowWithFacts[] = await this.db.query(
      `${RECORD_SELECT} WHERE r.number = $1 AND r.status = 'PUBLISHED'`,
      [normal],
    );
    if (!rows.length) return null;
    return { row: rows[0], content: await this.contentOf(rows[0]) };
  }

  async canSee(actor: CurrentUser | null, ctx: RequestContext, row: RecordRowWithFacts): Promise<boolean> {
    if (row.status === 'PUBLISHED') return true;
    if (!actor) return false;
    if (this.access.isSecretariat(actor)) return true;
    const terms = (await this.organisation.chairTerms(ctx).load(row.bodyId)) as ChairTermFact[];
    return hasChairPowers(actor, terms, await this.access.dayOf(chairInstant(row)));
  }

  /** The drafts a delegate may see: those of bodies its participant chairs (or vice-chairs) at the record's instant. */
  private async visibleDraftIds(actor: CurrentUser, bodyId: string | null): Promise<string[]> {
    if (!actor.participantId) return [];
    const rows: { id: string; bodyId: string; procedure: string; decidedAt: Date; meetingStartsAt: Date | null }[] =
      await this.db.query(
        `SELECT r.id, r.body_id AS "bodyId", r.procedure, r.decided_at AS "decidedAt", m.starts_at AS "meetingStartsAt"
         FROM decision_record r LEFT JOIN meeting m ON m.id = r.meeting_id
        WHERE r.status = 'DRAFT' AND ($2::uuid IS NULL OR r.body_id = $2)
          AND r.body_id IN (SELECT body_id FROM chair_term WHERE participant_id = $1)`,
        [actor.participantId, bodyId],
      );
    const terms = new Map<string, ChairTermFact[]>();
    const visible: string[] = [];
    for (const r of rows) {
      if (!terms.has(r.bodyId)) terms.set(r.bodyId, await this.access.chairTerms(this.db, r.bodyId));
      if (hasChairPowers(actor, terms.get(r.bodyId)!, await this.access.dayOf(chairInstant(r)))) visible.push(r.id);
    }
    return visible;
  }

  /** `decisionRecords`: newest first (a published record by its publication, a draft by its closing). */
  async records(actor: CurrentUser | null, filter: DecisionRecordsFilter): Promise<DecisionRecordConnection> {
    const first = pageSize(filter.first);
    const cursor = decodeCursor(filter.after, 2);
    if (filter.bodyId != null && !isUuid(filter.bodyId))
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (!this.access.isSecretariat(actor)) {
      // Drafts only where the caller holds chair powers; anonymous callers see published records only.
      const drafts = actor ? await this.visibleDraftIds(actor, filter.bodyId ?? null) : [];
      where.push(`(r.status = 'PUBLISHED' OR r.id = ANY(${param(drafts)}::uuid[]))`);
    }
    if (filter.bodyId) where.push(`r.body_id = ${param(filter.bodyId)}`);
    if (filter.status) where.push(`r.status = ${param(filter.status)}`);
    if (cursor) {
      const [at, id] = cursor as [string, string];
      if (!isUuid(id) || Number.isNaN(Date.parse(at)))
        return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      where.push(`(COALESCE(r.published_at, r.created_at), r.id) < (${param(at)}::timestamptz, ${param(id)}::uuid)`);
    }
    const rows: RecordRowWithFacts[] = await this.db.query(
      `${RECORD_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY COALESCE(r.published_at, r.created_at) DESC, r.id DESC LIMIT ${first + 1}`,
      params,
    );
    const models = await Promise.all(rows.map((r) => this.toModel(r)));
    const sortAt = new Map(rows.map((r) => [r.id, r.sortAt]));
    return connectionFrom(models, first, (m) => encodeCursor([sortAt.get(m.id)!, m.id]));
  }

  /** Proposal.decisionRecord, batched: the record of each proposal the caller may see, else null. */
  async recordsByProposal(
    actor: CurrentUser | null,
    ctx: RequestContext,
    proposalIds: readonly string[],
  ): Promise<(DecisionRecordModel | null)[]> {
    const ids = proposalIds.filter(isUuid);
    const rows: RecordRowWithFacts[] = ids.length
      ? await this.db.query(`${RECORD_SELECT} WHERE r.proposal_id = ANY($1::uuid[])`, [ids])
      : [];
    const byProposal = new Map<string, DecisionRecordModel>();
    for (const row of rows) {
      if (await this.canSee(actor, ctx, row)) byProposal.set(row.proposalId, await this.toModel(row));
    }
    return proposalIds.map((id) => byProposal.get(id) ?? null);
  }

  /** Records by id, batched (Corrigendum.record); published ones are public, drafts follow canSee. */
  async recordsByIds(
    actor: CurrentUser | null,
    ctx: RequestContext,
    recordIds: readonly string[],
  ): Promise<(DecisionRecordModel | null)[]> {
    const ids = recordIds.filter(isUuid);
    const rows: RecordRowWithFacts[] = ids.length
      ? await this.db.query(`${RECORD_SELECT} WHERE r.id = ANY($1::uuid[])`, [ids])
      : [];
    const byId = new Map<string, DecisionRecordModel>();
    for (const row of rows) {
      if (await this.canSee(actor, ctx, row)) byId.set(row.id, await this.toModel(row));
    }
    return recordIds.map((id) => byId.get(id) ?? null);
  }

  /** The corrigenda of each record, oldest first, batched. */
  async corrigendaByRecordIds(recordIds: readonly string[]): Promise<CorrigendumModel[][]> {
    const ids = recordIds.filter(isUuid);
    const rows: CorrigendumRow[] = ids.length
      ? await this.db.query(
          `${CORRIGENDUM_SELECT} WHERE c.record_id = ANY($1::uuid[]) ORDER BY c.record_id, c.number`,
          [ids],
        )
      : [];
    const byRecord = new Map<string, CorrigendumModel[]>();
    for (const r of rows) {
      const list = byRecord.get(r.recordId) ?? [];
      list.push(this.corrigendumModel(r));
      byRecord.set(r.recordId, list);
    }
    return recordIds.map((id) => byRecord.get(id) ?? []);
  }

  /** A published corrigendum's bytes, by its record's number and its own number (the public export). */
  async corrigendumByNumber(recordNumber: string, n: number): Promise<CorrigendumRow | null> {
    const normal = this.normaliseNumber(recordNumber);
    if (!normal || !Number.isSafeInteger(n) || n < 1) return null;
    const rows: CorrigendumRow[] = await this.db.query(
      `${CORRIGENDUM_SELECT} JOIN decision_record r ON r.id = c.record_id WHERE r.number = $1 AND c.number = $2`,
      [normal, n],
    );
    return rows[0] ?? null;
  }

  /** A corrigendum answers from its canonical bytes; the columns are only an index of them. */
  corrigendumModel(r: CorrigendumRow): CorrigendumModel {
    const m = new CorrigendumModel();
    let doc: CorrigendumContent | null = null;
    try {
      doc = JSON.parse(r.canonicalJson) as CorrigendumContent;
    } catch {
      // unreadable bytes (a tampered row): fall back to the columns so verifyRecordChain can name it
    }
    m.id = r.id;
    m.recordId = r.recordId;
    m.number = doc?.number ?? r.number;
    m.reason = doc?.reason ?? r.reason;
    m.correction = doc?.correction ?? r.correction;
    m.issuedAt = doc ? new Date(doc.issuedAt) : r.issuedAt;
    m.issuedBy = doc?.issuedBy ?? { id: r.issuedByUserId, displayName: '' };
    m.contentHash = r.contentHash;
    m.previousHash = doc ? doc.previousHash : r.previousHash;
    return m;
  }

  /** Live meetings by id (for a signed-in reader asking a record's meeting for fields it does not hold). */
  async meetingsByIds(ids: readonly string[]): Promise<Record<string, unknown>[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db.query(
      `SELECT id, body_id AS "bodyId", title, kind, status, starts_at AS "startsAt", ends_at AS "endsAt", location,
              cancellation_reason AS "cancellationReason", sequence
         FROM meeting WHERE id = ANY($1::uuid[])`,
      [valid],
    );
  }

  /** Live proposals by id, in the decisions area's ProposalModel shape. */
  async proposalsByIds(ids: readonly string[]): Promise<Record<string, unknown>[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db.query(
      `SELECT id, reference, title, procedure, status, deadline, withdrawal_reason AS "withdrawalReason", body_id AS "bodyId",
              agenda_item_id AS "agendaItemId", meeting_id AS "meetingId", current_version AS "currentVersionNumber",
              created_by_user_id AS "createdByUserId", created_at AS "createdAt", opened_at AS "openedAt", closed_at AS "closedAt"
         FROM proposal WHERE id = ANY($1::uuid[])`,
      [valid],
    );
  }

  /** The model of a row: a published record answers from its canonical bytes, a draft from its snapshot. */
  async toModel(row: RecordRowWithFacts): Promise<DecisionRecordModel> {
    const content = await this.contentOf(row);
    const m = new DecisionRecordModel();
    m.id = row.id;
    m.status = row.status as RecordStatus;
    m.proposalId = row.proposalId;
    m.bodyId = row.bodyId;
    m.content = content;
    m.number = row.status === 'PUBLISHED' ? (content.number ?? row.number) : null;
    m.procedure = content.procedure as DecisionProcedure;
    m.outcome = content.outcome as Outcome;
    m.text = content.text;
    m.versionNumber = content.version;
    m.decidedAt = new Date(content.decidedAt);
    m.publishedAt = content.publishedAt ? new Date(content.publishedAt) : row.publishedAt;
    m.contentHash = row.status === 'PUBLISHED' ? row.contentHash : null;
    m.previousHash = row.status === 'PUBLISHED' ? content.previousHash : null;
    return m;
  }

  /** What a record says: its canonical bytes once published (the snapshot only if they are unreadable). */
  async contentOf(row: RecordRowWithFacts): Promise<RecordContent> {
    if (row.status === 'PUBLISHED' && row.canonicalJson !== null) {
      try {
        return JSON.parse(row.canonicalJson) as RecordContent;
      } catch {
        // unreadable bytes (a tampered row): verifyRecordChain reports it; readers see the snapshot
      }
    }
    const { code, name } = await this.org.get();
    return draftContent(row, {
      organization: { code, name },
      bodyKind: row.bodyKind,
      meeting:
        row.meetingKind && row.meetingEndsAt
          ? { kind: row.meetingKind, endsAt: row.meetingEndsAt.toISOString() }
          : null,
    });
  }
}
