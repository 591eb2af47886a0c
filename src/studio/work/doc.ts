/**
 * The one document the studio edits: a sheet (rows of cells, the first the header, in Dateline's
 * spreadsheet layout or TimelineJS's template) or the text of a JSON file. Values are never
 * changed in place: an edit makes a new one, so the history can keep the old.
 */
export type StudioDoc =
  { kind: 'sheet'; rows: readonly (readonly string[])[] } | { kind: 'json'; text: string };

/** Where a problem sits: a cell of the sheet, or a line and column of the JSON text. */
export type Place =
  { kind: 'cell'; row: number; column: number } | { kind: 'line'; line: number; column: number };

/** A problem as the studio lists it. */
export interface StudioProblem {
  message: string;
  severity: 'error' | 'warning';
  /** The path or cell as the command-line tools write it: `$.events[2].date`, `row 5 › Month`. */
  where: string;
  place?: Place;
}
