/**
 * Which events overlap a time window, in O(log N + hits) for any mix of durations.
 *
 * Sorting by start alone cannot answer "what overlaps t0": a year-long event that began months
 * earlier still does. A prefix maximum of `stop` answers it only until one long event pushes the
 * maximum past every later window, and then every query scans from that event on. So events are
 * split into duration classes — class c holds durations in (2^(c-1), 2^c] ms — and in each class
 * an event overlapping [t0, t1) must start in (t0 - 2^c, t1): one binary search per class (at
 * most ~45 of them) and a short scan whose misses are at most the events of that class starting
 * in one class-width before t0.
 */
import { lowerBound } from './search';

interface DurationClass {
  /** 2^c: no event in the class lasts longer. */
  maxDuration: number;
  /** Indices into the original arrays, in start order. */
  indices: Int32Array;
  starts: Float64Array;
}

export interface IntervalIndex {
  readonly size: number;
  readonly stops: Float64Array;
  readonly classes: readonly DurationClass[];
}

/** Indexes intervals `[starts[i], stops[i])`; `starts` must be ascending. */
export function intervalIndex(starts: ArrayLike<number>, stops: ArrayLike<number>): IntervalIndex {
  const members = new Map<number, number[]>();
  for (let i = 0; i < starts.length; i++) {
    const c = Math.max(0, Math.ceil(Math.log2(Math.max(1, stops[i]! - starts[i]!))));
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(i);
  }
  const classes = [...members]
    .sort(([a], [b]) => a - b)
    .map(([c, list]) => {
      const indices = Int32Array.from(list);
      const classStarts = new Float64Array(list.length);
      for (let k = 0; k < indices.length; k++) classStarts[k] = starts[indices[k]!]!;
      return { maxDuration: 2 ** c, indices, starts: classStarts };
    });
  return { size: starts.length, stops: Float64Array.from(stops), classes };
}

/** Indices (ascending, so in start order) of the intervals that overlap `[t0, t1)`. */
export function eventsInWindow(index: IntervalIndex, t0: number, t1: number): Int32Array {
  const hits: number[] = [];
  if (!(t1 > t0)) return new Int32Array(0);
  for (const { maxDuration, indices, starts } of index.classes) {
    // stop ≤ start + maxDuration, so an overlapping interval starts after t0 - maxDuration.
    let i = lowerBound(starts, t0 - maxDuration);
    while (i < starts.length && starts[i]! < t1) {
      const at = indices[i++]!;
      if (index.stops[at]! > t0) hits.push(at);
    }
  }
  return Int32Array.from(hits).sort();
}
