import type { Timeline, TimelineEvent } from '../format/types';

// One id → event map per timeline, built on first use and shared by whoever asks.
const maps = new WeakMap<Timeline, Map<string, TimelineEvent>>();

/** The event with this id, in constant time after the first call for a timeline. */
export function eventById(timeline: Timeline, id: string): TimelineEvent | undefined {
  let map = maps.get(timeline);
  if (!map) maps.set(timeline, (map = new Map(timeline.events.map((e) => [e.id, e]))));
  return map.get(id);
}
