/**
 * The base time scale (the "fit" view) and the zoom limits around it. The view zooms with d3-zoom
 * and derives `transform.rescaleX(base)`, which returns a copy: nothing here is ever mutated.
 */
import type { Precision } from '../format/types';
import { identityWarp, isBroken, scaleWarped, type BrokenScale, type Warp } from './broken-scale';
import type { UtcScale } from './utc-scale';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The narrowest fit: an afternoon's events, or a single minute, still get two hours of axis. */
export const MIN_SPAN_MS = 2 * HOUR;
/** The deepest zoom shows about this much time across the whole width. */
export const MIN_VISIBLE_MS = HOUR;

interface Extent {
  start: number;
  stop: number;
}

/** Earliest start and latest (exclusive) stop, or undefined when there are no events. */
export function dataExtent(events: readonly Extent[]): [number, number] | undefined {
  if (events.length === 0) return undefined;
  let start = Infinity;
  let stop = -Infinity;
  for (const e of events) {
    if (e.start < start) start = e.start;
    if (e.stop > stop) stop = e.stop;
  }
  return [start, stop];
}

/**
 * A UTC scale over the events' span mapped to `[0, width]`, with `padding` px kept free on each
 * side. A span shorter than two hours (one event, or a few minutes) is widened around its
 * middle; no events gives the first day of 2000, so the view still has an axis to draw.
 */
export function baseScale(
  events: readonly Extent[],
  width: number,
  padding = 24,
  warper: Warp = identityWarp,
): BrokenScale {
  const [t0, t1] = dataExtent(events) ?? [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];
  // Padding and the narrowest fit are measured in warped time: px are linear there.
  const start = warper.warp(t0);
  const stop = warper.warp(t1);
  const mid = (start + stop) / 2;
  const half = Math.max(stop - start, MIN_SPAN_MS) / 2;
  const pad = Math.max(0, Math.min(padding, width / 4));
  const msPerPx = (2 * half) / Math.max(1, width - 2 * pad);
  const d0 = mid - half - pad * msPerPx;
  const d1 = mid + half + pad * msPerPx;
  return scaleWarped(warper, [d0, d1], [0, width]);
}

/** The shortest span that still means something for each precision: a view never shows less. */
const FINEST_VIEW: ReadonlyMap<Precision, number> = new Map([
  ['year', 4 * 365 * DAY],
  ['month', 4 * 30 * DAY],
  ['day', 4 * DAY],
  ['minute', MIN_VISIBLE_MS],
  ['second', MIN_VISIBLE_MS],
]);
const RANK: ReadonlyMap<Precision, number> = new Map([
  ['year', 0],
  ['month', 1],
  ['day', 2],
  ['minute', 3],
  ['second', 4],
]);

/** The finest precision among the events, or undefined when there are none. */
export function finestPrecision(
  events: readonly { precision: Precision }[],
): Precision | undefined {
  let best: Precision | undefined;
  let rank = -1;
  for (const e of events) {
    const r = RANK.get(e.precision)!;
    if (r > rank) [best, rank] = [e.precision, r];
    if (rank === 4) break;
  }
  return best;
}

/** The least time a view may span for data of `precision`: days never zoom into hours. */
export function minVisibleMs(precision: Precision | undefined): number {
  return precision === undefined ? MIN_VISIBLE_MS : FINEST_VIEW.get(precision)!;
}

/**
 * `[minK, maxK]` for d3-zoom's `scaleExtent`: never wider than the fit view (k = 1), never
 * narrower than `minVisibleMs` across the width.
 */
export function zoomExtent(
  domainMs: number,
  { minVisibleMs = MIN_VISIBLE_MS }: { minVisibleMs?: number } = {},
): [number, number] {
  return [1, Math.max(1, domainMs / minVisibleMs)];
}

/** The span in ms of a scale's domain. */
export function domainMs(scale: UtcScale): number {
  if (isBroken(scale)) {
    const [u0, u1] = scale.uDomain();
    return u1 - u0;
  }
  const [d0, d1] = scale.domain();
  return d1 - d0;
}

/**
 * d3-zoom's `translateExtent` in the base scale's pixels: panning stops at the padded ends of
 * the data. Vertical translation is unbounded because only x is zoomed.
 */
export function translateExtent(base: UtcScale): [[number, number], [number, number]] {
  const [r0, r1] = base.range();
  return [
    [r0!, -Infinity],
    [r1!, Infinity],
  ];
}

/** `x(t) = offset + t * pxPerMs`: a UTC scale as two numbers, for hot loops. */
export interface Linear {
  offset: number;
  pxPerMs: number;
}

/** For a broken scale the line is in warped time, the time its layout index is in. */
export function linearOf(scale: UtcScale): Linear {
  const [d0, d1] = isBroken(scale) ? scale.uDomain() : scale.domain();
  const [r0, r1] = scale.range();
  const pxPerMs = (r1! - r0!) / (d1! - d0!);
  return { offset: r0! - pxPerMs * d0!, pxPerMs };
}
