/**
 * A max segment tree over a fixed array: the largest value in any index range, and the nearest
 * index on either side of a position whose value reaches a threshold, each in O(log n).
 *
 * A cluster swallows a run of events in one step and needs the run's latest `stop`; the layout
 * finds where a lane can be cut into independent pieces by asking for the nearest gap that is
 * wide enough at the current zoom.
 */
export interface MaxTree {
  /** How many values. */
  readonly length: number;
  /** Leaves start here: a power of two ≥ length. */
  readonly size: number;
  /** `tree[size + i]` is value i (-Infinity past the end); `tree[j]` the larger child of j. */
  readonly tree: Float64Array;
}

export function maxTreeOf(values: ArrayLike<number>): MaxTree {
  let size = 1;
  while (size < values.length) size *= 2;
  const tree = new Float64Array(2 * size).fill(-Infinity);
  for (let i = 0; i < values.length; i++) tree[size + i] = values[i]!;
  for (let j = size - 1; j > 0; j--) tree[j] = Math.max(tree[2 * j]!, tree[2 * j + 1]!);
  return { length: values.length, size, tree };
}

/** The largest value at positions `[lo, hi)`; -Infinity for an empty range. */
export function rangeMax({ size, tree }: MaxTree, lo: number, hi: number): number {
  let max = -Infinity;
  for (lo += size, hi += size; lo < hi; lo >>= 1, hi >>= 1) {
    if (lo & 1) max = Math.max(max, tree[lo++]!);
    if (hi & 1) max = Math.max(max, tree[--hi]!);
  }
  return max;
}

/** Descends from node `j` (whose max reaches `min`) to its last or first leaf that does. */
function descend({ size, tree }: MaxTree, j: number, min: number, last: boolean): number {
  while (j < size) {
    const preferred = last ? 2 * j + 1 : 2 * j;
    j = tree[preferred]! >= min ? preferred : preferred ^ 1;
  }
  return j - size;
}

/** The largest index ≤ `p` whose value is ≥ `min`, or -1. */
export function lastAtLeast(t: MaxTree, p: number, min: number): number {
  if (p < 0) return -1;
  let j = Math.min(p, t.length - 1) + t.size;
  if (t.tree[j]! >= min) return j - t.size;
  // Climb; at each right child, the left sibling holds the nearest earlier candidates.
  for (; j > 1; j >>= 1) {
    if (j & 1 && t.tree[j - 1]! >= min) return descend(t, j - 1, min, true);
  }
  return -1;
}

/** The smallest index ≥ `p` whose value is ≥ `min`, or `length`. */
export function firstAtLeast(t: MaxTree, p: number, min: number): number {
  if (p >= t.length) return t.length;
  let j = Math.max(p, 0) + t.size;
  if (t.tree[j]! >= min) return j - t.size;
  for (; j > 1; j >>= 1) {
    if (!(j & 1) && t.tree[j + 1]! >= min) {
      const i = descend(t, j + 1, min, false);
      return i < t.length ? i : t.length;
    }
  }
  return t.length;
}
