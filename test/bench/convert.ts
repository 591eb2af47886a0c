/**
 * The same generated timeline, converted for the two libraries we compare with. Each gets what
 * it needs to show what Dateline shows in its chart: every event at its date (spans as ranges),
 * its title, and its lane (the group of its first person); TimelineJS also gets the summary and
 * quote, since it shows them on its slides.
 */
import type { EventInput, TimelineInput } from '../../src/format/types';

interface Parts {
  y: number;
  m?: number;
  d?: number;
  h?: number;
  min?: number;
}

function parts(date: string): Parts {
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?/.exec(date);
  if (!match) throw new Error(`bench: unexpected date ${date}`);
  const [, y, m, d, h, min] = match;
  return {
    y: Number(y),
    ...(m && { m: Number(m) }),
    ...(d && { d: Number(d) }),
    ...(h && { h: Number(h), min: Number(min) }),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Start and exclusive end in ms (UTC) of a date written with its precision. */
function period(date: string): [number, number] {
  const p = parts(date);
  if (p.h !== undefined) {
    const t = Date.UTC(p.y, p.m! - 1, p.d, p.h, p.min);
    return [t, t];
  }
  if (p.d !== undefined) return [Date.UTC(p.y, p.m! - 1, p.d), Date.UTC(p.y, p.m! - 1, p.d + 1)];
  if (p.m !== undefined) return [Date.UTC(p.y, p.m - 1, 1), Date.UTC(p.y, p.m, 1)];
  return [Date.UTC(p.y, 0, 1), Date.UTC(p.y + 1, 0, 1)];
}

function groupOf(input: TimelineInput, event: EventInput): string {
  const person = event.people?.[0];
  return event.groups?.[0] ?? (person && input.people?.[person]?.group) ?? 'other';
}

export interface VisData {
  items: { id: string; content: string; start: string; end?: string; group: string }[];
  groups: { id: string; content: string }[];
}

/** vis-timeline DataSet rows: points are its default `box` items, spans are `range` items. */
export function toVisTimeline(input: TimelineInput): VisData {
  const groups = Object.entries(input.groups ?? {}).map(([id, g]) => ({ id, content: g.label }));
  const items = input.events.map((event) => {
    const [start, stop] = period(event.date);
    const point = parts(event.date).d !== undefined && event.end === undefined;
    const end = event.end ? period(event.end)[1] : stop;
    return {
      id: event.id,
      content: event.title,
      start: iso(start),
      ...(!point && { end: iso(end) }),
      group: groupOf(input, event),
    };
  });
  if (items.some((i) => i.group === 'other')) groups.push({ id: 'other', content: 'Other' });
  return { items, groups };
}

interface TLDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineJSData {
  events: {
    start_date: TLDate;
    end_date?: TLDate;
    text: { headline: string; text: string };
    group: string;
    unique_id: string;
  }[];
}

const tlDate = (date: string): TLDate => {
  const p = parts(date);
  return {
    year: p.y,
    ...(p.m !== undefined && { month: p.m }),
    ...(p.d !== undefined && { day: p.d }),
    ...(p.h !== undefined && { hour: p.h, minute: p.min! }),
  };
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TimelineJS JSON: one slide per event with its summary and quotes (TimelineJS takes HTML). */
export function toTimelineJS(input: TimelineInput): TimelineJSData {
  return {
    events: input.events.map((event) => {
      const quotes = (event.quotes ?? [])
        .map((q) => {
          const who = input.people?.[q.by]?.name ?? q.by;
          return `<blockquote>${escape(q.text)}</blockquote><p>— ${escape(who)}</p>`;
        })
        .join('');
      const group = groupOf(input, event);
      return {
        start_date: tlDate(event.date),
        ...(event.end && { end_date: tlDate(event.end) }),
        text: {
          headline: escape(event.title),
          text: `<p>${escape(event.summary ?? '')}</p>${quotes}`,
        },
        group: input.groups?.[group]?.label ?? 'Other',
        unique_id: event.id,
      };
    }),
  };
}
