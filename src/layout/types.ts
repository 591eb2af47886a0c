/** Shapes shared by the layout modules and handed to the view. */
import type { TimelineEvent } from '../format/types';
import type { LaneSpec } from './lanes';
import type { MaxTree } from './max-tree';

/**
 * A lane's events as flat arrays, by position in the lane: its points in time order, then its
 * spans in time order, so that either kind is one sorted run.
 */
export interface Lane extends LaneSpec {
  /** Event index (into `Timeline.events`) of each position. */
  readonly events: Int32Array;
  /** Positions before this are points, from it on spans. */
  readonly spansFrom: number;
  /** Most spans of the lane that overlap in time at any one instant. */
  readonly spanDepth: number;
  readonly starts: Float64Array;
  /** Where the body ends: a point's start, a span's stop. */
  readonly ends: Float64Array;
  /** Latest `stop` over any run of positions: a cluster's time extent. */
  readonly stops: MaxTree;
}

/** Everything about a timeline that does not depend on zoom or width. Build once, reuse. */
export interface TimelineIndex {
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Lane[];
  /** Lane index of each event, by event index. */
  readonly laneOf: Int32Array;
  /** Position of each event within its lane, by event index. */
  readonly positionOf: Int32Array;
}

/** Rows a lane stacks its marks in: points above, spans below. */
export interface LaneRows {
  points: number;
  spans: number;
}

interface ItemBase {
  /** Stable key for a keyed `{#each}`: the event id, or `cluster:` + its first event's id. */
  key: string;
  /** Left edge in px, in the visible scale's range. */
  x: number;
  /**
   * Room the mark has in px: its body or its label, whichever is wider. Truncate the label to
   * it: in a stretch too dense to cut cleanly a label may get less than it asked for.
   */
  width: number;
  /** Width in px of the period drawn as a bar; 0 for a point. */
  bar: number;
  /** Index into `lanes`. */
  lane: number;
  /** Stacked row within the lane, from 0 at the top. */
  row: number;
  /** Top of the row in px. */
  y: number;
}

export interface EventItem extends ItemBase {
  kind: 'event';
  event: TimelineEvent;
}

/** Events that would collide at this zoom, shown as one mark with a count. */
export interface ClusterItem extends ItemBase {
  kind: 'cluster';
  count: number;
  /** Earliest start and latest stop of its events: zoom there to take it apart. */
  start: number;
  stop: number;
  /** Its events as `[from, to)` pairs of positions in the lane; see `clusterEvents`. */
  ranges: readonly number[];
}

export type LayoutItem = EventItem | ClusterItem;
