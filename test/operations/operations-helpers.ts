// Shared checks of the operations tests: what a refusal at start looks like on stderr, and the
// JSON lines a production process writes.
import { expect } from '@jest/globals';

/** Exactly `line` on stderr: one line, no stack, no "undefined". */
export function expectOneLine(stderr: string, line: string): void {
  expect(stderr).toBe(`${line}\n`);
  expect(stderr).not.toMatch(/\n\s+at\s|undefined/);
}

/** Every line of `stdout` parsed as JSON (fails on the first line that is not). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${l}`);
      }
    });
}
