/**
 * TimelineJS's spreadsheet template, saved as CSV, to a Dateline timeline.
 *
 * Columns (any order, any case): Year, Month, Day, Time, End Year, End Month, End Day,
 * End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 * Type, Group, Background. A row whose Type is `title` is the title slide (only the first; a
 * second is an event, as in TimelineJS), `era` an era; any other row is an event.
 *
 * Each row becomes the TimelineJS JSON slide it stands for and goes through the JSON importer
 * (`timelinejs-json.ts`), so both paths make the same decisions; problems are then moved from
 * JSON paths to the row and column they came from: `row 5 › Month`.
 */
import type { PathSegment } from '../validate/json-locate';
import type { Problem } from '../format/types';
import { own } from '../format/objects';
import { cellProblem, isBlankRow, normaliseHeader, readCsv, type CsvRow } from './csv-rows';
import type { ImportResult } from './origins';
import { sortProblems } from './origins';
import { convertTimelineJs, type TimelineJsOptions } from './timelinejs-json';

/** The template's columns, as TimelineJS names them. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];

const BY_NAME = new Map<string, Column>(TIMELINEJS_COLUMNS.map((c) => [normaliseHeader(c), c]));

/** True when a header row looks like the TimelineJS template. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(normaliseHeader));
  return names.has('year') && names.has('headline');
}

/** Where each JSON field of a slide comes from. */
const FIELD_COLUMN: Record<string, Column> = {
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  'start_date.millisecond': 'Time',
  start_date: 'Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  'end_date.millisecond': 'End Time',
  end_date: 'End Year',
  display_date: 'Display Date',
  'text.headline': 'Headline',
  'text.text': 'Text',
  text: 'Headline',
  'media.url': 'Media',
  'media.credit': 'Media Credit',
  'media.caption': 'Media Caption',
  'media.thumbnail': 'Media Thumbnail',
  media: 'Media',
  group: 'Group',
  background: 'Background',
};

export function fromTimelineJsCsv(text: string, options: TimelineJsOptions = {}): ImportResult {
  const table = readCsv(text);
  const problems: Problem[] = [...table.problems];
  const headerRow = { row: 1, line: 1 };
  const columns = new Map<Column, number>();
  table.header.forEach((name, index) => {
    if (name === '') return;
    const column = BY_NAME.get(normaliseHeader(name));
    if (!column) {
      const hasData = table.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
      if (hasData) {
        problems.push(
          cellProblem(
            headerRow,
            { index, name },
            `the column "${name}" is not part of the TimelineJS template; its cells were not imported`,
            'warning',
          ),
        );
      }
      return;
    }
    if (columns.has(column)) {
      problems.push(
        cellProblem(
          headerRow,
          { index, name },
          `the column "${name}" appears twice; only the first (column ${columns.get(column)! + 1}) is read`,
        ),
      );
      return;
    }
    columns.set(column, index);
  });
  for (const required of ['Year', 'Headline'] as const) {
    if (!columns.has(required)) {
      problems.push(
        cellProblem(headerRow, undefined, `the header row has no "${required}" column`),
      );
    }
  }

  const cell = (row: CsvRow, column: Column): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const at = (row: CsvRow, column: Column | undefined) => {
    const index = column === undefined ? undefined : columns.get(column);
    return index === undefined ? undefined : { index, name: table.header[index]! };
  };

  // Rows → TimelineJS slides, remembering which row each slide came from.
  const events: unknown[] = [];
  const eras: unknown[] = [];
  let title: unknown;
  const slideRows = new Map<string, CsvRow>();
  for (const row of table.rows) {
    if (isBlankRow(row.cells)) continue;
    if (
      row.cells.length > table.header.length &&
      !isBlankRow(row.cells.slice(table.header.length))
    ) {
      problems.push(
        cellProblem(
          row,
          { index: table.header.length, name: `column ${table.header.length + 1}` },
          'this row has more cells than the header has columns; the extra cells were not imported',
          'warning',
        ),
      );
    }
    const slide = toSlide(row, cell, (column, message) =>
      problems.push(cellProblem(row, at(row, column), message)),
    );
    const type = cell(row, 'Type').toLowerCase();
    if (type === 'title' && title === undefined) {
      title = slide;
      slideRows.set('title', row);
    } else if (type === 'era') {
      slideRows.set(`eras.${eras.length}`, row);
      eras.push(slide);
    } else {
      if (type === 'title') {
        problems.push(
          cellProblem(
            row,
            at(row, 'Type'),
            'a second title row is imported as an event',
            'warning',
          ),
        );
      } else if (type !== '') {
        problems.push(
          cellProblem(
            row,
            at(row, 'Type'),
            `the Type "${cell(row, 'Type')}" is not known (use "title", "era" or leave it empty); the row is imported as an event`,
            'warning',
          ),
        );
      }
      slideRows.set(`events.${events.length}`, row);
      events.push(slide);
    }
  }

  const input: Record<string, unknown> = { events };
  if (title !== undefined) input.title = title;
  if (eras.length) input.eras = eras;
  const { value, findings } = convertTimelineJs(input, options);

  const locate = (path: PathSegment[], message: string, severity: 'error' | 'warning') => {
    const [kind, index, ...rest] = path;
    const row =
      kind === 'title'
        ? slideRows.get('title')
        : kind === 'events' || kind === 'eras'
          ? slideRows.get(`${kind}.${index}`)
          : undefined;
    if (!row) return cellProblem(headerRow, undefined, message, severity);
    const field = (kind === 'title' ? [index, ...rest] : rest).join('.');
    const column =
      field === '' && kind === 'eras'
        ? 'Type'
        : (own(FIELD_COLUMN, field) ?? own(FIELD_COLUMN, field.split('.')[0]!));
    return cellProblem(row, at(row, column), message, severity);
  };
  for (const f of findings) {
    problems.push(locate(f.at, rewriteJsonNames(f.message), f.severity));
  }
  return { value, problems: sortProblems(problems) };
}

