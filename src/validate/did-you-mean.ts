/**
 * The nearest known name to a mistyped one, for messages like `did you mean "stoltenberg"?`.
 * Suggests only when the names are close enough that the suggestion is probably right.
 *
 * The work is bounded, whatever the file holds: at most `MAX_CANDIDATES` names are compared, a
 * comparison looks only at the band of the distance table that can stay under the limit
 * (length × 7 cells, not length²), names longer than `MAX_LENGTH` get no suggestion, and a
 * `budget` shared by one check stops suggesting once it has spent its cells. A suggestion is a
 * courtesy; a file crafted with thousands of long look-alike keys must not freeze the tab.
 */

/** At most this many candidates are compared, to keep huge files fast. */
const MAX_CANDIDATES = 5000;
/** Ids are at most 100 characters; a longer name is no typo of one. */
const MAX_LENGTH = 200;
/** Cells of distance tables (and characters compared) one check may spend on suggestions. */
export const SUGGESTION_BUDGET = 20_000_000;

/** What is left of a check's work for suggestions; `didYouMean` spends it. */
export interface SuggestionBudget {
  left: number;
}

export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  budget: SuggestionBudget = { left: SUGGESTION_BUDGET },
): string | undefined {
  if (word.length > MAX_LENGTH || budget.left <= 0) return undefined;
  const lower = word.toLowerCase();
  const limit = lower.length <= 3 ? 1 : lower.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES || budget.left <= 0) break;
    if (candidate.length > MAX_LENGTH) continue;
    const other = candidate.toLowerCase();
    budget.left -= other.length + lower.length;
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
    budget.left -= lower.length * (2 * bestDistance + 1);
    const d = distance(lower, other, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps), or `cap` when it is `cap` or
 * more. Only cells within `cap` of the diagonal are computed: any path through a cell outside
 * that band already costs `cap`.
 */
function distance(a: string, b: string, cap: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) >= cap) return cap;
  const far = cap; // Stands for "cap or more".
  let prevPrev = new Array<number>(m + 2).fill(far);
  let prev = new Array<number>(m + 2).fill(far);
  let row = new Array<number>(m + 2).fill(far);
  for (let j = 0; j <= Math.min(m, cap); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(m, i + cap);
    // Only the cells left of the band are ever read stale; right of it nothing was written.
    row[0] = i <= cap ? i : far;
    row[from - 1] = from === 1 ? row[0] : far;
    let rowMin = row[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      if (d > far) d = far;
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= cap) return cap;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[m]!, cap);
}
