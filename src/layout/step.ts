/**
 * Moving through time from the keyboard, and the zoom transforms that show a time range:
 * "fit", "zoom to this cluster", "bring the selected event into view", "keep the view". Transforms are d3-zoom
 * `ZoomTransform`s, built fresh, never changed.
 */
import type { UtcScale } from './utc-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { MIN_VISIBLE_MS } from './time-scale';

/**
 * The event one step from `from` in time order (events are sorted), stopping at either end.
 * From nothing (`from` < 0) the first step forwards is the first event, backwards the last.
 * -1 when there are no events.
 */
export function nextEventIndex(events: readonly unknown[], from: number, dir: 1 | -1): number {
  const last = events.length - 1;
  if (last < 0) return -1;
  if (from < 0) return dir > 0 ? 0 : last;
  return Math.max(0, Math.min(last, from + dir));
}

export interface RangeOptions {
  /** px left free on each side of the range. Default 0. */
  padding?: number;
  /** d3-zoom's scale extent; the result's k stays inside it. */
  scaleExtent?: readonly [number, number];
}

/**
 * The transform whose `rescaleX(base)` shows `[t0, t1)` across `width`, centred. A range too
 * short to show (an instant, or less than an hour) gets the deepest zoom around its middle.
 */
export function transformForRange(
  t0: number,
  t1: number,
  base: UtcScale,
  width: number,
  { padding = 0, scaleExtent = [0, Infinity] }: RangeOptions = {},
): ZoomTransform {
  const mid = (t0 + t1) / 2;
  const half = Math.max(t1 - t0, MIN_VISIBLE_MS) / 2;
  const span = base(mid + half) - base(mid - half);
  const room = Math.max(1, width - 2 * padding);
  const k = Math.max(scaleExtent[0], Math.min(scaleExtent[1], room / span));
  return zoomIdentity.translate(width / 2 - k * base(mid), 0).scale(k);
}

/**
 * `current` panned just enough that `[t0, t1)` is in view with `padding` px to spare, or
 * `current` itself when it already is. A range wider than the view is fitted instead.
 */
export function revealRange(
  current: ZoomTransform,
  t0: number,
  t1: number,
  base: UtcScale,
  width: number,
  options: RangeOptions = {},
): ZoomTransform {
  const padding = options.padding ?? 0;
  const x0 = current.applyX(base(t0));
  const x1 = current.applyX(base(t1));
  if (x1 - x0 > width - 2 * padding) return transformForRange(t0, t1, base, width, options);
  const dx = x0 < padding ? padding - x0 : x1 > width - padding ? width - padding - x1 : 0;
  return dx === 0 ? current : zoomIdentity.translate(current.x + dx, current.y).scale(current.k);
}

/**
 * The transform that shows over `after` the time `current` showed over `before`: the reader's
 * view kept through a new version of the data (a live story), whose scale may span more time or
 * break elsewhere. The whole view (the identity) stays the whole view, new events included; a
 * zoom deeper than `after` allows keeps the left edge.
 */
export function keepView(
  current: ZoomTransform,
  before: UtcScale,
  after: UtcScale,
  width: number,
  scaleExtent: readonly [number, number] = [0, Infinity],
): ZoomTransform {
  if (current.k === 1 && current.x === 0) return current;
  const x0 = after(before.invert(current.invertX(0)));
  const x1 = after(before.invert(current.invertX(width)));
  if (!(x1 > x0)) return current;
  const k = Math.max(scaleExtent[0], Math.min(scaleExtent[1], width / (x1 - x0)));
  return zoomIdentity.translate(-k * x0, 0).scale(k);
}
