// verifyRecordChain's traffic control, apart from how the chain is verified: one verification at a
// time per process (a verification reads and re-hashes every published entry), and anonymous callers
// sharing the result for the chain as it stands, so a crowd asking at once costs one verification.
// Signed-in callers always get a verification of their own (still one at a time). A caller still
// waiting for its turn at its request's deadline gives up with REQUEST_TIMEOUT.
//
// The seam: `verify` is whatever walks the chain (today RecordChainService.verify, which reads it in
// one go; a streaming walk replaces it without touching this gate); `state` names the chain as it
// stands (its entries and the versions of their rows), so a publication or any change to a chain
// row, tampering included, means a fresh verification.
import { RequestTimeout } from '../platform/errors.js';

function untilDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  if (!Number.isFinite(deadline)) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeout()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export class ChainVerificationGate<T> {
  /** Settles when the verification queued last has finished (or given up). */
  private tail: Promise<void> = Promise.resolve();
  /** The anonymous result for one chain state, finished or in flight. */
  private cached: { state: string; result: Promise<T> } | null = null;

  /** A verification of the caller's own, after those queued before it. */
  fresh(deadline: number, verify: () => Promise<T>): Promise<T> {
    return this.exclusive(deadline, verify);
  }

  /** The result for `state`: the one already computed or being computed, else a new one. */
  shared(state: string, deadline: number, verify: () => Promise<T>): Promise<T> {
    if (this.cached?.state !== state) {
      const result = this.exclusive(Infinity, verify);
      const entry = { state, result };
      this.cached = entry;
      // A failed verification is not kept: the next caller tries again.
      result.catch(() => {
        if (this.cached === entry) this.cached = null;
      });
    }
    return untilDeadline(this.cached!.result, deadline);
  }

  private exclusive(deadline: number, work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    const run = untilDeadline(previous, deadline).then(work);
    // The next in line goes once this one has finished, or (if this one gave up waiting) once the
    // one before it has.
    void run.then(release, () => void previous.then(release));
    return run;
  }
}
