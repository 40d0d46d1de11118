// The benchmark's ceiling: the same database work as the API, done with nothing but `pg` and
// node:http. POST /position runs recordPosition's transaction with the very same statements (the
// proposal locked FOR SHARE first, the checks, the position, the audit entry); GET /proposal/<id>
// runs the reads of `proposal { positions tally }` and the same pure rule. The acting user comes from
// a header: no token is verified here, which only flatters the ceiling.
import http from 'node:http';
import pg from 'pg';
import { entitlement } from '#consensus';
import { decideFromFacts, latestPositions, tallyOf } from '../apps/api/src/decisions/decision-facts.js';
import {
  toPositionRow,
  toSeatRow,
  type AttendanceFactRow,
  type RawPositionRow,
  type RawSeatRow,
} from '../apps/api/src/decisions/decision-rows.js';
import {
  ATTENDANCE_BY_MEETINGS_SQL,
  INSERT_POSITION_SQL,
  POSITION_CONTEXT_SQL,
  POSITIONS_BY_PROPOSALS_SQL,
  PROPOSALS_BY_IDS_SQL,
  SEATS_BY_BODIES_SQL,
} from '../apps/api/src/decisions/decisions.sql.js';
import type { ProposalModel } from '../apps/api/src/decisions/models/proposal.models.js';

const AUDIT_SQL =
  'INSERT INTO audit_entry (actor_user_id, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5)';

// The API's pool holds 10 connections (libs/database data-source.ts): the same here.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

interface PositionBody {
  proposalId: string;
  participantId: string;
  stance: 'SUPPORT' | 'OBJECT' | 'ABSTAIN';
  statement?: string | null;
  versionNumber?: number | null;
}

async function recordPosition(userId: string, input: PositionBody): Promise<{ status: number; body: unknown }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    const { rows } = await client.query(POSITION_CONTEXT_SQL, [input.proposalId, input.participantId]);
    const c = rows[0];
    let refusal: string | null = null;
    if (!c || c.participantId === null) refusal = 'NOT_FOUND';
    else if (c.status === 'ADOPTED' || c.status === 'NOT_ADOPTED') refusal = 'PROPOSAL_CLOSED';
    else if (c.status !== 'OPEN') refusal = 'PROPOSAL_NOT_OPEN';
    else if (c.procedure === 'WRITTEN' && c.deadlinePassed) refusal = 'DEADLINE_PASSED';
    else if (input.versionNumber != null && input.versionNumber !== c.currentVersion) refusal = 'STALE_VERSION';
    else {
      const e = entitlement(
        {
          participantId: c.participantId,
          code: c.code,
          kind: c.kind,
          status: c.participantStatus,
          isMember: c.isMember,
        },
        c.procedure,
        c.attendance,
      );
      if (!e.entitled) refusal = 'NOT_ENTITLED';
    }
    if (refusal) {
      await client.query('ROLLBACK');
      return { status: 409, body: { error: refusal } };
    }
    const inserted = await client.query(INSERT_POSITION_SQL, [
      input.proposalId,
      c.participantId,
      c.currentVersion,
      input.stance,
      input.statement ?? null,
      userId,
      false,
    ]);
    const row = inserted.rows[0];
    await client.query(AUDIT_SQL, [
      userId,
      'recordPosition',
      'Proposal',
      input.proposalId,
      JSON.stringify({
        positionId: row.id,
        participant: c.code,
        stance: input.stance,
        versionNumber: c.currentVersion,
        onBehalf: false,
      }),
    ]);
    await client.query('COMMIT');
    return {
      status: 200,
      body: {
        participant: { code: c.code },
        stance: input.stance,
        versionNumber: c.currentVersion,
        recordedAt: row.recordedAt,
      },
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function readProposal(id: string): Promise<{ status: number; body: unknown }> {
  const { rows } = await pool.query<ProposalModel>(PROPOSALS_BY_IDS_SQL, [[id]]);
  const p = rows[0];
  if (!p) return { status: 404, body: { proposal: null } };
  const [positions, seats, attendance] = await Promise.all([
    pool.query<RawPositionRow>(POSITIONS_BY_PROPOSALS_SQL, [[p.id]]).then((r) => r.rows.map(toPositionRow)),
    pool.query<RawSeatRow>(SEATS_BY_BODIES_SQL, [[p.bodyId]]).then((r) => r.rows.map(toSeatRow)),
    p.meetingId
      ? pool.query<AttendanceFactRow>(ATTENDANCE_BY_MEETINGS_SQL, [[p.meetingId]]).then((r) => r.rows)
      : Promise.resolve([] as AttendanceFactRow[]),
  ]);
  const tally = tallyOf(decideFromFacts(p, p.bodyQuorum ?? null, seats, attendance, positions));
  return {
    status: 200,
    body: {
      data: {
        proposal: {
          positions: latestPositions(positions, p.currentVersionNumber).map((x) => ({
            participant: { code: x.participant.code },
            stance: x.stance,
          })),
          tally: {
            support: tally.support,
            object: tally.object,
            abstain: tally.abstain,
            silent: tally.silent,
            consensus: tally.consensus,
          },
        },
      },
    },
  };
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
  const answer = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const work = async () => {
    if (req.method === 'POST' && req.url === '/position') {
      const input = JSON.parse(await readBody(req)) as PositionBody;
      const r = await recordPosition(String(req.headers['x-user-id']), input);
      answer(r.status, r.body);
    } else if (req.method === 'GET' && req.url === '/health') {
      answer(200, { status: 'ok' });
    } else if (req.method === 'GET' && req.url?.startsWith('/proposal/')) {
      const r = await readProposal(req.url.slice('/proposal/'.length));
      answer(r.status, r.body);
    } else {
      answer(404, { error: 'not found' });
    }
  };
  work().catch((e: unknown) => answer(500, { error: e instanceof Error ? e.message : String(e) }));
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
