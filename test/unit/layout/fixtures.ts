/** Small hand-made timelines for the layout tests: events from date strings, as a file gives them. */
import { isPartialDateError, parsePartialDate } from '../../../src/dates/partial-date';
import type { Group, PartialDate, Timeline, TimelineEvent } from '../../../src/format/types';

function date(raw: string): PartialDate {
  const parsed = parsePartialDate(raw);
  if (isPartialDateError(parsed)) throw new Error(parsed.error);
  return parsed;
}

export interface EventSpec {
  id?: string;
  date: string;
  end?: string;
  groups?: string[];
  title?: string;
}

/** An event as the model normalises it; `index` is set by `timeline`. */
export function event(spec: EventSpec, i = 0): TimelineEvent {
  const start = date(spec.date);
  const end = spec.end === undefined ? undefined : date(spec.end);
  return {
    id: spec.id ?? `e${i}`,
    index: i,
    title: spec.title ?? `Event ${i}`,
    date: start,
    ...(end ? { end } : {}),
    start: start.start,
    stop: (end ?? start).end,
    precision: start.precision,
    people: [],
    groups: spec.groups ?? [],
    quotes: [],
    sources: [],
  };
}

/** A timeline of `specs`, sorted by start then file order, with `groups` by id. */
export function timeline(specs: EventSpec[], groupIds: string[] = []): Timeline {
  const groups: Record<string, Group> = Object.fromEntries(
    groupIds.map((id) => [id, { id, label: id.toUpperCase() }]),
  );
  const events = specs
    .map((spec, i) => event(spec, i))
    .sort((a, b) => a.start - b.start)
    .map((e, index) => ({ ...e, index }));
  return { version: 1, title: 'Test', locale: 'en-US', people: {}, groups, events };
}

export const utc = (...fields: [number, number, number?, number?, number?]) =>
  Date.UTC(fields[0], fields[1], fields[2] ?? 1, fields[3] ?? 0, fields[4] ?? 0);
