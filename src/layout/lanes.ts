/**
 * Lanes: one row band per group, in the order the file lists `groups`, then "Other" for events
 * with no group. An event in several groups sits in the lane of its first group (the view shows
 * the colour chips of all of them), so every event is drawn exactly once. Groups that would be an
 * empty lane — say every event of theirs lists another group first — get no lane.
 */
import type { Timeline } from '../format/types';

/** The id of the lane for events without a group; no group can have it, ids are never empty. */
export const OTHER_LANE_ID = '';

export interface LaneSpec {
  id: string;
  label: string;
  color?: string;
}

export interface LaneAssignment {
  lanes: LaneSpec[];
  /** Lane index of each event, by event index. */
  laneOf: Int32Array;
}

export function assignLanes(
  { groups, events }: Pick<Timeline, 'groups' | 'events'>,
  otherLabel = 'Other',
): LaneAssignment {
  const ids = Object.keys(groups);
  const order = new Map(ids.map((id, i) => [id, i]));
  const other = ids.length;
  const byOrder = new Int32Array(events.length);
  const used = new Uint8Array(other + 1);
  // Plain loops: this runs once per event, cold (see index-timeline.ts).
  for (let i = 0; i < events.length; i++) {
    const groupsOf = events[i]!.groups;
    let lane = other;
    for (let j = 0; j < groupsOf.length; j++) {
      const at = order.get(groupsOf[j]!);
      if (at !== undefined) {
        lane = at;
        break;
      }
    }
    byOrder[i] = lane;
    used[lane] = 1;
  }

  const candidates: LaneSpec[] = [
    ...ids.map((id) => {
      const { label, color } = groups[id]!;
      return color === undefined ? { id, label } : { id, label, color };
    }),
    { id: OTHER_LANE_ID, label: otherLabel },
  ];
  const renumber = new Int32Array(candidates.length).fill(-1);
  const lanes: LaneSpec[] = [];
  candidates.forEach((lane, i) => {
    if (!used[i]) return;
    renumber[i] = lanes.length;
    lanes.push(lane);
  });
  const laneOf = new Int32Array(events.length);
  for (let i = 0; i < laneOf.length; i++) laneOf[i] = renumber[byOrder[i]!]!;
  return { lanes, laneOf };
}
