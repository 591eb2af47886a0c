/**
 * The nearest known name to a mistyped one, for messages like `did you mean "stoltenberg"?`.
 * Suggests only when the names are close enough that the suggestion is probably right.
 */

/** At most this many candidates are compared, to keep huge files fast. */
const MAX_CANDIDATES = 5000;

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = lower.length <= 3 ? 1 : lower.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES) break;
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    if (
      lower.length >= 4 &&
      other.length >= 4 &&
      (other.includes(lower) || lower.includes(other))
    ) {
      if (bestDistance > limit) {
        best = candidate;
        bestDistance = limit;
      }
      continue;
    }
    if (Math.abs(other.length - lower.length) >= bestDistance) continue;
    const d = distance(lower, other, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus swaps), giving up at `cap`. */
function distance(a: string, b: string, cap: number): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= cap) return cap;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}