/** The JSON importer speaks of JSON fields; in a spreadsheet they are columns. */
function rewriteJsonNames(message: string): string {
  return message
    .replace(/\bthis event has no start_date\b/, 'this row has no Year')
    .replace(/\bthe unique_id\b/, 'the id');
}

type Cell = (row: CsvRow, column: Column) => string;

/** One row as the TimelineJS JSON slide it stands for. */
function toSlide(
  row: CsvRow,
  cell: Cell,
  report: (column: Column, message: string) => void,
): Record<string, unknown> {
  const date = (prefix: '' | 'End ') => {
    const y = cell(row, `${prefix}Year` as Column);
    const m = cell(row, `${prefix}Month` as Column);
    const d = cell(row, `${prefix}Day` as Column);
    const t = cell(row, `${prefix}Time` as Column);
    if (!y && !m && !d && !t) return undefined;
    const out: Record<string, unknown> = { year: y, month: m, day: d };
    if (t) {
      const time = parseTime(t);
      if ('error' in time) report(`${prefix}Time` as Column, time.error);
      else Object.assign(out, time);
    }
    return out;
  };
  const slide: Record<string, unknown> = {};
  const start = date('');
  if (start) slide.start_date = start;
  const end = date('End ');
  if (end) slide.end_date = end;
  const text: Record<string, string> = {};
  if (cell(row, 'Headline')) text.headline = cell(row, 'Headline');
  if (cell(row, 'Text')) text.text = cell(row, 'Text');
  if (Object.keys(text).length) slide.text = text;
  const media: Record<string, string> = {};
  if (cell(row, 'Media')) media.url = cell(row, 'Media');
  if (cell(row, 'Media Credit')) media.credit = cell(row, 'Media Credit');
  if (cell(row, 'Media Caption')) media.caption = cell(row, 'Media Caption');
  if (cell(row, 'Media Thumbnail')) media.thumbnail = cell(row, 'Media Thumbnail');
  if (Object.keys(media).length) slide.media = media;
  if (cell(row, 'Display Date')) slide.display_date = cell(row, 'Display Date');
  if (cell(row, 'Group')) slide.group = cell(row, 'Group');
  if (cell(row, 'Background')) slide.background = { value: cell(row, 'Background') };
  return slide;
}

/**
 * A Time cell as TimelineJS reads it: "14:30", "2:30 PM", "1430", "14:30:05", "14.30", with
 * an optional fraction of a second.
 */
export function parseTime(
  text: string,
): { hour: number; minute?: number; second?: number; millisecond?: number } | { error: string } {
  const fail = {
    error: `the time ${JSON.stringify(text)} is not a time; write it as 14:30, 2:30 PM or 14:30:05`,
  };
  let s = text.trim();
  let period: 'am' | 'pm' | undefined;
  // No leading `\s*`: from every space of a long run it would scan to the end again. `s` is
  // trimmed, and the part before the period is trimmed below.
  const p = /([AaPp])\.?\s*[Mm]\.?$/.exec(s);
  if (p) {
    period = p[1]!.toLowerCase() === 'p' ? 'pm' : 'am';
    s = s.slice(0, p.index).trim();
  }
  const m = /^(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?)?$/.exec(s);
  if (!m) return fail;
  let hour = Number(m[1]);
  if (period) {
    if (hour < 1 || hour > 12) {
      return {
        error: `the hour ${hour} does not exist on a 12-hour clock; hours run from 1 to 12 with AM/PM`,
      };
    }
    if (period === 'pm' && hour !== 12) hour += 12;
    if (period === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23) return { error: `the hour ${hour} does not exist; hours run from 0 to 23` };
  const out: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
  if (m[2] !== undefined) {
    out.minute = Number(m[2]);
    if (out.minute > 59)
      return { error: `the minute ${m[2]} does not exist; minutes run from 00 to 59` };
  }
  if (m[3] !== undefined) {
    out.second = Number(m[3]);
    if (out.second > 59)
      return { error: `the second ${m[3]} does not exist; seconds run from 00 to 59` };
  }
  if (m[4] !== undefined) out.millisecond = Number(m[4].padEnd(3, '0'));
  return out;
}
