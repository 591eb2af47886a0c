/**
 * Where a quote's words sit in a source that does not hold it verbatim: the stretch of the
 * source that shares the most words with it, in order (a longest common subsequence of words),
 * and which words of each side are not shared.
 */
import type { Word } from './typography';

export interface Alignment {
  /** How many of the quote's words the stretch shares, in order. */
  shared: number;
  /** Index of each quote word that the stretch lacks. */
  quoteOnly: Set<number>;
  /** Source words, by index in the source, inside the stretch but not in the quote. */
  sourceOnly: Set<number>;
  /** First and last source word of the stretch (inclusive). */
  from: number;
  to: number;
}

/**
 * The best stretch for the quote. Each source word that equals a quote word votes for the
 * offset at which the quote would start; the few best offsets are then aligned word by word.
 * Linear in the source for the voting, so a long article costs little.
 */
export function align(quote: readonly Word[], source: readonly Word[]): Alignment | undefined {
  if (quote.length === 0 || source.length === 0) return undefined;
  const at = new Map<string, number[]>();
  quote.forEach((w, i) => {
    const key = w.key.toLowerCase();
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  });
  const votes = new Map<number, number>();
  source.forEach((w, j) => {
    for (const i of at.get(w.key.toLowerCase()) ?? []) {
      votes.set(j - i, (votes.get(j - i) ?? 0) + 1);
    }
  });
  const slack = Math.max(3, Math.ceil(quote.length / 4));
  const offsets = nearbyVotes(votes, slack)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 5)
    .map(([offset]) => offset);
  let best: Alignment | undefined;
  for (const offset of offsets) {
    const from = Math.max(0, offset - slack);
    const to = Math.min(source.length - 1, offset + quote.length - 1 + slack);
    const found = lcs(quote, source, from, to);
    if (!best || found.shared > best.shared) best = found;
  }
  return best;
}

/**
 * Each offset with the votes of the offsets within `slack` of it: an added or dropped word
 * shifts the rest of the quote by one, and its words still vote for the same stretch.
 */
function nearbyVotes(votes: Map<number, number>, slack: number): [number, number][] {
  const sorted = [...votes.entries()].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (const [offset] of sorted) {
    while (hi < sorted.length && sorted[hi]![0] <= offset + slack) sum += sorted[hi++]![1];
    while (sorted[lo]![0] < offset - slack) sum -= sorted[lo++]![1];
    out.push([offset, sum]);
  }
  return out;
}

/** Word-by-word longest common subsequence of the quote and source[from..to]. */
function lcs(quote: readonly Word[], source: readonly Word[], from: number, to: number): Alignment {
  const n = quote.length;
  const m = to - from + 1;
  // table[i][j]: shared words of quote[i..] and source[from + j..].
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        quote[i]!.key === source[from + j]!.key
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const matchedSource: number[] = [];
  const quoteOnly = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (quote[i]!.key === source[from + j]!.key) {
      matchedSource.push(from + j);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) quoteOnly.add(i++);
    else j++;
  }
  while (i < n) quoteOnly.add(i++);
  const first = matchedSource[0] ?? from;
  const last = matchedSource[matchedSource.length - 1] ?? from;
  // The stretch runs from the first shared word to the last, widened by the quote's unshared
  // words at either end, so "the serious consequences" against "grave consequences" shows both.
  const leading = firstShared(quoteOnly, n);
  const trailing = n - 1 - lastShared(quoteOnly, n);
  const start = Math.max(from, first - leading);
  const end = Math.min(to, last + trailing);
  const matched = new Set(matchedSource);
  const sourceOnly = new Set<number>();
  for (let k = start; k <= end; k++) if (!matched.has(k)) sourceOnly.add(k);
  return { shared: matchedSource.length, quoteOnly, sourceOnly, from: start, to: end };
}

function firstShared(quoteOnly: Set<number>, n: number): number {
  let i = 0;
  while (i < n && quoteOnly.has(i)) i++;
  return i;
}

function lastShared(quoteOnly: Set<number>, n: number): number {
  let i = n - 1;
  while (i >= 0 && quoteOnly.has(i)) i--;
  return i;
}
