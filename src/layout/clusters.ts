/**
 * Clusters per zoom level, computed only where the reader looks.
 *
 * Zoom is quantised to powers of √2 (rounded down). At each level a lane is cut into pieces that
 * pack independently (`stack.ts`), so the view packs only the pieces around the window, once,
 * and a pan reuses them: marks never jump between rows or in and out of clusters while the
 * reader drags. Only crossing a level repacks.
 *
 * Spans are cut only where nothing reaches across (`cuts.ts`). Points are cut at a grid every
 * `CHUNK_PX` px of the level — at the first clean cut inside a grid cell, or, in a stretch too
 * dense to have one, at the grid line itself, where the marks just before it get their labels
 * shortened to end there. Either way the pieces depend on the data and the level, never on the
 * window, and a dense decade costs what the few screens around the window cost.
 */
import type { TimelineEvent } from '../format/types';
import { cutThreshold, cutTree } from './cuts';
import { firstAtLeast, lastAtLeast, type MaxTree } from './max-tree';
import { lowerBound } from './search';
import { packRun, type Row } from './stack';
import type { Measure } from './text-width';
import type { ClusterItem, Lane, LaneRows, TimelineIndex } from './types';

/** Width in level px of the grid that cuts dense stretches of points. */
export const CHUNK_PX = 2048;
/** Levels kept per index and measure: a zoom gesture back and forth stays cached. */
const MAX_LEVELS = 8;
/** Pieces kept per level and lane before the level starts over. */
const MAX_PIECES = 1024;

/** The level of a zoom: px per ms rounded down to a power of √2, as its exponent. */
export function zoomLevel(pxPerMs: number): number {
  return Math.floor(2 * Math.log2(pxPerMs) + 1e-9);
}

/** px per ms of a level: its packing is clear at this zoom and every closer one. */
export function levelPxPerMs(level: number): number {
  return 2 ** (level / 2);
}

export interface PackingOptions {
  /** Rows per lane, at least 2. */
  rows: number;
  gap: number;
  clusterWidth: number;
  minLabelWidth: number;
  maxLabelWidth: number;
  measure: Measure;
  /** Rows per lane, instead of `rows` split between points and spans. */
  laneRows?: readonly LaneRows[] | undefined;
}

/** Packed marks of one piece of a lane; its rows are lane rows `firstRow`, `firstRow + 1`, … */
export interface Piece {
  readonly firstRow: number;
  readonly rows: readonly Row[];
}

interface LaneCuts {
  points: MaxTree;
  spans: MaxTree;
}

/** Pieces of one lane at one level, by grid cell (points) or first position (spans). */
interface LanePieces {
  points: Map<number, Piece>;
  spans: Map<number, Piece & { to: number }>;
}

/** What one measure of one index has cost so far. */
interface Cache {
  /** Label widths by event index, NaN until first needed. */
  widths: Float32Array;
  /** Cut trees by packing options. */
  cuts: Map<string, LaneCuts[]>;
  /** Pieces by level and packing options, most recently used last. */
  levels: Map<string, LanePieces[]>;
}

const caches = new WeakMap<TimelineIndex, WeakMap<Measure, Cache>>();

function cacheOf(index: TimelineIndex, measure: Measure): Cache {
  let byMeasure = caches.get(index);
  if (!byMeasure) caches.set(index, (byMeasure = new WeakMap()));
  let cache = byMeasure.get(measure);
  if (!cache) {
    const widths = new Float32Array(index.events.length).fill(NaN);
    byMeasure.set(measure, (cache = { widths, cuts: new Map(), levels: new Map() }));
  }
  return cache;
}

function touch<K, V>(map: Map<K, V>, key: K, make: () => V, max: number): V {
  let value = map.get(key);
  if (value === undefined) value = make();
  else map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= max) break;
    map.delete(old);
  }
  return value;
}

/**
 * The packed pieces of every lane at `level` that can reach into `[t0, t1)`, packing what is
 * missing. `measure` is part of the cache key by identity: pass the same function every frame.
 */
