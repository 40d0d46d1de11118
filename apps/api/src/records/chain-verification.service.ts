// verifyRecordChain as a use case: who asks decides how (a signed-in caller gets a verification of
// its own, anonymous callers share one per chain state), the gate keeps it to one at a time in this
// process, and RecordChainService.verify does the walking.
import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../platform/auth/current-user.js';
import { Database } from '../platform/database/database.js';
import { ChainVerificationGate } from './chain-verification.gate.js';
import type { ChainVerificationModel } from './models/decision-record.models.js';
import { RecordChainService } from './record-chain.service.js';

/**
 * The chain as it stands: how many entries it has and a digest of their rows' versions (xmin, which
 * PostgreSQL renews on every change to a row). A publication, a corrigendum or any change to a chain
 * row, tampering by someone with the keys included, gives a new state; reading it is one cheap
 * statement over system columns, not the canonical bytes.
 */
const CHAIN_STATE = `
  SELECT count(*)::text || ':' || coalesce(md5(string_agg(v, ',' ORDER BY v)), '') AS state
    FROM (SELECT id::text || '@' || xmin::text AS v FROM decision_record
           WHERE status = 'PUBLISHED' OR chain_position IS NOT NULL
          UNION ALL
          SELECT id::text || '@' || xmin::text FROM corrigendum) AS entries`;

@Injectable()
export class ChainVerificationService {
  private readonly gate = new ChainVerificationGate<ChainVerificationModel>();

  constructor(
    private readonly database: Database,
    private readonly chain: RecordChainService,
  ) {}

  async verify(actor: CurrentUser | null, deadline: number): Promise<ChainVerificationModel> {
    if (actor) return this.gate.fresh(deadline, () => this.chain.verify());
    const [{ state }] = await this.database.query<{ state: string }>(CHAIN_STATE, [], 'chain-state');
    return this.gate.shared(state, deadline, () => this.chain.verify());
  }
}
