// The benchmark's ceiling: the same work as the API with nothing but `pg` and node:http, on the same
// database. POST /position runs recordPosition's transaction (BEGIN; the proposal locked FOR SHARE
// with everything the checks need; the entitlement rule; the position; the audit entry; COMMIT).
// GET /proposal/<id> answers the very JSON of the benchmark's GraphQL read
// (`proposal { positions { participant { code } stance } tally { support object abstain silent
// entitled { code } } }`) from two SQL statements and the pure entitlement rule. The acting user
// comes from a header: no token is verified here, which only flatters the ceiling.
//
// Self-contained on purpose: its SQL is written here, not imported from the API, so that the ceiling
// stays the same work whatever the API's code turns into. Only the pure rule (#consensus) is shared.
import http from 'node:http';
import pg from 'pg';
import { entitlement, type AttendanceStatus, type DecisionProcedure } from '#consensus';

/** $1 proposal, $2 participant: the proposal FOR SHARE, its body, and (outer joined) the participant, its seat, its attendance. */
const POSITION_CONTEXT_SQL = `
  SELECT p.reference, p.status, p.procedure, p.body_id AS "bodyId", p.current_version AS "currentVersion",
         (p.deadline IS NOT NULL AND p.deadline <= now()) AS "deadlinePassed",
         pt.id AS "participantId", pt.code, pt.kind, pt.status AS "participantStatus",
         (bm.participant_id IS NOT NULL) AS "isMember", ar.status AS attendance
    FROM proposal p
    JOIN body b ON b.id = p.body_id
    LEFT JOIN meeting m ON m.id = p.meeting_id
    LEFT JOIN participant pt ON pt.id = $2
    LEFT JOIN body_membership bm ON bm.body_id = p.body_id AND bm.participant_id = pt.id
    LEFT JOIN attendance_record ar ON ar.meeting_id = p.meeting_id AND ar.participant_id = pt.id
   WHERE p.id = $1
     FOR SHARE OF p`;
const INSERT_POSITION_SQL = `
  INSERT INTO position (proposal_id, participant_id, version_number, stance, statement, recorded_by_user_id, on_behalf)
  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, recorded_at AS "recordedAt"`;
const AUDIT_SQL =
  'INSERT INTO audit_entry (actor_user_id, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5)';

/** Each participant's latest position on the proposal's current version, by participant code. */
const POSITIONS_SQL = `
  SELECT x.participant_id AS "participantId", pt.code, x.stance
    FROM (SELECT DISTINCT ON (x.participant_id) x.participant_id, x.stance
            FROM position x JOIN proposal p ON p.id = x.proposal_id AND x.version_number = p.current_version
           WHERE x.proposal_id = $1
           ORDER BY x.participant_id, x.id DESC) x
    JOIN participant pt ON pt.id = x.participant_id
   ORDER BY pt.code COLLATE "C", pt.id`;
/** The proposal's procedure and every seat of its body with the seat holder's attendance (one row with nulls if no seats). */
const SEATS_SQL = `
  SELECT p.procedure, pt.id, pt.code, pt.kind, pt.status, ar.status AS attendance
    FROM proposal p
    LEFT JOIN body_membership m ON m.body_id = p.body_id
    LEFT JOIN participant pt ON pt.id = m.participant_id
    LEFT JOIN attendance_record ar ON ar.meeting_id = p.meeting_id AND ar.participant_id = pt.id
   WHERE p.id = $1
   ORDER BY pt.code COLLATE "C", pt.id`;

// The API's pool size (BENCH_RAW_POOL overrides, to try others).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BENCH_RAW_POOL ?? 10) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PositionBody {
  proposalId: string;
  participantId: string;
  stance: 'SUPPORT' | 'OBJECT' | 'ABSTAIN';
  statement?: string | null;
  versionNumber?: number | null;
}

interface Answer {
  status: number;
  body: unknown;
}

