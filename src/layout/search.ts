/**
 * First position in `[lo, hi)` whose value is ≥ `x`, or `hi` if there is none: where `x` would
 * go in an ascending array. The one binary search every layout query is built on.
 */
export function lowerBound(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
