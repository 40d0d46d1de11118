// The gate in front of verifyRecordChain: one verification at a time, anonymous callers sharing the
// one for the chain state they asked about, and a caller still queued at its deadline giving up.
import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../platform/errors.js';
import { ChainVerificationGate } from './chain-verification.gate.js';

/** A verification the test finishes by hand, counting how many are running at once. */
function verifications() {
  let running = 0;
  let most = 0;
  const pending: (() => void)[] = [];
  let started = 0;
  const verify = (answer: string) => () =>
    new Promise<string>((resolve) => {
      started++;
      running++;
      most = Math.max(most, running);
      pending.push(() => {
        running--;
        resolve(answer);
      });
    });
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    verify,
    finishNext: async () => {
      await settle();
      pending.shift()!();
      await settle();
    },
    get started() {
      return started;
    },
    get most() {
      return most;
    },
  };
}

describe('the chain verification gate', () => {
  it('runs one verification at a time, in the order asked', async () => {
    const gate = new ChainVerificationGate<string>();
    const v = verifications();
    const answers = [
      gate.fresh(Infinity, v.verify('a')),
      gate.fresh(Infinity, v.verify('b')),
      gate.fresh(Infinity, v.verify('c')),
    ];
    for (let i = 0; i < 3; i++) await v.finishNext();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c']);
    expect(v.most).toBe(1);
  });

  it('gives anonymous callers asking about the same chain state one shared verification', async () => {
    const gate = new ChainVerificationGate<string>();
    const v = verifications();
    const crowd = Array.from({ length: 50 }, () => gate.shared('5:abc', Infinity, v.verify('valid')));
    await v.finishNext();
    expect(await Promise.all(crowd)).toEqual(Array(50).fill('valid'));
    // Later callers at the same state get the kept result; a new state means a new verification.
    expect(await gate.shared('5:abc', Infinity, v.verify('again'))).toBe('valid');
    expect(v.started).toBe(1);
    const changed = gate.shared('6:def', Infinity, v.verify('changed'));
    await v.finishNext();
    expect(await changed).toBe('changed');
    expect(v.started).toBe(2);
  });

  it('does not keep a failed verification: the next caller tries again', async () => {
    const gate = new ChainVerificationGate<string>();
    await expect(gate.shared('1:x', Infinity, () => Promise.reject(new Error('connection lost')))).rejects.toThrow();
    expect(await gate.shared('1:x', Infinity, () => Promise.resolve('valid'))).toBe('valid');
  });

  it('answers REQUEST_TIMEOUT to a caller still waiting for its turn at its deadline, and keeps the line moving', async () => {
    const gate = new ChainVerificationGate<string>();
    const v = verifications();
    const first = gate.fresh(Infinity, v.verify('first'));
    const late = gate.fresh(Date.now() - 1, v.verify('never'));
    const third = gate.fresh(Infinity, v.verify('third'));
    await expect(late).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
    await expect(late).rejects.toBeInstanceOf(DomainError);
    await v.finishNext();
    await v.finishNext();
    expect([await first, await third]).toEqual(['first', 'third']);
    expect(v.started).toBe(2);
  });
});
