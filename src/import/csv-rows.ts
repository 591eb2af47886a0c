/**
 * A spreadsheet saved as CSV, read with d3-dsv, with what d3-dsv does not give: the line each
 * row starts on (cells may hold line breaks), the row number a spreadsheet shows (the header
 * is row 1), the delimiter (Excel in many locales saves ";"), and a located error for a quoted
 * cell that is never closed — which would otherwise swallow the rest of the file silently.
 */
import { csvParseRows, dsvFormat } from 'd3-dsv';
import type { Problem } from '../format/types';
import { withoutBom } from '../format/without-bom';

export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  /** 1-based line of the file on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Data rows, blank ones included, so row numbers match the spreadsheet. */
  rows: CsvRow[];
  problems: Problem[];
}

/** Which of comma, semicolon and tab separates the header's cells. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best!) > 0 ? best! : ',';
}

export function readCsv(text: string): CsvTable {
  const body = withoutBom(text);
  const delimiter = delimiterOf(body);
  const records = delimiter === ',' ? csvParseRows(body) : dsvFormat(delimiter).parseRows(body);
  const problems: Problem[] = [];
  const unclosed = unclosedQuoteLine(body, delimiter);
  if (unclosed !== undefined) {
    problems.push({
      path: `line ${unclosed}`,
      message:
        'a cell starts with a quotation mark (") that is never closed, so the rest of the file ' +
        'was read as one cell; close it, or double the mark ("") inside a quoted cell',
      line: unclosed,
      column: 1,
      severity: 'error',
    });
  }
  const rows: CsvRow[] = [];
  let line = 1;
  records.forEach((cells, i) => {
    rows.push({ row: i + 1, line, cells });
    line += 1;
    for (const cell of cells) line += (cell.match(/\r\n|\r|\n/g) ?? []).length;
  });
  const [head, ...data] = rows;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows: data, problems };
}

/** The line on which a quoted cell opens and never closes, if one does. */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let atCellStart = true;
  let quotedFrom: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quotedFrom !== undefined) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quotedFrom = undefined;
      } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      continue;
    }
    if (c === '"' && atCellStart) {
      quotedFrom = line;
      atCellStart = false;
      continue;
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      atCellStart = true;
    } else atCellStart = c === delimiter || (c === '\r' && text[i + 1] === '\n');
  }
  return quotedFrom;
}

/** Header lookup that ignores case, spacing and underscores: "End Year", "end_year", "END YEAR". */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/** Whether every cell of the row is empty or spaces. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** `row 5 › Headline` (or `row 5`), with the line and the 1-based column index. */
export function cellProblem(
  row: CsvRow | { row: number; line: number },
  column: { index: number; name: string } | undefined,
  message: string,
  severity: 'error' | 'warning' = 'error',
): Problem {
  const problem: Problem = {
    path: column ? `row ${row.row} › ${column.name}` : `row ${row.row}`,
    message,
    line: row.line,
    severity,
  };
  if (column) problem.column = column.index + 1;
  return problem;
}
