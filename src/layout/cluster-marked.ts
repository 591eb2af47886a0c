/**
 * How many of some events each cluster stands for: a live story's new events, so that a cluster
 * holding one shows it as a single mark would (the ring, and "2 new" in its name). One pass over
 * the marked events, each looked up in its own lane's clusters by position: the marked events are
 * few, the clusters in view bounded by the viewport, and neither is listed event by event.
 */
import type { ClusterItem, LayoutItem, TimelineIndex } from './types';

/**
 * For each cluster among `items` that holds one of `marked` (event indices into `index.events`),
 * how many it holds, by the cluster's key. Clusters holding none are absent; indices outside the
 * index are ignored.
 */
export function markedInClusters(
  index: TimelineIndex,
  items: readonly LayoutItem[],
  marked: Iterable<number>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const byLane = new Map<number, ClusterItem[]>();
  for (const item of items) {
    if (item.kind !== 'cluster') continue;
    const lane = byLane.get(item.lane);
    if (lane) lane.push(item);
    else byLane.set(item.lane, [item]);
  }
  if (byLane.size === 0) return counts;
  for (const i of marked) {
    if (!(i >= 0 && i < index.events.length)) continue;
    const clusters = byLane.get(index.laneOf[i]!);
    if (!clusters) continue;
    const p = index.positionOf[i]!;
    const holder = clusters.find((c) => holds(c.ranges, p));
    if (holder) counts.set(holder.key, (counts.get(holder.key) ?? 0) + 1);
  }
  return counts;
}

/** Whether `[from, to)` pairs of lane positions take in `p`. */
function holds(ranges: readonly number[], p: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) {
    if (p >= ranges[r]! && p < ranges[r + 1]!) return true;
  }
  return false;
}
