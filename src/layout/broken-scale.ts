/**
 * A time scale with axis breaks: long stretches where no event is are squeezed to a short,
 * marked gap, so one early event does not push the rest of the story into a corner.
 *
 * Time t maps to "warped" time u (ms with the breaks squeezed), and u maps linearly to px. Inside
 * the kept stretches one ms is one ms of u, so durations there stay true to scale and the axis
 * picks one tick interval for all of them. The scale has the interface of `scaleUtc` (call,
 * invert, domain, range, copy), so d3-zoom's `rescaleX` works on it: it inverts the range ends
 * and sets them as the new domain, which goes through `warp` and comes back unchanged.
 *
 * With no breaks it is exactly a linear UTC scale ("true to scale").
 */
import type { UtcScale } from './utc-scale';

/** A squeezed stretch: real time `[from, to)` takes `size` ms of warped time. */
export interface Break {
  from: number;
  to: number;
  size: number;
}

export interface BreakOptions {
  /** A stretch is squeezed when it is at least this share of the whole span. Default 0.12. */
  minShare?: number;
  /** Warped size of a break, as a share of the time kept. Default 0.06. */
  sizeShare?: number;
  /**
   * Time kept on each side of a break, as a share of the time kept. Default 0: a break then
   * ends where the next event starts, in its year.
   */
  marginShare?: number;
  /** Most breaks; the longest stretches win. Default 5. */
  max?: number;
}

/**
 * The breaks for events sorted by start: the longest empty stretches (covered by no event's
 * `[start, stop)`) that are each at least `minShare` of the span, in time order.
 */
export function findBreaks(
  events: readonly { start: number; stop: number }[],
  { minShare = 0.12, sizeShare = 0.06, marginShare = 0, max = 5 }: BreakOptions = {},
): Break[] {
  if (events.length < 2) return [];
  const first = events[0]!.start;
  let reach = -Infinity;
  const gaps: [number, number][] = [];
  for (const e of events) {
    if (e.start > reach && reach > -Infinity) gaps.push([reach, e.start]);
    if (e.stop > reach) reach = e.stop;
  }
  const total = reach - first;
  const long = gaps
    .filter(([a, b]) => b - a >= minShare * total)
    .sort((p, q) => q[1] - q[0] - (p[1] - p[0]))
    .slice(0, max);
  const kept = total - long.reduce((sum, [a, b]) => sum + b - a, 0);
  const margin = marginShare * kept;
  const size = sizeShare * kept;
  return long
    .map(([a, b]) => ({ from: a + margin, to: b - margin, size }))
    .filter((b) => b.to - b.from > 2 * b.size)
    .sort((p, q) => p.from - q.from);
}

export interface Warp {
  readonly breaks: readonly Break[];
  /** Real time → warped time. */
  warp(t: number): number;
  /** Warped time → real time. */
  unwarp(u: number): number;
}

/** Last index in `[0, n)` whose key is ≤ x, or -1. */
function lastAtMost(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export const identityWarp: Warp = { breaks: [], warp: (t) => t, unwarp: (u) => u };

/** The warp for `breaks` (sorted, not overlapping). */
export function warpOf(breaks: readonly Break[]): Warp {
  if (breaks.length === 0) return identityWarp;
  // Time removed before each break, and where each break starts in warped time.
  const removed: number[] = [];
  let sum = 0;
  for (const b of breaks) {
    removed.push(sum);
    sum += b.to - b.from - b.size;
  }
  const uFrom = breaks.map((b, i) => b.from - removed[i]!);
  const n = breaks.length;
  return {
    breaks,
    warp(t) {
      const i = lastAtMost(n, (j) => breaks[j]!.from, t);
      if (i < 0) return t;
      const b = breaks[i]!;
      if (t < b.to) return uFrom[i]! + ((t - b.from) * b.size) / (b.to - b.from);
      return t - removed[i]! - (b.to - b.from - b.size);
    },
    unwarp(u) {
      const i = lastAtMost(n, (j) => uFrom[j]!, u);
      if (i < 0) return u;
      const b = breaks[i]!;
      if (u < uFrom[i]! + b.size) return b.from + ((u - uFrom[i]!) * (b.to - b.from)) / b.size;
      return u + removed[i]! + (b.to - b.from - b.size);
    },
  };
}

/** A time scale through a warp; `uDomain` is its domain in warped ms. */
export interface BrokenScale extends UtcScale {
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): BrokenScale;
  range(): [number, number];
  range(range: readonly number[]): BrokenScale;
  readonly warper: Warp;
  uDomain(): [number, number];
  copy(): BrokenScale;
}

export function isBroken(scale: UtcScale): scale is BrokenScale {
  return 'uDomain' in scale;
}

/** A scale from real time (ms or Date) to px through `warper`, over real `domain`. */
export function scaleBroken(
  warper: Warp,
  domain: readonly [number | Date, number | Date],
  range: readonly [number, number] = [0, 1],
): BrokenScale {
  return scaleWarped(warper, [warper.warp(+domain[0]), warper.warp(+domain[1])], range);
}

/** The same scale built from a domain already in warped ms. */
export function scaleWarped(
  warper: Warp,
  uDomain: readonly [number, number],
  range: readonly [number, number],
): BrokenScale {
  let [u0, u1] = uDomain;
  let [r0, r1] = range;
  let k = 0;
  const update = () => {
    k = u1 === u0 ? 0 : (r1 - r0) / (u1 - u0);
  };
  update();
  const { warp, unwarp } = warper;
  const scale = ((t: number | Date) => r0 + (warp(+t) - u0) * k) as BrokenScale;
  scale.invert = (px: number) => unwarp(k === 0 ? u0 : u0 + (px - r0) / k);
  scale.domain = ((d?: readonly (number | Date)[]) => {
    if (d === undefined) return [unwarp(u0), unwarp(u1)];
    u0 = warp(+d[0]!);
    u1 = warp(+d[d.length - 1]!);
    update();
    return scale;
  }) as BrokenScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (r === undefined) return [r0, r1];
    r0 = +r[0]!;
    r1 = +r[r.length - 1]!;
    update();
    return scale;
  }) as BrokenScale['range'];
  scale.uDomain = () => [u0, u1];
  scale.copy = () => scaleWarped(warper, [u0, u1], [r0, r1]);
  Object.defineProperty(scale, 'warper', { value: warper });
  return scale;
}

/** The kept stretches of real time `[t0, t1]`: the parts outside every break. */
export function keptStretches(
  breaks: readonly Break[],
  t0: number,
  t1: number,
): [number, number][] {
  const out: [number, number][] = [];
  let at = t0;
  for (const b of breaks) {
    if (b.to <= at) continue;
    if (b.from >= t1) break;
    if (b.from > at) out.push([at, b.from]);
    at = b.to;
  }
  if (at < t1) out.push([at, t1]);
  return out;
}

export type SpanUnit = 'day' | 'week' | 'month' | 'year';

/** How long a break is, in the unit a reader would say it in: "17 days", "5 weeks", "2 years". */
export function breakSpan(ms: number): { value: number; unit: SpanUnit } {
  const days = ms / 86_400_000;
  if (days >= 2 * 365) return { value: Math.round(days / 365.25), unit: 'year' };
  if (days >= 61) return { value: Math.round(days / 30.44), unit: 'month' };
  if (days >= 14) return { value: Math.round(days / 7), unit: 'week' };
  return { value: Math.max(1, Math.round(days)), unit: 'day' };
}
