/**
 * Colour is identity: a group's colour depends only on the group itself (its own `color`, else
 * its place in the file's `groups`), never on which lanes a filter leaves, so NATO stays blue
 * through every filter and search, in the chart, the legend and the phone list.
 */
import type { Group } from '../format/types';

/** Theme colours for groups (see theme.css); the last one is kept for events without a group. */
const PALETTE = 7;
export const OTHER_COLOR = 'var(--dl-lane-7)';

/** Each group's colour by id: `color` from the file, else a theme colour by its position. */
export function groupColors(groups: Readonly<Record<string, Group>>): Map<string, string> {
  const colors = new Map<string, string>();
  Object.keys(groups).forEach((id, i) => {
    colors.set(id, groups[id]!.color ?? `var(--dl-lane-${i % PALETTE})`);
  });
  return colors;
}

/** The colour of the first of `groupIds` that is a known group, else the "Other" colour. */
export function colorOf(colors: ReadonlyMap<string, string>, groupIds: readonly string[]): string {
  for (const id of groupIds) {
    const color = colors.get(id);
    if (color !== undefined) return color;
  }
  return OTHER_COLOR;
}
