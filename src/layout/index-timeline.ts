/**
 * Everything about a timeline that depends on neither zoom nor width, built once: the lanes, each
 * lane's events as sorted flat arrays, and the interval index for window queries.
 */
import type { Timeline, TimelineEvent } from '../model/types';
import { maxOverlap } from './depth';
import { assignLanes } from './lanes';
import { maxTreeOf } from './max-tree';
import type { Lane, TimelineIndex } from './types';
import { intervalIndex } from './visible';

/** Month and year dates are periods drawn as bars, and so is anything with an end. */
export function isSpan(e: TimelineEvent): boolean {
  return e.precision === 'year' || e.precision === 'month' || e.end !== undefined;
}

/** Lanes, sorted arrays and search structures for `timeline`. Its events must be sorted. */
export function indexTimeline(
  timeline: Pick<Timeline, 'groups' | 'events'>,
  { otherLabel = 'Other' }: { otherLabel?: string } = {},
): TimelineIndex {
  const { events } = timeline;
  const { lanes: specs, laneOf } = assignLanes(timeline, otherLabel);
  const members = specs.map(() => ({ points: [] as number[], spans: [] as number[] }));
  events.forEach((e, i) => members[laneOf[i]!]![isSpan(e) ? 'spans' : 'points'].push(i));
  const positionOf = new Int32Array(events.length);
  const lanes: Lane[] = specs.map((spec, l) => {
    // The lane's points, then its spans, each in time order.
    const { points, spans } = members[l]!;
    const at = new Int32Array(points.length + spans.length);
    at.set(points);
    at.set(spans, points.length);
    const starts = new Float64Array(at.length);
    const ends = new Float64Array(at.length);
    const stops = new Float64Array(at.length);
    at.forEach((i, p) => {
      const e = events[i]!;
      positionOf[i] = p;
      starts[p] = e.start;
      stops[p] = e.stop;
      ends[p] = p < points.length ? e.start : e.stop;
    });
    const spansFrom = points.length;
    return {
      ...spec,
      events: at,
      spansFrom,
      spanDepth: maxOverlap(starts.subarray(spansFrom), stops.subarray(spansFrom)),
      starts,
      ends,
      stops: maxTreeOf(stops),
    };
  });
  const starts = new Float64Array(events.length);
  const stops = new Float64Array(events.length);
  events.forEach((e, i) => {
    starts[i] = e.start;
    stops[i] = e.stop;
  });
  const intervals = intervalIndex(starts, stops);
  return { events, lanes, laneOf, positionOf, intervals };
}
