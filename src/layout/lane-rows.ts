/**
 * How many rows each lane needs so that, at the fit view, every event is its own mark. A small
 * timeline gets the rows it needs (up to a ceiling) and no clusters; a long chronology keeps a
 * fixed, small number of rows and clusters where it is dense.
 */
import { layoutTimeline, type LayoutOptions } from './layout';
import type { UtcScale } from './utc-scale';
import type { LaneRows, TimelineIndex } from './types';

/** The fixed rows of a long chronology: spans take one row when the lane has any. */
export function uniformLaneRows(index: TimelineIndex, rows = 3): LaneRows[] {
  return index.lanes.map((lane) => {
    const spans = Math.min(Math.floor(rows / 2), lane.spanDepth);
    return { points: rows - spans, spans };
  });
}

/**
 * The fewest rows per lane with which `scale` (the fit) shows no cluster, at most `max` points
 * rows and `max / 2` span rows: packed once with the ceiling, then counted. First-fit packing
 * only uses a row when every row above is taken, so the rows used are the rows needed.
 */
export function fitLaneRows(
  index: TimelineIndex,
  scale: UtcScale,
  options: Omit<LayoutOptions, 'laneRows'>,
  max = 8,
): LaneRows[] {
  const ceiling = index.lanes.map((lane) => ({
    points: lane.spansFrom > 0 ? max : 0,
    spans: Math.min(Math.floor(max / 2), lane.spanDepth),
  }));
  // The fit shows every event, so the marks in view are all of them.
  const { items } = layoutTimeline(index, scale, { ...options, laneRows: ceiling });
  const used = ceiling.map(() => ({ points: 0, spans: 0 }));
  for (const item of items) {
    const c = ceiling[item.lane]!;
    const u = used[item.lane]!;
    if (item.row < c.points) u.points = Math.max(u.points, item.row + 1);
    else u.spans = Math.max(u.spans, item.row - c.points + 1);
  }
  return used;
}
