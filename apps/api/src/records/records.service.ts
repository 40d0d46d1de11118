// Decision records: reading them (drafts from their snapshot, published ones from their canonical
// bytes) and who may see which. Publication, corrigenda and the chain live in later sections.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/errors.js';
import { TransactionService } from '../database/transaction.service.js';
import { OrganizationSettings } from '../database/organization-settings.service.js';
import { RecordStatus, DecisionProcedure, Outcome } from '../graphql/enums.js';
import { DecisionRecordModel } from './models/decision-record.models.js';
import { draftContent, type RecordContent, type RecordRow, type BodyKindName, type MeetingKindName } from './record-content.js';

/** The decision_record columns with the facts a draft's content may need (body and meeting kinds). */
export const RECORD_SELECT = `
  SELECT r.id, r.proposal_id AS "proposalId", r.body_id AS "bodyId", r.meeting_id AS "meetingId",
         r.procedure, r.outcome, r.text, r.version_number AS "versionNumber", r.decided_at AS "decidedAt",
         r.chaired_by_participant_id AS "chairedByParticipantId", r.snapshot, r.status, r.number,
         r.chain_position::text AS "chainPosition", r.published_at AS "publishedAt",
         r.published_by_user_id AS "publishedByUserId", r.canonical_json AS "canonicalJson",
         r.content_hash AS "contentHash", r.previous_hash AS "previousHash", r.created_at AS "createdAt",
         b.kind AS "bodyKind", m.kind AS "meetingKind", m.ends_at AS "meetingEndsAt"
    FROM decision_record r
    JOIN body b ON b.id = r.body_id
    LEFT JOIN meeting m ON m.id = r.meeting_id`;

export interface RecordRowWithFacts extends RecordRow {
  bodyKind: BodyKindName;
  meetingKind: MeetingKindName | null;
  meetingEndsAt: Date | null;
}

@Injectable()
export class RecordsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly org: OrganizationSettings,
  ) {}

  /**
   * The record with this id as a GraphQL model, with no access check (for the use cases that just
   * made or changed it, e.g. `closeProposal`). Pass `em` to read inside the caller's transaction.
   */
  async findById(id: string, em?: EntityManager): Promise<DecisionRecordModel | null> {
    if (!isUuid(id)) return null;
    const rows: RecordRowWithFacts[] = await (em ?? this.tx.dataSource.manager).query(`${RECORD_SELECT} WHERE r.id = $1`, [id]);
    return rows.length ? this.toModel(rows[0]) : null;
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
    m.number = content.number;
    m.procedure = content.procedure as DecisionProcedure;
    m.outcome = content.outcome as Outcome;
    m.text = content.text;
    m.versionNumber = content.version;
    m.decidedAt = new Date(content.decidedAt);
    m.publishedAt = content.publishedAt ? new Date(content.publishedAt) : null;
    m.contentHash = row.status === 'PUBLISHED' ? row.contentHash : null;
    m.previousHash = content.previousHash;
    return m;
  }

  async contentOf(row: RecordRowWithFacts): Promise<RecordContent> {
    if (row.status === 'PUBLISHED' && row.canonicalJson !== null) {
      return JSON.parse(row.canonicalJson) as RecordContent;
    }
    const { code, name } = await this.org.get();
    return draftContent(row, {
      organization: { code, name },
      bodyKind: row.bodyKind,
      meeting: row.meetingKind && row.meetingEndsAt ? { kind: row.meetingKind, endsAt: row.meetingEndsAt.toISOString() } : null,
    });
  }
}
