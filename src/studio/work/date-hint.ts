/**
 * What the date in a cell was read as, in words: "a month: 2023-02", or why it cannot be read.
 * The spreadsheet's `date`, `end` and `source date` columns and the JSON's dates use this form.
 */
import { isPartialDateError, parsePartialDate } from '../../dates/partial-date';

const PRECISION = {
  year: 'a year',
  month: 'a month',
  day: 'a day',
  minute: 'a time',
  second: 'a time, to the second',
} as const;

export function dateHint(raw: string): { ok: boolean; text: string } | null {
  const value = raw.trim();
  if (value === '') return null;
  const read = parsePartialDate(raw);
  if (isPartialDateError(read)) return { ok: false, text: 'not a date yet' };
  return { ok: true, text: `read as ${PRECISION[read.precision]}` };
}

/** Whether a header names a date column of Dateline's layout. */
export function isDateColumn(header: string): boolean {
  return /^(date|end|source[\s_]*date)$/i.test(header.trim());
}
