/**
 * Turns what the reporter brought — a file's text or pasted cells — into a document (in the
 * worker). A Dateline JSON file is kept as its text, to edit as it is; a TimelineJS JSON file
 * is converted once, its notes (what Dateline cannot hold) listed apart; a CSV or TSV file and
 * pasted cells become a sheet, converted afresh at every edit.
 */
import { csvParseRows, dsvFormat } from 'd3-dsv';
import { readCsv } from '../../import/csv-rows';
import { detectFormat } from '../../import/detect';
import { fromTimelineJsJson } from '../../import/timelinejs-json';
import { parseJson } from '../../validate/json-locate';
import { withoutBom } from '../../format/without-bom';
import type { StudioDoc, StudioProblem } from './doc';
import { fromJsonProblem, sheetLayout, UNKNOWN_HEADER } from './check-doc';
import { rowsProblem } from '../input/limits';

export type Opened =
  | { ok: true; doc: StudioDoc; format: string; notes: StudioProblem[] }
  | { ok: false; message: string };

/** `name` is the file's name (its extension helps), or "" for pasted text. */
export function openText(raw: string, name: string): Opened {
  const text = withoutBom(raw);
  if (text.trim() === '') return { ok: false, message: 'it is empty: there is nothing to open' };
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const looksJson = ext === '.json' || (ext !== '.csv' && ext !== '.tsv' && /^\s*[{[]/.test(text));
  return looksJson ? openJson(text, name) : openSheet(text);
}

function openJson(text: string, name: string): Opened {
  const parsed = parseJson(text);
  if (parsed.ok && detectFormat(parsed.value) === 'timelinejs') {
    const fallbackTitle = name.replace(/\.[^.]+$/, '') || undefined;
    const result = fromTimelineJsJson(parsed.value, { text, fallbackTitle });
    return {
      ok: true,
      doc: { kind: 'json', text: `${JSON.stringify(result.value, null, 2)}\n` },
      format: 'TimelineJS JSON',
      notes: result.problems.map(fromJsonProblem),
    };
  }
  // Dateline JSON, or JSON with a syntax error: opened as it is, its problems shown at their lines.
  return { ok: true, doc: { kind: 'json', text }, format: 'Dateline JSON', notes: [] };
}

function openSheet(text: string): Opened {
  const table = readCsv(text);
  const unclosed = table.problems[0];
  if (unclosed) {
    return { ok: false, message: `line ${unclosed.line ?? 1}: ${unclosed.message}` };
  }
  const delimiter = text.slice(0, text.search(/\r|\n|$/)).includes('\t') ? '\t' : null;
  const rows = delimiter ? dsvFormat(delimiter).parseRows(text) : parseAnyRows(text);
  return sheetFromRows(rows);
}

/** Rows in the delimiter `readCsv` would pick (comma, semicolon or tab). */
function parseAnyRows(text: string): string[][] {
  const first = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  const best = [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0]!;
  return best === ',' || count(best) === 0 ? csvParseRows(text) : dsvFormat(best).parseRows(text);
}

/** Pasted or read rows (header first) as a sheet, if the header is one the importers know. */
export function sheetFromRows(rows: string[][]): Opened {
  const trimmed = dropTrailingBlankRows(rows);
  const tooMany = rowsProblem(trimmed.length);
  if (tooMany) return { ok: false, message: tooMany };
  const header = trimmed[0] ?? [];
  const layout = sheetLayout(header.map((h) => h.trim()));
  if (!layout) return { ok: false, message: UNKNOWN_HEADER };
  // A loop, not Math.max(...rows): spreading 100,000 arguments overflows the stack.
  let width = 0;
  for (const r of trimmed) width = Math.max(width, r.length);
  const square = trimmed.map((r) =>
    r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r,
  );
  return {
    ok: true,
    doc: { kind: 'sheet', rows: square },
    format: layout === 'dateline' ? 'Dateline sheet' : 'TimelineJS sheet',
    notes: [],
  };
}

function dropTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 1 && rows[end - 1]!.every((c) => c.trim() === '')) end--;
  return rows.slice(0, end);
}
