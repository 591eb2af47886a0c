/** Dateline's spreadsheet layout (`dateline-csv.ts`), written: a timeline as one sheet. */
import { csvFormatRows } from 'd3-dsv';
import type { SourceInput, TimelineInput } from '../format/types';
import { mediaCells } from './dateline-csv-media';
import { DATELINE_COLUMNS, guardCell, SOURCE_FIELDS, type Column, type Kind } from './dateline-csv';

/** Writes a timeline (as a file holds it) in Dateline's spreadsheet layout. */
export function toDatelineCsv(timeline: TimelineInput): string {
  const rows: string[][] = [[...DATELINE_COLUMNS]];
  const row = (kind: Kind, cells: Partial<Record<Column, string | undefined>>) =>
    rows.push(DATELINE_COLUMNS.map((c) => (c === 'kind' ? kind : guardCell(c, cells[c] ?? ''))));
  const sourceCells = (s: SourceInput | undefined) => {
    const cells: Partial<Record<Column, string>> = {};
    if (s)
      for (const [field, column] of SOURCE_FIELDS)
        if (s[field] !== undefined) cells[column] = s[field];
    return cells;
  };
  const list = (keys: string[] | undefined) => keys?.join('; ');

  row('timeline', {
    title: timeline.title,
    text: timeline.summary,
    locale: timeline.locale,
    note: timeline.note,
    ...sourceCells(timeline.source),
    ...mediaCells(timeline.media),
  });
  for (const [id, g] of Object.entries(timeline.groups ?? {})) {
    row('group', { id, name: g.label, color: g.color });
  }
  for (const [id, p] of Object.entries(timeline.people ?? {})) {
    row('person', { id, name: p.name, role: p.role, groups: p.group });
  }
  for (const p of timeline.periods ?? []) {
    row('period', {
      id: p.id,
      date: p.date,
      end: p.end,
      name: p.label,
      groups: p.group,
      color: p.color,
    });
  }
  for (const e of timeline.events) {
    const [first, ...more] = e.sources ?? [];
    row('event', {
      id: e.id,
      date: e.date,
      end: e.end,
      approximate: e.approximate === undefined ? undefined : String(e.approximate),
      title: e.title,
      text: e.summary,
      place: e.place,
      people: list(e.people),
      groups: list(e.groups),
      note: e.note,
      ...sourceCells(first),
      ...mediaCells(e.media),
    });
    for (const s of more) row('source', sourceCells(s));
    for (const q of e.quotes ?? []) {
      row('quote', {
        text: q.text,
        by: q.by,
        date: q.date,
        context: q.context,
        ...sourceCells(q.source),
      });
      if (q.via) row('via', sourceCells(q.via));
    }
  }
  return `${csvFormatRows(rows)}\n`;
}
