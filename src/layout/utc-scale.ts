/**
 * A linear scale from UTC time to pixels: the part of d3-scale's `scaleUtc` that Dateline uses,
 * and the interface d3-zoom's `transform.rescaleX` needs (call, invert, domain, range, copy).
 *
 * Why not d3-scale itself: `scaleUtc` pulls in d3-time-format (for `tickFormat`, which we never
 * call — date-fns labels the axis) and d3-interpolate with d3-color (to interpolate ranges that
 * may be colours — ours are numbers). Together that is about 9 KB gzip of the reader's 40 KB
 * budget for one multiplication. Tick intervals still come from d3-time, zoom from d3-zoom.
 *
 * Immutable in spirit: the view never calls the setters on a shared scale; `copy()` first.
 */
import { identityWarp, scaleBroken } from './broken-scale';

export interface UtcScale {
  /** px for a time (UTC epoch ms or a Date). */
  (t: number | Date): number;
  /**
   * The time at a px, as UTC epoch ms. Numbers rather than Dates: the axis reaches back to
   * the Big Bang, and a Date only ~271,800 years (see src/dates/years.ts).
   */
  invert(px: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): UtcScale;
  range(): [number, number];
  range(range: readonly number[]): UtcScale;
  copy(): UtcScale;
}

/**
 * A scale with no axis breaks: the broken scale with the identity warp, so the accessors that
 * d3-zoom calls are written once (`broken-scale.ts`).
 */
export function scaleUtc(
  domain: readonly [number | Date, number | Date] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)],
  range: readonly [number, number] = [0, 1],
): UtcScale {
  return scaleBroken(identityWarp, domain, range);
}
