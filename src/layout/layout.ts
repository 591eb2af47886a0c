/**
 * The one entry point the view calls per frame. `indexTimeline` does the O(N) work once per
 * timeline (re-exported here, with the types the view needs); `layoutTimeline` then costs
 * O(lanes × rows × log N + marks in view) per frame, plus packing the few pieces of lane around
 * the view the first time it reaches them at a zoom level (see `clusters.ts`).
 *
 * A mark is returned when its extent — body or label, whichever is wider — reaches into the
 * view widened by `margin` px on each side. Every event whose own time reaches in (a point's
 * start, a span's period) is in exactly one returned mark; a cluster at the edge may also hold
 * a few events just outside.
 */
import type { UtcScale } from './utc-scale';
import type { Locale } from 'date-fns';
import { piecesInView, zoomLevel } from './clusters';
import { estimateTextWidth, type Measure } from './text-width';
import { timeTicks, type Tick } from './ticks';
import { linearOf } from './time-scale';
import { isBroken } from './broken-scale';
import type { Precision } from '../format/types';
import type { LaneRows, LayoutItem, TimelineIndex } from './types';

export { indexTimeline, isSpan } from './index-timeline';
export { clusterEvents } from './clusters';
export type { ClusterItem, EventItem, LayoutItem, TimelineIndex } from './types';

export interface LayoutOptions {
  /** Width of the plot in px: the visible scale's range is [0, width]. */
  width: number;
  /** Height of every lane in px; rows that would not fit are not used. Default 100. */
  laneHeight?: number;
  /** Height of one stacked row in px. Default 24. */
  rowHeight?: number;
  /**
   * Most stacked rows per lane, at least 2: spans take up to half, at the bottom, points the
   * rest; the last row of each takes its clusters. Default 4.
   */
  maxRows?: number;
  /**
   * Width in px of an event's label, dot and padding included. Must be the same function on
   * every call (its identity keys the caches). Default: `defaultMeasure`.
   */
  measure?: Measure;
  /** px laid out beyond each side of the view, so a short pan needs nothing new. Default 200. */
  margin?: number;
  /** Clear px between marks in a row. Default 4. */
  gap?: number;
  /** Width in px of a cluster's count badge. Default 32. */
  clusterWidth?: number;
  /** Labels are measured, then kept within these px. Defaults 24 and 240. */
  minLabelWidth?: number;
  maxLabelWidth?: number;
  /** date-fns locale for the axis. Default en-US. */
  locale?: Locale;
  /** Room per axis tick in px. Default 90. */
  tickSpacing?: number;
  /** The data's finest precision: axis ticks are never finer. */
  precision?: Precision;
  /**
   * Rows of each lane (by lane index), instead of `maxRows` for all: lanes then take only the
   * height they need. `laneHeight` is ignored; a lane is `laneTop` + its rows.
   */
  laneRows?: readonly LaneRows[];
  /** px above a lane's rows for its name, with `laneRows`. Default 0. */
  laneTop?: number;
}

export interface LaneBand {
  id: string;
  label: string;
  color?: string;
  y: number;
  height: number;
}

export interface Layout {
  items: LayoutItem[];
  lanes: LaneBand[];
  ticks: Tick[];
  /** Height of all lanes in px. */
  height: number;
}

/** A 13 px label plus room for the dot and padding. */
export const defaultMeasure: Measure = (text) => estimateTextWidth(text, 13) + 16;

/** Marks and ticks to draw for the visible `scale` (the base rescaled by the zoom transform). */
export function layoutTimeline(
  index: TimelineIndex,
  scale: UtcScale,
  options: LayoutOptions,
): Layout {
  const {
    width,
    laneHeight = 100,
    rowHeight = 24,
    maxRows = 4,
    measure = defaultMeasure,
    margin = 200,
    gap = 4,
    clusterWidth = 32,
    minLabelWidth = 24,
    maxLabelWidth = 240,
    locale,
    tickSpacing,
    precision,
    laneRows,
    laneTop = 0,
  } = options;
  const rows = Math.min(maxRows, Math.floor(laneHeight / rowHeight));
  if (!laneRows && !(rows >= 2)) {
    throw new RangeError(
      `layoutTimeline: a lane needs room for two rows, points above spans ` +
        `(laneHeight ${laneHeight}, rowHeight ${rowHeight}, maxRows ${maxRows})`,
    );
  }
  const { offset, pxPerMs } = linearOf(scale);
  const x = (t: number) => offset + t * pxPerMs;
  const left = -margin;
  const right = width + margin;
  const lanePieces = piecesInView(
    index,
    zoomLevel(pxPerMs),
    (left - offset) / pxPerMs,
    (right - offset) / pxPerMs,
    { rows, gap, clusterWidth, minLabelWidth, maxLabelWidth, measure, laneRows },
  );
  // Lane tops: uniform, or stacked from each lane's own rows.
  const laneY = new Float64Array(index.lanes.length + 1);
  for (let l = 0; l < index.lanes.length; l++) {
    const own = laneRows?.[l];
    const h = own ? laneTop + (own.points + own.spans) * rowHeight : laneHeight;
    laneY[l + 1] = laneY[l]! + h;
  }
  const top = laneRows ? laneTop : 0;
  // Clusters report their time in real time, whatever the index was built in.
  const unwarp = isBroken(scale) ? scale.warper.unwarp : (u: number) => u;

  const items: LayoutItem[] = [];
  lanePieces.forEach((pieces, l) => {
    const lane = index.lanes[l]!;
    for (const { firstRow, rows: packed } of pieces) {
      packed.forEach((marks, r) => {
        const row = firstRow + r;
        const y = laneY[l]! + top + row * rowHeight;
        const { starts, ends, stops, fixed, firsts, counts } = marks;
        const rightOf = (i: number) => Math.max(x(ends[i]!), x(starts[i]!) + fixed[i]!);
        // Within a row marks neither overlap nor nest, so their right edges ascend too.
        let lo = 0;
        let hi = marks.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (rightOf(mid) <= left) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo; i < marks.length && x(starts[i]!) < right; i++) {
          const x0 = x(starts[i]!);
          const event = index.events[lane.events[firsts[i]!]!]!;
          const at = { x: x0, width: rightOf(i) - x0, bar: x(ends[i]!) - x0, lane: l, row, y };
          const ranges = marks.ranges.get(i);
          items.push(
            ranges === undefined
              ? { kind: 'event', key: event.id, event, ...at }
              : {
                  kind: 'cluster',
                  key: `cluster:${event.id}`,
                  count: counts[i]!,
                  start: unwarp(starts[i]!),
                  stop: unwarp(stops[i]!),
                  ranges,
                  ...at,
                },
          );
        }
      });
    }
  });

  return {
    items,
    lanes: index.lanes.map(({ id, label, color }, l) => ({
      id,
      label,
      ...(color === undefined ? {} : { color }),
      y: laneY[l]!,
      height: laneY[l + 1]! - laneY[l]!,
    })),
    ticks: timeTicks(scale, { locale, spacing: tickSpacing, precision }),
    height: laneY[index.lanes.length]!,
  };
}
