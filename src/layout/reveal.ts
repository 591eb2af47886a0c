/**
 * Bringing an event into view: pan just enough, and zoom in step by step while the event still
 * hides in a cluster. A pure loop over d3-zoom transforms; whether the event has its own mark
 * under a transform is asked of the caller (it runs the layout).
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { UtcScale } from './utc-scale';
import { revealRange } from './step';

export interface RevealOptions {
  /** d3-zoom's scale extent. */
  scaleExtent: readonly [number, number];
  /** px kept free beside the event when the view has to move. Default 48. */
  padding?: number;
  /** Whether the event has a mark of its own under `t`. */
  hasOwnMark: (t: ZoomTransform) => boolean;
  /** Most zoom steps (×2 each). Default 24. */
  maxSteps?: number;
}

/**
 * The transform that shows `event` as its own mark: `current` itself when the event is already
 * in view with its own mark (a click on a mark moves nothing), else `current` panned, then zoomed
 * in ×2 at a time around the event until it leaves its cluster or the zoom can go no deeper.
 */
export function revealTransform(
  current: ZoomTransform,
  event: { start: number; stop: number },
  base: UtcScale,
  width: number,
  { scaleExtent, padding = 48, hasOwnMark, maxSteps = 24 }: RevealOptions,
): ZoomTransform {
  const x0 = current.applyX(base(event.start));
  if (x0 >= 0 && x0 <= width && hasOwnMark(current)) return current;
  const range = { padding, scaleExtent };
  let t = revealRange(current, event.start, event.stop, base, width, range);
  for (let i = 0; i < maxSteps && !hasOwnMark(t) && t.k < scaleExtent[1]; i++) {
    const k = Math.min(scaleExtent[1], t.k * 2);
    const centre = t.applyX(base(event.start));
    t = zoomIdentity.translate(centre - (centre - t.x) * (k / t.k), 0).scale(k);
    t = revealRange(t, event.start, event.stop, base, width, range);
  }
  return t;
}
