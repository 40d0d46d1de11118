// A readable account of how two schema texts differ: the lines only one of them has, so a failing
// schema test says what changed instead of dumping 600 lines.
export function schemaDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const wantSet = new Set(want);
  const gotSet = new Set(got);
  const missing = want.filter((line) => !gotSet.has(line) && line.trim() !== '');
  const extra = got.filter((line) => !wantSet.has(line) && line.trim() !== '');
  const out: string[] = [];
  for (const line of missing.slice(0, 40)) out.push(`- ${line}`);
  for (const line of extra.slice(0, 40)) out.push(`+ ${line}`);
  if (out.length === 0) {
    const at = want.findIndex((line, i) => line !== got[i]);
    out.push(
      `same lines in another order, first difference at line ${at + 1}: "${want[at] ?? ''}" vs "${got[at] ?? ''}"`,
    );
  }
  return out.join('\n');
}
