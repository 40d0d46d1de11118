// The differences between two versions of a proposal's text, word by word (a longest common
// subsequence over words and the spaces between them), for the proposal page's comparison. Pure.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words and runs of white space, so that joining the tokens gives the text back exactly. */
export function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** The parts that turn `before` into `after`; adjacent parts of one kind are merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Common prefix and suffix first: amendments usually touch a few words of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const k = midB.length;
  // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(k + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = k - 1; j >= 0; j--) {
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  a.slice(0, start).forEach((t) => push('same', t));
  let i = 0;
  let j = 0;
  while (i < n || j < k) {
    if (i < n && j < k && midA[i] === midB[j]) {
      push('same', midA[i]!);
      i++;
      j++;
    } else if (j < k && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('added', midB[j++]!);
    } else {
      push('removed', midA[i++]!);
    }
  }
  a.slice(endA).forEach((t) => push('same', t));
  return parts;
}