export function piecesInView(
  index: TimelineIndex,
  level: number,
  t0: number,
  t1: number,
  options: PackingOptions,
): Piece[][] {
  const { rows, gap, clusterWidth, minLabelWidth, maxLabelWidth, measure, laneRows } = options;
  const cache = cacheOf(index, measure);
  const perLane = laneRows ? laneRows.map((r) => `${r.points}/${r.spans}`).join(',') : '';
  const shape = [rows, gap, clusterWidth, minLabelWidth, maxLabelWidth, perLane].join('|');
  const widest = Math.max(maxLabelWidth, clusterWidth);
  const cuts = touch(
    cache.cuts,
    shape,
    () => index.lanes.map((lane) => laneCuts(lane, widest, gap)),
    4,
  );
  const pieces = touch(
    cache.levels,
    `${level}|${shape}`,
    () => index.lanes.map(() => ({ points: new Map(), spans: new Map() })),
    MAX_LEVELS,
  );
  const pxPerMs = levelPxPerMs(level);
  const min = cutThreshold(pxPerMs);
  // Spans take the rows they could ever use side by side, at most half; points the rest.
  const spanCap = Math.floor(rows / 2);

  return index.lanes.map((lane, l) => {
    const { widths } = cache;
    const pack = (from: number, to: number, clip: number, firstRow: number, count: number) => ({
      firstRow,
      rows: packRun(lane, from, to, clip, {
        rows: count,
        pxPerMs,
        gap,
        clusterWidth,
        labelWidth(position) {
          const at = lane.events[position]!;
          let w = widths[at]!;
          if (Number.isNaN(w)) widths[at] = w = measure(index.events[at]!.title);
          return Math.min(maxLabelWidth, Math.max(minLabelWidth, w));
        },
      }),
    });
    const own = laneRows?.[l];
    const spanRows = own ? own.spans : Math.min(spanCap, lane.spanDepth);
    const pointRows = own ? own.points : rows - spanRows;
    const { points, spans } = pieces[l]!;
    if (points.size > MAX_PIECES) points.clear();
    if (spans.size > MAX_PIECES) spans.clear();
    const found: Piece[] = [];

    // Points: grid cells from the one before t0's (its marks may reach in) to t1's.
    const cell = (t: number) => Math.floor((t * pxPerMs) / CHUNK_PX);
    const line = (j: number) => (j * CHUNK_PX) / pxPerMs;
    const boundary = (j: number) => {
      const at = lowerBound(lane.starts, line(j), 0, lane.spansFrom);
      const next = lowerBound(lane.starts, line(j + 1), at, lane.spansFrom);
      const clean = firstAtLeast(cuts[l]!.points, at, min);
      return clean < next ? { at: clean, forced: false } : { at, forced: true };
    };
    if (lane.spansFrom > 0 && pointRows > 0) {
      let from = boundary(cell(t0) - 1);
      for (let j = cell(t0) - 1; j <= cell(t1); j++) {
        const to = boundary(j + 1);
        let piece = points.get(j);
        if (!piece && from.at < to.at) {
          const clip = to.forced ? line(j + 1) : Infinity;
          points.set(j, (piece = pack(from.at, to.at, clip, 0, pointRows)));
        }
        if (piece) found.push(piece);
        from = to;
      }
    }

    // Spans: pieces between clean cuts, from the one holding the last span before t0.
    if (spanRows > 0) {
      const run = cuts[l]!.spans;
      const before = lowerBound(lane.starts, t0, lane.spansFrom) - lane.spansFrom;
      const end = lowerBound(lane.starts, t1, lane.spansFrom) - lane.spansFrom;
      for (let c = Math.max(0, lastAtLeast(run, before - 1, min)); c < end;) {
        let piece = spans.get(c);
        if (!piece) {
          const to = firstAtLeast(run, c + 1, min);
          const from = lane.spansFrom;
          piece = { ...pack(from + c, from + to, Infinity, pointRows, spanRows), to };
          spans.set(c, piece);
        }
        found.push(piece);
        c = piece.to;
      }
    }
    return found;
  });
}

function laneCuts(lane: Lane, widest: number, gap: number): LaneCuts {
  const { starts, ends, spansFrom } = lane;
  return {
    points: cutTree(starts, ends, 0, spansFrom, widest, gap),
    spans: cutTree(starts, ends, spansFrom, starts.length, widest, gap),
  };
}

/** The first and last events a cluster stands for, without listing the ones between. */
export function clusterEnds(
  index: TimelineIndex,
  cluster: ClusterItem,
): [TimelineEvent, TimelineEvent] | undefined {
  const lane = index.lanes[cluster.lane]!;
  const r = cluster.ranges;
  if (r.length < 2) return undefined;
  const first = index.events[lane.events[r[0]!]!];
  const last = index.events[lane.events[r[r.length - 1]! - 1]!];
  return first && last ? [first, last] : undefined;
}

/** Whether a cluster stands for the event at `eventIndex` (its place in `index.events`). */
export function clusterHas(
  index: TimelineIndex,
  cluster: ClusterItem,
  eventIndex: number,
): boolean {
  if (index.laneOf[eventIndex] !== cluster.lane) return false;
  const p = index.positionOf[eventIndex]!;
  for (let i = 0; i < cluster.ranges.length; i += 2) {
    if (p >= cluster.ranges[i]! && p < cluster.ranges[i + 1]!) return true;
  }
  return false;
}

/** The events a cluster stands for, in time order. */
export function clusterEvents(index: TimelineIndex, cluster: ClusterItem): TimelineEvent[] {
  const lane = index.lanes[cluster.lane]!;
  const at: number[] = [];
  for (let i = 0; i < cluster.ranges.length; i += 2) {
    for (let p = cluster.ranges[i]!; p < cluster.ranges[i + 1]!; p++) at.push(lane.events[p]!);
  }
  return at.sort((a, b) => a - b).map((i) => index.events[i]!);
}

/**
 * How many of `marked` (event indices) a cluster stands for: a live story's new events, so that a
 * cluster holding some shows it as a single mark would. The marked events are few.
 */
export function clusterCount(
  index: TimelineIndex,
  cluster: ClusterItem,
  marked: readonly number[],
): number {
  let n = 0;
  for (const i of marked) if (clusterHas(index, cluster, i)) n++;
  return n;
}
