/**
 * Stacking a run of one lane's events (its points, or its spans) at one zoom level: greedy
 * first-fit interval packing in time order into a few rows. A mark takes
 * [start, max(end, start + label)] and a gap: a point (day or finer) is as wide as its label, a
 * span at least as wide as its period. Same-day events stack.
 *
 * When an event fits no row, it and every later event that would fit none either join the last
 * mark of the last row, which becomes (or grows) a cluster: the overflow is one binary search,
 * not one step per event, so a dense decade costs about as much as the marks it produces. The
 * cluster is the last mark of its row and only grows rightwards, so it overlaps nothing placed
 * before it, and every event lands in exactly one mark.
 *
 * Lengths are in ms at the level's px per ms. A label has a fixed px width and everything else
 * scales with time, so a packing that is clear at one zoom is clear at every closer zoom: the
 * view reuses it up to the next level, and a pan never repacks.
 *
 * `clip` is where the next piece of the lane begins when it was cut by force (see
 * `clusters.ts`): marks end a gap before it, so a label there may get less room than it wants.
 */
import type { Lane } from './types';
import { rangeMax } from './max-tree';
import { lowerBound } from './search';

/**
 * One row's marks in time order, as parallel arrays (a dense decade has ~N of them per level,
 * so no object per mark). Entries past `length` are spare capacity.
 */
export interface Row {
  length: number;
  starts: Float64Array;
  /** Right end of the body in ms: a point's start, a span's stop, a cluster's last body end. */
  ends: Float64Array;
  /** Latest `stop` of its events: with `starts`, the time a cluster covers. */
  stops: Float64Array;
  /** Width in px it takes at least: its label, or a cluster's badge. */
  fixed: Float32Array;
  /** Lane position of its first event. */
  firsts: Int32Array;
  /** 1 for a single event. */
  counts: Int32Array;
  /** A cluster's events as `[from, to)` lane-position pairs, by mark index. */
  ranges: Map<number, number[]>;
}

function emptyRow(capacity = 8): Row {
  return {
    length: 0,
    starts: new Float64Array(capacity),
    ends: new Float64Array(capacity),
    stops: new Float64Array(capacity),
    fixed: new Float32Array(capacity),
    firsts: new Int32Array(capacity),
    counts: new Int32Array(capacity),
    ranges: new Map(),
  };
}

function grown<T extends Float64Array | Float32Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

function push(row: Row, first: number, start: number, end: number, stop: number, fixed: number) {
  if (row.length === row.starts.length) {
    row.starts = grown(row.starts);
    row.ends = grown(row.ends);
    row.stops = grown(row.stops);
    row.fixed = grown(row.fixed);
    row.firsts = grown(row.firsts);
    row.counts = grown(row.counts);
  }
  const i = row.length++;
  row.starts[i] = start;
  row.ends[i] = end;
  row.stops[i] = stop;
  row.fixed[i] = fixed;
  row.firsts[i] = first;
  row.counts[i] = 1;
}

export interface PackOptions {
  rows: number;
  /** px per ms of the zoom level packed for. */
  pxPerMs: number;
  /** Clear px between neighbours in a row. */
  gap: number;
  /** px width of a cluster's badge. */
  clusterWidth: number;
  /** Label width in px of the event at a lane position. */
  labelWidth: (position: number) => number;
}

/** Packs lane positions `[from, to)`, all points or all spans, into `options.rows` rows. */
export function packRun(
  lane: Lane,
  from: number,
  to: number,
  clip: number,
  options: PackOptions,
): Row[] {
  const { rows, pxPerMs, clusterWidth, labelWidth } = options;
  const { starts, ends, stops } = lane;
  const spans = from >= lane.spansFrom;
  const gap = options.gap / pxPerMs;
  const out = Array.from({ length: rows }, () => emptyRow());
  // Where each row's last mark ends, in ms, its label included.
  const rowEnd = new Float64Array(rows).fill(-Infinity);
  const room = (start: number) => Math.max(0, (clip - gap - start) * pxPerMs);
  const last = out[rows - 1]!;

  let p = from;
  while (p < to) {
    const start = starts[p]!;
    let r = 0;
    while (r < rows && rowEnd[r]! + gap > start) r++;
    if (r < rows) {
      const fixed = Math.min(labelWidth(p), room(start));
      push(out[r]!, p, start, ends[p]!, stops.tree[stops.size + p]!, fixed);
      rowEnd[r] = Math.max(ends[p]!, start + fixed / pxPerMs);
      p++;
      continue;
    }
    // Every event starting before some row frees up fits no row either.
    let free = Infinity;
    for (r = 0; r < rows; r++) free = Math.min(free, rowEnd[r]!);
    const q = lowerBound(starts, free + gap, p + 1, to);
    const i = last.length - 1;
    let ranges = last.ranges.get(i);
    if (!ranges) {
      last.ranges.set(i, (ranges = [last.firsts[i]!, last.firsts[i]! + 1]));
      last.fixed[i] = Math.min(clusterWidth, room(last.starts[i]!));
    }
    if (ranges[ranges.length - 1] === p) ranges[ranges.length - 1] = q;
    else ranges.push(p, q);
    last.counts[i]! += q - p;
    const runStop = rangeMax(stops, p, q);
    last.stops[i] = Math.max(last.stops[i]!, runStop);
    // A point's body ends where it starts; a span's where it stops.
    last.ends[i] = Math.max(last.ends[i]!, spans ? runStop : starts[q - 1]!);
    rowEnd[rows - 1] = Math.max(last.ends[i]!, last.starts[i]! + last.fixed[i]! / pxPerMs);
    p = q;
  }
  return out;
}
