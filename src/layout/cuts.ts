/**
 * Where a lane can be cut into pieces that pack independently. Before position i of a run
 * (points or spans, in start order) nothing packed earlier can reach event i when
 *
 *   starts[i] − starts[i−1] ≥ (widest + gap) / pxPerMs   (no label or badge reaches it), and
 *   starts[i] − max(ends[0..i−1]) ≥ gap / pxPerMs        (no span's body reaches it),
 *
 * because no mark is wider than its widest label or badge, and none ends later than its bodies.
 * Both sides scale with 1/pxPerMs, so one number per position — its slack — says at which zooms
 * it is a cut: every zoom with 1/pxPerMs ≤ slack. The first position is always a cut.
 */
import { maxTreeOf, type MaxTree } from './max-tree';

export function cutSlack(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  from: number,
  to: number,
  widest: number,
  gap: number,
): Float64Array {
  const slack = new Float64Array(to - from);
  let reach = -Infinity;
  for (let i = from; i < to; i++) {
    if (i === from) {
      slack[0] = Infinity;
    } else {
      const clear = starts[i]! - reach;
      const byBody = gap > 0 ? clear / gap : clear >= 0 ? Infinity : -Infinity;
      slack[i - from] = Math.min(byBody, (starts[i]! - starts[i - 1]!) / (widest + gap));
    }
    reach = Math.max(reach, ends[i]!);
  }
  return slack;
}

/** The cut positions of a run as a tree: ask for the nearest with slack ≥ 1/pxPerMs. */
export function cutTree(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  from: number,
  to: number,
  widest: number,
  gap: number,
): MaxTree {
  return maxTreeOf(cutSlack(starts, ends, from, to, widest, gap));
}

/** The slack a position needs to be a cut at `pxPerMs`, with room for rounding. */
export function cutThreshold(pxPerMs: number): number {
  return (1 + 1e-9) / pxPerMs;
}
