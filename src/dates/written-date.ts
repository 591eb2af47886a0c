/**
 * Dates as reporters type them into a cell — "2023", "Feb 2023", "February 2023", "21 Feb 2023",
 * "Feb 21, 2023", "2023-02-21 14:30 +01:00" — read into the one spelling the timeline format
 * allows ("2023-02", "2023-02-21", "2023-02-21T14:30+01:00"), with the precision they were
 * written at kept: "Feb 2023" is a month, never the 1st of February.
 *
 * Pure string work, no Date object and no time zone: the same text reads the same everywhere.
 * Month names are English (full or three letters, "Sept" too); a date written only with
 * numbers and slashes is refused unless the year comes first, since 02/03/2023 is 2 March in
 * some newsrooms and 3 February in others. Anything the format already allows (BC and deep-time
 * years among them) is taken as it is.
 */
import type { Precision } from '../format/types';
import { isPartialDateError, parsePartialDate } from './partial-date';

export interface WrittenDate {
  /** The date in the timeline format's spelling. */
  iso: string;
  precision: Precision;
  /** A time's UTC offset as written in `iso` ("+01:00", "Z"); null for calendar dates. */
  offset: string | null;
}

export const WRITTEN_FORMS =
  'write it as 2023, Feb 2023, 21 Feb 2023, 2023-02-21, or a time with its UTC offset, 2023-02-21 14:30 +01:00';

const NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Full names, three-letter abbreviations and "sept", lower case → month number. */
const MONTHS = new Map<string, number>([
  ...NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ['sept', 9],
]);

const TIME =
  /^(.*?)(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(z|utc|gmt|[+-]\d{1,2}(?::?\d{2})?)?$/i;

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** What the text reads as, or what is wrong with it in a reporter's words. Never throws. */
export function readWrittenDate(text: string): WrittenDate | { error: string } {
  const raw = text.trim();
  if (raw === '') return { error: 'the date is empty' };
  const exact = parsePartialDate(raw);
  if (!isPartialDateError(exact)) return written(raw);

  const time = TIME.exec(raw);
  const day = readCalendar((time ? time[1]! : raw).trim());
  if ('error' in day) return day;
  if (!time) return written(day.iso);
  if (day.precision !== 'day')
    return { error: 'a time needs a day: write 21 Feb 2023 14:30 +01:00' };
  const [, , hh, mm, ss, zone] = time;
  if (!zone) {
    return {
      error: `a time needs its UTC offset, or readers elsewhere see the wrong hour: add it, e.g. ${raw} +01:00 (or Z for UTC)`,
    };
  }
  const offset = readOffset(zone);
  if (!offset) return { error: `“${zone}” is not a UTC offset: write +01:00, -05:00 or Z` };
  return written(`${day.iso}T${pad(hh!)}:${mm}${ss === undefined ? '' : `:${ss}`}${offset}`);
}

/** "minute with offset +01:00", "day", "month": the precision, in words, for the field's hint. */
export function describeWritten(date: WrittenDate): string {
  if (date.offset === null) return date.precision;
  return date.offset === 'Z'
    ? `${date.precision} in UTC`
    : `${date.precision} with offset ${date.offset}`;
}

/** The ISO spelling checked by the format's own parser: days in the month, hours, offsets. */
function written(iso: string): WrittenDate | { error: string } {
  const read = parsePartialDate(iso);
  if (isPartialDateError(read)) return { error: read.error.replace(/^"[^"]*" is /, '') };
  const offset = read.offsetMinutes === undefined ? null : /(Z|[+-]\d{2}:\d{2})$/.exec(iso)![1]!;
  return { iso, precision: read.precision, offset };
}

/** The calendar part, as ISO (unchecked), or an error. */
function readCalendar(text: string): { iso: string; precision: Precision } | { error: string } {
  const words = text
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const isYear = (w: string | undefined) => w !== undefined && /^\d{4}$/.test(w);
  const isDay = (w: string | undefined) => w !== undefined && /^\d{1,2}$/.test(w);
  const nonsense = { error: `“${text}” is not a date: ${WRITTEN_FORMS}` };

  if (words.length === 1) {
    const word = words[0]!;
    const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(word);
    if (iso) {
      const [, y, m, d] = iso;
      return d === undefined
        ? { iso: `${y}-${pad(m!)}`, precision: 'month' }
        : { iso: `${y}-${pad(m!)}-${pad(d)}`, precision: 'day' };
    }
    const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(word);
    if (slashed) {
      const [, a, b, y] = slashed;
      const year = y!.length === 4 ? y! : `20${y}`;
      if (Number(a) > 12 || Number(b) > 12) {
        const [d, m] = Number(a) > 12 ? [a!, b!] : [b!, a!];
        return {
          error: `write ${word} with the month as a word (${Number(d)} ${monthName(m)} ${year}) or the year first (${year}-${pad(m)}-${pad(d)})`,
        };
      }
      return {
        error: `${word} could be ${Number(a)} ${monthName(b!)} or ${Number(b)} ${monthName(a!)}: write the month as a word (${Number(a)} ${monthName(b!)} ${year}) or the year first (${year}-${pad(b!)}-${pad(a!)})`,
      };
    }
    if (/^\d{2}$/.test(word)) return { error: `write the year in full, e.g. 20${word}` };
    if (/^\d{4}$/.test(word)) return { iso: word, precision: 'year' };
    if (MONTHS.has(word)) return { error: `a month needs its year: write ${cap(word)} 2023` };
    return (NAMES.some((m) => m.startsWith(word.slice(0, 3))) && monthWordError(word)) || nonsense;
  }
  if (words.length === 2) {
    const [a, b] = words as [string, string];
    if (isYear(b)) return withMonth(a, b, undefined);
    if (isYear(a)) return withMonth(b, a, undefined);
    if (/^\d{2}$/.test(b) && MONTHS.has(a)) return { error: `write the year in full, e.g. 20${b}` };
    return nonsense;
  }
  if (words.length === 3) {
    const [a, b, c] = words as [string, string, string];
    if (isDay(a) && isYear(c)) return withMonth(b, c, a); // 21 Feb 2023
    if (isDay(b) && isYear(c)) return withMonth(a, c, b); // Feb 21 2023
    if (isYear(a) && isDay(c)) return withMonth(b, a, c); // 2023 Feb 21
    return nonsense;
  }
  return nonsense;
}

/** "Feb" for "2"; the number itself when there is no such month. */
function monthName(n: string): string {
  const name = NAMES[Number(n) - 1];
  return name ? cap(name.slice(0, 3)) : `month ${n}`;
}

function monthWordError(word: string): { error: string } | null {
  if (!/^[a-z]+$/.test(word)) return null;
  const close = NAMES.find((m) => m.slice(0, 3) === word.slice(0, 3));
  return {
    error: close
      ? `“${word}” is not a month: write ${cap(close)} or ${cap(close.slice(0, 3))}`
      : `“${word}” is not a month name: write it in English, e.g. February or Feb`,
  };
}

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

function withMonth(
  word: string,
  year: string,
  day: string | undefined,
): { iso: string; precision: Precision } | { error: string } {
  const month = MONTHS.get(word);
  if (month === undefined)
    return monthWordError(word) ?? { error: `“${word}” is not a date: ${WRITTEN_FORMS}` };
  const ym = `${year}-${pad(month)}`;
  return day === undefined
    ? { iso: ym, precision: 'month' }
    : { iso: `${ym}-${pad(day)}`, precision: 'day' };
}

function readOffset(zone: string): string | null {
  if (/^(z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  return m ? `${m[1]}${pad(m[2]!)}:${m[3] ?? '00'}` : null;
}
