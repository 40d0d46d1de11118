// The chain the benchmark verifies: one record published through the API (a real 85-member
// record: positions, attendance, entitlement), then copies of it inserted with raw SQL as further
// PUBLISHED entries, each with its own proposal, number, id and publication instant, serialised with
// the same RFC 8785 canonical JSON (`canonicalize`) and SHA-256, each linked to the one before. The
// result is a chain the API's verifyRecordChain must find whole.
import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import pg from 'pg';

interface ModelRow {
  proposalId: string;
  number: string;
  numberYear: number;
  canonicalJson: string;
  contentHash: string;
  publishedAt: Date;
  publishedByUserId: string;
}

export interface ChainFixture {
  entries: number;
  /** Canonical bytes in the chain, in MB. */
  megabytes: number;
  /** Bytes of one copied entry. */
  entryBytes: number;
}

const BATCH = 100;

type Doc = Record<string, unknown> & { proposal: { id: string; reference: string; title: string } };
type Ref = { participant?: { id: string }; id?: string };

/**
 * The model record as if its body had seated only the first `members` participants (by code): every
 * list that names participants keeps theirs, and the tally is counted again from what is kept.
 */
function trimmed(doc: Doc, members: number): Doc {
  const entitlement = (doc.entitlement as (Ref & { participant: { id: string; code: string } })[]) ?? [];
  const kept = new Set(
    [...entitlement]
      .sort((a, b) => (a.participant.code < b.participant.code ? -1 : 1))
      .slice(0, members)
      .map((e) => e.participant.id),
  );
  const keep = (list: unknown) => ((list as Ref[]) ?? []).filter((x) => kept.has(x.participant?.id ?? x.id ?? ''));
  const positions = keep(doc.positions) as { stance: string }[];
  const silent = keep(doc.silent);
  const count = (stance: string) => positions.filter((p) => p.stance === stance).length;
  return {
    ...doc,
    positions,
    attendance: keep(doc.attendance),
    entitlement: keep(doc.entitlement),
    objectors: keep(doc.objectors),
    silent,
    statements: keep(doc.statements),
    boycotts: keep(doc.boycotts),
    tally: { support: count('SUPPORT'), object: count('OBJECT'), abstain: count('ABSTAIN'), silent: silent.length },
  };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Extends the chain, whose only entry is `recordId`, to `entries` entries: copies of that record,
 * or with `members` set, of that record cut down to a body of that many members.
 */
export async function buildChain(
  databaseUrl: string,
  recordId: string,
  entries: number,
  members?: number,
): Promise<ChainFixture> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const rows = await db.query<ModelRow>(
      `SELECT proposal_id AS "proposalId", number, number_year AS "numberYear", canonical_json AS "canonicalJson",
              content_hash AS "contentHash", published_at AS "publishedAt", published_by_user_id AS "publishedByUserId"
         FROM decision_record WHERE id = $1 AND status = 'PUBLISHED' AND chain_position = 1`,
      [recordId],
    );
    if (rows.rows.length !== 1) throw new Error('the chain fixture needs one published record at chain position 1');
    const model = rows.rows[0];
    const whole = JSON.parse(model.canonicalJson) as Doc;
    const doc = members ? trimmed(whole, members) : whole;
    const prefix = model.number.slice(0, model.number.lastIndexOf('/'));
    let previousHash = model.contentHash;
    let total = model.canonicalJson.length;
    let entryBytes = 0;
    await db.query('BEGIN');
    for (let from = 2; from <= entries; from += BATCH) {
      const batch = { proposals: [] as string[], references: [] as string[], records: [] as string[] };
      const numbers: string[] = [];
      const seqs: number[] = [];
      const published: string[] = [];
      const bytes: string[] = [];
      const hashes: string[] = [];
      const previous: string[] = [];
      for (let position = from; position < Math.min(from + BATCH, entries + 1); position++) {
        const proposalId = randomUUID();
        const id = randomUUID();
        const reference = `${doc.proposal.reference}-F${position}`;
        const publishedAt = new Date(model.publishedAt.getTime() + position).toISOString();
        const content = {
          ...doc,
          id,
          number: `${prefix}/${position}`,
          proposal: { ...doc.proposal, id: proposalId, reference },
          publishedAt,
          previousHash,
        };
        const text = canonicalize(content) as string;
        const hash = sha256Hex(text);
        batch.proposals.push(proposalId);
        batch.references.push(reference);
        batch.records.push(id);
        numbers.push(content.number);
        seqs.push(position);
        published.push(publishedAt);
        bytes.push(text);
        hashes.push(hash);
        previous.push(previousHash);
        previousHash = hash;
        total += text.length;
        entryBytes = text.length;
      }
      await db.query(
        `INSERT INTO proposal (id, reference, title, body_id, agenda_item_id, meeting_id, procedure, status, current_version,
                               created_by_user_id, created_at, opened_at, closed_at)
         SELECT n.id, n.reference, o.title, o.body_id, o.agenda_item_id, o.meeting_id, o.procedure, o.status,
                o.current_version, o.created_by_user_id, o.created_at, o.opened_at, o.closed_at
           FROM unnest($1::uuid[], $2::text[]) AS n(id, reference), proposal o WHERE o.id = $3`,
        [batch.proposals, batch.references, model.proposalId],
      );
      await db.query(
        `INSERT INTO decision_record (id, proposal_id, body_id, meeting_id, procedure, outcome, text, version_number,
                                      decided_at, chaired_by_participant_id, snapshot, status, number, number_year,
                                      number_seq, chain_position, published_at, published_by_user_id, canonical_json,
                                      content_hash, previous_hash)
         SELECT n.id, n.proposal_id, o.body_id, o.meeting_id, o.procedure, o.outcome, o.text, o.version_number,
                o.decided_at, o.chaired_by_participant_id, o.snapshot, 'PUBLISHED', n.number, o.number_year, n.seq,
                n.seq, n.published_at, o.published_by_user_id, n.bytes, n.hash, n.previous
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::timestamptz[], $6::text[], $7::text[], $8::text[])
                AS n(id, proposal_id, number, seq, published_at, bytes, hash, previous),
                decision_record o
          WHERE o.id = $9`,
        [batch.records, batch.proposals, numbers, seqs, published, bytes, hashes, previous, recordId],
      );
    }
    // The counters say what the chain holds, as if every entry had been published through the API.
    await db.query(
      `INSERT INTO counter (name, value) VALUES ('chain', $1), ($2, $1)
       ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
      [entries, `record:${model.numberYear}`],
    );
    await db.query('COMMIT');
    return { entries, megabytes: total / 1e6, entryBytes };
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await db.end();
  }
}
