/**
 * Checks the document (in the worker): the problems with their places, and the timeline when it
 * has no errors. A sheet goes through the same importers as `npm run import`, so every problem
 * of the converted timeline is reported at the cell it came from; JSON goes through the
 * validator, each problem at its line.
 */
import { csvFormatRows } from 'd3-dsv';
import { isDatelineHeader } from '../../import/dateline-csv';
import { fromDatelineCsv } from '../../import/dateline-csv-read';
import { toDatelineCsv } from '../../import/dateline-csv-write';
import { fromTimelineJsCsv, isTimelineJsHeader } from '../../import/timelinejs-csv';
import { hasErrors } from '../../import/origins';
import { parseTimelineText, validateTimeline } from '../../validate/validate';
import { parseJson } from '../../validate/json-locate';
import { csvParseRows } from 'd3-dsv';
import { isObj } from '../../format/objects';
import type { Problem, Timeline, TimelineInput } from '../../format/types';
import type { Place, StudioDoc, StudioProblem } from './doc';
import { withWrittenDates } from './date-hint';

export interface Checked {
  problems: StudioProblem[];
  /** The timeline the preview shows; null while there are errors. */
  timeline: Timeline | null;
  /** The timeline as a file holds it: the sheet converted, or the JSON parsed (when it parses). */
  value: TimelineInput | null;
  /** A JSON document in Dateline's spreadsheet layout (header first), for the sheet view. */
  asSheet: string[][] | null;
  /** What the document is, in words: "Dateline sheet", "TimelineJS sheet", "Dateline JSON". */
  format: string;
}

export function sheetLayout(header: readonly string[]): 'dateline' | 'timelinejs' | null {
  if (isDatelineHeader(header)) return 'dateline';
  if (isTimelineJsHeader(header)) return 'timelinejs';
  return null;
}

export const UNKNOWN_HEADER =
  'the first row must be a header: Dateline\'s layout (a "kind" column) or TimelineJS\'s ' +
  'template (Year, Month, Day, …, Headline, Text, …); download the template to start from one';

export function checkDoc(doc: StudioDoc, title = 'Untitled timeline'): Checked {
  return doc.kind === 'sheet' ? checkSheet(doc.rows, title) : checkJson(doc.text);
}

function checkSheet(rows: readonly (readonly string[])[], title: string): Checked {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const layout = sheetLayout(header);
  if (!layout) {
    const problem: StudioProblem = {
      message: UNKNOWN_HEADER,
      severity: 'error',
      where: 'row 1',
      place: { kind: 'cell', row: 0, column: 0 },
    };
    return { problems: [problem], timeline: null, value: null, asSheet: null, format: 'sheet' };
  }
  // Dates typed as "Feb 2023" are read as the sheet's date hint says (date-hint.ts).
  const readable = layout === 'dateline' ? withWrittenDates(rows) : rows;
  const csv = csvFormatRows(readable.map((r) => [...r]));
  const result =
    layout === 'dateline' ? fromDatelineCsv(csv) : fromTimelineJsCsv(csv, { fallbackTitle: title });
  const problems = result.problems.map(fromSheetProblem);
  const checked = hasErrors(result.problems) ? null : validateTimeline(result.value);
  return {
    problems,
    timeline: checked?.ok ? checked.timeline : null,
    value: result.value,
    asSheet: null,
    format: layout === 'dateline' ? 'Dateline sheet' : 'TimelineJS sheet',
  };
}

function checkJson(text: string): Checked {
  const parsed = parseJson(text);
  const value =
    parsed.ok && isObj(parsed.value) ? (parsed.value as unknown as TimelineInput) : null;
  const result = parseTimelineText(text);
  return {
    problems: result.ok ? [] : result.problems.map(fromJsonProblem),
    timeline: result.ok ? result.timeline : null,
    value,
    asSheet: value ? datelineRows(value) : null,
    format: 'Dateline JSON',
  };
}

/** The JSON as Dateline's spreadsheet layout, when its shape allows. */
function datelineRows(value: TimelineInput): string[][] | null {
  if (!Array.isArray(value.events)) return null;
  try {
    return csvParseRows(toDatelineCsv(value).trimEnd());
  } catch {
    return null;
  }
}

const ROW = /^row (\d+)/;

/** `row 5 › Month` at column 2 → the cell (row 4, column 1) of the rows (header at 0). */
export function fromSheetProblem(p: Problem): StudioProblem {
  const row = ROW.exec(p.path);
  const place: Place | undefined = row
    ? { kind: 'cell', row: Number(row[1]) - 1, column: Math.max(0, (p.column ?? 1) - 1) }
    : undefined;
  return { message: p.message, severity: p.severity ?? 'error', where: p.path, place };
}

export function fromJsonProblem(p: Problem): StudioProblem {
  const place: Place | undefined =
    p.line === undefined ? undefined : { kind: 'line', line: p.line, column: p.column ?? 1 };
  return { message: p.message, severity: p.severity ?? 'error', where: p.path, place };
}
