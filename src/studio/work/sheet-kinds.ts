/**
 * The sheet seen one kind at a time — events, people, groups, quotes — as tables of their own,
 * over the one sheet in Dateline's layout (a `kind` column says what each row is). Each table
 * shows its kind's rows and the columns that kind uses; adding, removing and moving work on
 * blocks: an event with the source and quote rows under it, a quote with its via rows, so that
 * what belongs to an event moves and goes with it. Pure: new rows out, the old untouched.
 */
import { KINDS } from '../../import/dateline-csv';
import { normaliseHeader } from '../../import/csv-rows';
import type { Rows } from './sheet-edit';

export type TableKind = 'event' | 'person' | 'group' | 'quote';

/** Rows under a row of this kind that belong to it. */
const FOLLOWERS: Record<TableKind, ReadonlySet<string>> = {
  event: new Set(['source', 'quote', 'via']),
  quote: new Set(['via']),
  person: new Set(),
  group: new Set(),
};

export function kindColumn(header: readonly string[]): number {
  return header.findIndex((h) => normaliseHeader(h) === 'kind');
}

const kindOf = (rows: Rows, row: number, column: number) =>
  normaliseHeader(rows[row]?.[column] ?? '');

/** The rows (indices, header at 0) of one kind. */
export function rowsOfKind(rows: Rows, kind: TableKind): number[] {
  const k = kindColumn(rows[0] ?? []);
  if (k < 0) return [];
  const out: number[] = [];
  for (let r = 1; r < rows.length; r++) if (kindOf(rows, r, k) === kind) out.push(r);
  return out;
}

/** The columns (indices) a kind uses, its `kind` column first. */
export function columnsOfKind(header: readonly string[], kind: TableKind): number[] {
  const used = new Set<string>(KINDS[kind]);
  const k = kindColumn(header);
  const rest = header.flatMap((h, c) => (c !== k && used.has(normaliseHeader(h)) ? [c] : []));
  return k < 0 ? rest : [k, ...rest];
}

/** The block a row heads: [row, end) with the rows under it that belong to it. */
export function blockOf(rows: Rows, row: number): [number, number] {
  const k = kindColumn(rows[0] ?? []);
  const kind = kindOf(rows, row, k) as TableKind;
  const followers = FOLLOWERS[kind] ?? new Set<string>();
  let end = row + 1;
  while (end < rows.length && followers.has(kindOf(rows, end, k))) end++;
  return [row, end];
}

/** Swaps a row's block with the block of the previous (-1) or next (+1) row of its kind. */
export function moveBlock(rows: Rows, row: number, by: -1 | 1, kind: TableKind): Rows {
  const same = rowsOfKind(rows, kind);
  const at = same.indexOf(row);
  const other = same[at + by];
  if (at < 0 || other === undefined) return rows;
  const [first, second] = by < 0 ? [other, row] : [row, other];
  const [a0, a1] = blockOf(rows, first);
  const [b0, b1] = blockOf(rows, second);
  return [
    ...rows.slice(0, a0),
    ...rows.slice(b0, b1),
    ...rows.slice(a1, b0),
    ...rows.slice(a0, a1),
    ...rows.slice(b1),
  ];
}

/** Removes a row with the rows that belong to it (an event's sources and quotes). */
export function removeBlock(rows: Rows, row: number): Rows {
  if (row < 1 || row >= rows.length) return rows;
  const [from, to] = blockOf(rows, row);
  return [...rows.slice(0, from), ...rows.slice(to)];
}

/**
 * A blank row of a kind, placed where it reads well: after the last row of its kind (with what
 * belongs to it); a first person or group before the first event; a first quote under the last
 * event. Returns the new rows and the new row's index.
 */
export function addOfKind(rows: Rows, kind: TableKind): { rows: Rows; row: number } {
  const header = rows[0] ?? [];
  const k = kindColumn(header);
  const blank = header.map((_, c) => (c === k ? kind : ''));
  const same = rowsOfKind(rows, kind);
  const events = rowsOfKind(rows, 'event');
  let at = rows.length;
  const last = same.at(-1);
  if (last !== undefined) at = blockOf(rows, last)[1];
  else if ((kind === 'person' || kind === 'group') && events[0] !== undefined) at = events[0];
  else if (kind === 'quote' && events.at(-1) !== undefined) at = blockOf(rows, events.at(-1)!)[1];
  return { rows: [...rows.slice(0, at), blank, ...rows.slice(at)], row: at };
}
