/** Edits of a sheet's rows (header at 0) that return new rows and leave the old untouched. */
export type Rows = readonly (readonly string[])[];

export function setCell(rows: Rows, row: number, column: number, value: string): Rows {
  const out = [...rows];
  const cells = [...(out[row] ?? [])];
  while (cells.length <= column) cells.push('');
  cells[column] = value;
  out[row] = cells;
  return out;
}

/** A blank row inserted at `at` (an event row in Dateline's layout: its `kind` filled in). */
export function insertRow(rows: Rows, at: number): Rows {
  const header = rows[0] ?? [];
  const blank = header.map((h) => (h.trim().toLowerCase() === 'kind' ? 'event' : ''));
  const out = [...rows];
  out.splice(Math.max(1, Math.min(at, rows.length)), 0, blank);
  return out;
}

export function removeRow(rows: Rows, row: number): Rows {
  if (row < 1 || row >= rows.length) return rows;
  return rows.filter((_, i) => i !== row);
}

/** Moves a data row up (-1) or down (+1); the header stays first. */
export function moveRow(rows: Rows, row: number, by: -1 | 1): Rows {
  const to = row + by;
  if (row < 1 || to < 1 || to >= rows.length || row >= rows.length) return rows;
  const out = [...rows];
  [out[row], out[to]] = [out[to]!, out[row]!];
  return out;
}
