/**
 * What the date in a cell was read as — "read as month", "read as day: 2023-02-21" when it was
 * typed another way ("21 Feb 2023") — or why it cannot be read. The spreadsheet's `date`, `end`
 * and `source date` columns use this; leaving the cell writes the date in the format's spelling
 * (`iso`), so the document itself stays in the one form the timeline format allows.
 */
import { describeWritten, readWrittenDate } from '../../dates/written-date';

export interface DateHint {
  ok: boolean;
  text: string;
  /** The format's spelling, when the cell holds another one that reads as a date. */
  iso?: string;
}

export function dateHint(raw: string): DateHint | null {
  const value = raw.trim();
  if (value === '') return null;
  const read = readWrittenDate(value);
  if ('error' in read) return { ok: false, text: read.error };
  const said = `read as ${describeWritten(read)}`;
  return read.iso === raw
    ? { ok: true, text: said }
    : { ok: true, text: `${said}: ${read.iso}`, iso: read.iso };
}

/** Whether a header names a date column of Dateline's layout. */
export function isDateColumn(header: string): boolean {
  return /^(date|end|source[\s_]*date)$/i.test(header.trim());
}

/**
 * The rows with every readable date in a date column written as the format does ("Feb 2023" →
 * "2023-02"): what the checker converts, so that a date being typed is checked and previewed as
 * the hint beside it says, before leaving the cell writes it so in the sheet itself.
 */
export function withWrittenDates(rows: readonly (readonly string[])[]): (readonly string[])[] {
  const columns = (rows[0] ?? []).flatMap((h, c) => (isDateColumn(h) ? [c] : []));
  if (columns.length === 0) return [...rows];
  return rows.map((row, r) => {
    if (r === 0) return row;
    let out: string[] | null = null;
    for (const c of columns) {
      const iso = dateHint(row[c] ?? '')?.iso;
      if (iso) (out ??= [...row])[c] = iso;
    }
    return out ?? row;
  });
}