async function recordPosition(userId: string, input: PositionBody): Promise<Answer> {
  if (!UUID.test(input.proposalId) || !UUID.test(input.participantId))
    return { status: 404, body: { error: 'NOT_FOUND' } };
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const c = (await client.query(POSITION_CONTEXT_SQL, [input.proposalId, input.participantId])).rows[0];
    let refusal: string | null = null;
    if (!c || c.participantId === null) refusal = 'NOT_FOUND';
    else if (c.status === 'ADOPTED' || c.status === 'NOT_ADOPTED') refusal = 'PROPOSAL_CLOSED';
    else if (c.status !== 'OPEN') refusal = 'PROPOSAL_NOT_OPEN';
    else if (c.procedure === 'WRITTEN' && c.deadlinePassed) refusal = 'DEADLINE_PASSED';
    else if (input.versionNumber != null && input.versionNumber !== c.currentVersion) refusal = 'STALE_VERSION';
    else {
      const fact = {
        participantId: c.participantId,
        code: c.code,
        kind: c.kind,
        status: c.participantStatus,
        isMember: c.isMember,
      };
      if (!entitlement(fact, c.procedure, c.attendance).entitled) refusal = 'NOT_ENTITLED';
    }
    if (refusal) {
      await client.query('ROLLBACK');
      return { status: 409, body: { error: refusal } };
    }
    const statement = input.statement && input.statement.trim() !== '' ? input.statement : null;
    const row = (
      await client.query(INSERT_POSITION_SQL, [
        input.proposalId,
        c.participantId,
        c.currentVersion,
        input.stance,
        statement,
        userId,
        false,
      ])
    ).rows[0];
    const details = {
      positionId: row.id,
      participant: c.code,
      stance: input.stance,
      versionNumber: c.currentVersion,
      onBehalf: false,
    };
    await client.query(AUDIT_SQL, [userId, 'recordPosition', 'Proposal', input.proposalId, JSON.stringify(details)]);
    await client.query('COMMIT');
    const recordedAt = (row.recordedAt as Date).toISOString();
    return {
      status: 200,
      body: { data: { recordPosition: { stance: input.stance, versionNumber: c.currentVersion, recordedAt } } },
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

interface PositionRow {
  participantId: string;
  code: string;
  stance: 'SUPPORT' | 'OBJECT' | 'ABSTAIN';
}
interface SeatRow {
  procedure: DecisionProcedure;
  id: string | null;
  code: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
  status: 'ACTIVE' | 'SUSPENDED';
  attendance: AttendanceStatus | null;
}

async function readProposal(id: string): Promise<Answer> {
  if (!UUID.test(id)) return { status: 200, body: { data: { proposal: null } } };
  const [positions, seats] = await Promise.all([
    pool.query<PositionRow>(POSITIONS_SQL, [id]).then((r) => r.rows),
    pool.query<SeatRow>(SEATS_SQL, [id]).then((r) => r.rows),
  ]);
  if (seats.length === 0) return { status: 200, body: { data: { proposal: null } } };
  const stances = new Map(positions.map((p) => [p.participantId, p.stance]));
  const tally = { support: 0, object: 0, abstain: 0, silent: 0, entitled: [] as { code: string }[] };
  for (const s of seats) {
    if (s.id === null) continue;
    const fact = { participantId: s.id, code: s.code, kind: s.kind, status: s.status, isMember: true };
    if (!entitlement(fact, s.procedure, s.procedure === 'IN_MEETING' ? s.attendance : null).entitled) continue;
    tally.entitled.push({ code: s.code });
    const stance = stances.get(s.id);
    if (stance === 'SUPPORT') tally.support++;
    else if (stance === 'OBJECT') tally.object++;
    else if (stance === 'ABSTAIN') tally.abstain++;
    else tally.silent++;
  }
  const proposal = { positions: positions.map((p) => ({ participant: { code: p.code }, stance: p.stance })), tally };
  return { status: 200, body: { data: { proposal } } };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = http.createServer((req, res) => {
  const answer = ({ status, body }: Answer) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const work = async () => {
    if (req.method === 'POST' && req.url === '/position') {
      const input = JSON.parse(await readBody(req)) as PositionBody;
      answer(await recordPosition(String(req.headers['x-user-id']), input));
    } else if (req.method === 'GET' && req.url === '/health') {
      answer({ status: 200, body: { status: 'ok' } });
    } else if (req.method === 'GET' && req.url?.startsWith('/proposal/')) {
      answer(await readProposal(req.url.slice('/proposal/'.length)));
    } else {
      answer({ status: 404, body: { error: 'not found' } });
    }
  };
  work().catch((e: unknown) => answer({ status: 500, body: { error: e instanceof Error ? e.message : String(e) } }));
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as { port: number };
  process.stdout.write(`raw-server listening on ${address.port}\n`);
});

const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
