/**
 * Which format a parsed JSON file is in. Tiny on purpose: the app imports it eagerly and loads
 * the TimelineJS converter only when this says so.
 *
 * TimelineJS 3 files have no `version`, and their slides carry `start_date` or `text` objects;
 * a `title` object or an `eras` list is as telling. The old TimelineJS 2 shape
 * (`{"timeline": {"date": […]}}`) is recognised too, so the importer can say it is unsupported.
 * Everything else is treated as Dateline, whose validator then explains what is wrong.
 */
import { isObj } from '../format/objects';

export type JsonFormat = 'dateline' | 'timelinejs';

export function detectFormat(value: unknown): JsonFormat {
  if (!isObj(value) || value.version !== undefined) return 'dateline';
  if (isObj(value.timeline) && Array.isArray(value.timeline.date)) return 'timelinejs';
  if (isObj(value.title) || Array.isArray(value.eras)) return 'timelinejs';
  if (!Array.isArray(value.events)) return 'dateline';
  return value.events.some((e) => isObj(e) && (isObj(e.start_date) || isObj(e.text)))
    ? 'timelinejs'
    : 'dateline';
}

/**
 * A cheap look at the text before parsing it twice: only text that has a TimelineJS key is
 * worth parsing to detect. No Dateline key is among these, and inside a JSON string the quotes
 * around such a word would be escaped (`\"headline\":`), so a Dateline file never matches.
 */
export function mightBeTimelineJs(text: string): boolean {
  // TimelineJS names these in its first event or title slide: the head of the file says it,
  // and a 20 MB Dateline file is not scanned to its end for words it never uses.
  return /"(?:start_date|end_date|headline|unique_id|eras|timeline)"\s*:/.test(
    text.slice(0, 256 * 1024),
  );
}
