/**
 * A live story's new version, taken in: which events to mark as new and what to tell the reader.
 * The newsroom's file is the truth, so the new version replaces the old one whole; what carries
 * over is the reader's: the events they have not opened yet stay marked.
 */
import type { Timeline } from '../format/types';
import { diffTimelines, isUnchanged } from './timeline-diff';

export interface Merged {
  /** The version to show: the one on screen, the same object, when nothing a reader sees changed. */
  timeline: Timeline;
  /** Marked as new: this update's events and earlier new ones not opened yet and still there. */
  fresh: ReadonlySet<string>;
  added: number;
  changed: number;
  removed: number;
}

export function mergeUpdate(shown: Timeline, next: Timeline, fresh: ReadonlySet<string>): Merged {
  const diff = diffTimelines(shown, next);
  if (isUnchanged(diff)) return { timeline: shown, fresh, added: 0, changed: 0, removed: 0 };
  const gone = new Set(diff.removed);
  return {
    timeline: next,
    fresh: new Set([...[...fresh].filter((id) => !gone.has(id)), ...diff.added]),
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
  };
}

/** `fresh` without an event the reader just opened (the same set when it was not marked). */
export function opened(fresh: ReadonlySet<string>, id: string | null): ReadonlySet<string> {
  if (id === null || !fresh.has(id)) return fresh;
  const rest = new Set(fresh);
  rest.delete(id);
  return rest;
}
