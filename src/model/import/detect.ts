/**
 * Which format a parsed JSON file is in. Tiny on purpose: the app imports it eagerly and loads
 * the TimelineJS converter only when this says so.
 *
 * TimelineJS 3 files have no `version`, and their slides carry `start_date` or `text` objects;
 * a `title` object or an `eras` list is as telling. The old TimelineJS 2 shape
 * (`{"timeline": {"date": […]}}`) is recognised too, so the importer can say it is unsupported.
 * Everything else is treated as Dateline, whose validator then explains what is wrong.
 */
export type JsonFormat = 'dateline' | 'timelinejs';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

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
 * A cheap look at the text before parsing it twice: only text that mentions a TimelineJS key
 * is worth parsing to detect. A Dateline file has no reason to contain these keys.
 */
export function mightBeTimelineJs(text: string): boolean {
  return /"(?:start_date|eras|timeline)"\s*:/.test(text);
}
