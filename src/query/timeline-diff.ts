/**
 * What changed between two versions of a timeline, by event id: for a live story, whose file
 * grows while readers have it open. An event counts as changed when anything a reader sees of it
 * differs (title, dates, text, people, groups, quotes, sources, note); its position in the list
 * (`index`) does not count, since an earlier event added upstream moves every later one.
 */
import type { Timeline, TimelineEvent } from '../format/types';

export interface TimelineDiff {
  /** In the new version only, in its time order. */
  added: string[];
  /** In both, with something a reader sees changed, in the new version's time order. */
  changed: string[];
  /** In the old version only, in its time order. */
  removed: string[];
  /** The title, summary, note, source, people or groups of the timeline itself changed. */
  header: boolean;
}

/** What a reader sees of an event, as one comparable string. */
function seen(event: TimelineEvent): string {
  const { index: _index, ...rest } = event;
  return JSON.stringify(rest);
}

export function diffTimelines(before: Timeline, after: Timeline): TimelineDiff {
  const old = new Map<string, TimelineEvent>();
  for (const e of before.events) old.set(e.id, e);
  const added: string[] = [];
  const changed: string[] = [];
  const kept = new Set<string>();
  for (const e of after.events) {
    const was = old.get(e.id);
    if (!was) added.push(e.id);
    else {
      kept.add(e.id);
      if (was !== e && seen(was) !== seen(e)) changed.push(e.id);
    }
  }
  const removed = before.events.filter((e) => !kept.has(e.id)).map((e) => e.id);
  const headerOf = (t: Timeline) =>
    JSON.stringify([t.title, t.summary, t.note, t.source, t.locale, t.people, t.groups]);
  return { added, changed, removed, header: headerOf(before) !== headerOf(after) };
}

/** Nothing a reader would notice changed. */
export const isUnchanged = (d: TimelineDiff): boolean =>
  !d.header && d.added.length === 0 && d.changed.length === 0 && d.removed.length === 0;
