/**
 * Parsing of the date strings a reporter writes: "2023", "2023-01", "2023-02-21",
 * "2023-02-21T14:30+01:00", "2023-02-21T14:30:05Z".
 *
 * Calendar dates (year/month/day) become UTC-midnight periods so they never move with the
 * reader's zone; times become real instants and keep the offset they were written with.
 * Parsing is strict — one canonical spelling per date — and every rejection says, in a
 * reporter's words, what is wrong and how to write it instead.
 */
import type { PartialDate, Precision } from '../format/types';
import { DEEP_YEAR, MIN_YEAR, yearStartMs } from './years';

export type PartialDateResult = PartialDate | { error: string };

export const DATE_FORMS_HINT =
  'write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023, 2023-02 or 2023-02-21), ' +
  'or a time with its UTC offset as YYYY-MM-DDTHH:MM+01:00 or YYYY-MM-DDTHH:MMZ';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The offsets in use anywhere on Earth: UTC−12:00 to UTC+14:00. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

// The shape is checked loosely first (any digit counts) so that a wrong number gets a message
// about that number rather than a generic "bad format".
const SHAPE =
  /^(-?\d+)(?:-(\d+)(?:-(\d+)(?:T(\d+)(?::(\d+)(?::(\d+)(\.\d+)?)?)?([+-]\d+(?::\d+)?|Z)?)?)?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; `month` is 1-based. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * UTC epoch milliseconds for UTC calendar fields (`month` 0-based, may overflow into the next
 * year). Unlike `Date.UTC`, years 0–99 are taken literally, not as 1900–1999.
 */
export function utcMs(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0) {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

export function isPartialDateError(result: PartialDateResult): result is { error: string } {
  return 'error' in result;
}

/** Orders by start; among equal starts, the longer period first (the year before its days). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.start - b.start || b.end - a.end;
}

/** Parses a date as written in a timeline file. Never throws. */
export function parsePartialDate(raw: string): PartialDateResult {
  return (typeof raw === 'string' && quickParse(raw)) || parseExplained(raw);
}

const DAY_MS = 86_400_000;

/** The number in `count` digits of `s` from `from`, or -1 if one of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1; // NaN past the end of the string, too
    value = value * 10 + d;
  }
  return value;
}

/**
 * The dates files are made of — "2023", "2023-02", "2023-02-21", "2023-02-21T14:30Z",
 * "2023-02-21T14:30:05+01:00" — read by character codes, with no regular expression and no
 * Date object: a file of 100,000 events has that many dates. Anything else, or anything out of
 * range, is `undefined`, and `parseExplained` says what is wrong with it. Years before 100 go
 * there too: `Date.UTC` reads 0–99 as 1900–1999.
 */
function quickParse(raw: string): PartialDate | undefined {
  const n = raw.length;
  const year = digitsAt(raw, 0, 4);
  if (year < 100 || (n > 4 && raw.charCodeAt(4) !== 45)) return undefined;
  if (n === 4) return period(raw, 'year', Date.UTC(year, 0), Date.UTC(year + 1, 0));
  const month = digitsAt(raw, 5, 2);
  if (month < 1 || month > 12 || n < 7 || (n > 7 && raw.charCodeAt(7) !== 45)) return undefined;
  if (n === 7) return period(raw, 'month', Date.UTC(year, month - 1), Date.UTC(year, month));
  const day = digitsAt(raw, 8, 2);
  if (n < 10 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const midnight = Date.UTC(year, month - 1, day);
  if (n === 10) return period(raw, 'day', midnight, midnight + DAY_MS);

  // A time: "T" HH ":" MM, then ":" SS or not, then "Z" or ±HH:MM.
  if (raw.charCodeAt(10) !== 84 || raw.charCodeAt(13) !== 58) return undefined;
  const hour = digitsAt(raw, 11, 2);
  const minute = digitsAt(raw, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let at = 16;
  let second = 0;
  const withSeconds = raw.charCodeAt(at) === 58;
  if (withSeconds) {
    second = digitsAt(raw, 17, 2);
    if (second < 0 || second > 59) return undefined;
    at = 19;
  }
  let offsetMinutes = 0;
  if (n === at + 1 && raw.charCodeAt(at) === 90) {
    // Z
  } else if (n === at + 6 && raw.charCodeAt(at + 3) === 58) {
    const sign = raw.charCodeAt(at);
    const oh = digitsAt(raw, at + 1, 2);
    const om = digitsAt(raw, at + 4, 2);
    if ((sign !== 43 && sign !== 45) || oh < 0 || om < 0 || om > 59) return undefined;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
    if (sign === 45 && offsetMinutes === 0) return undefined; // "-00:00": explained there
    if (offsetMinutes < MIN_OFFSET || offsetMinutes > MAX_OFFSET) return undefined;
  } else {
    return undefined;
  }
  const start = midnight + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
  return withSeconds
    ? { raw, precision: 'second', start, end: start + 1_000, offsetMinutes }
    : { raw, precision: 'minute', start, end: start + 60_000, offsetMinutes };
}

/**
 * The full parser: every form, and for a date that is not valid, what is wrong with it in a
 * reporter's words. `parsePartialDate` tries `quickParse` first; the two agree on every date
 * the quick one reads (test/unit/dates/partial-date.test.ts compares them).
 */
export function parseExplained(raw: string): PartialDateResult {
  const fail = (why: string) => ({ error: `"${raw}" is not a valid date: ${why}` });

  if (typeof raw !== 'string')
    return { error: `the date must be a string in quotes; ${DATE_FORMS_HINT}` };
  if (raw === '') return { error: `the date is empty; ${DATE_FORMS_HINT}` };
  if (raw.trim() !== raw) return fail('remove the spaces before or after it');
  if (/[\u2010-\u2015\u2212]/.test(raw)) {
    return fail('use the plain hyphen-minus "-" (not a dash or a minus sign) between the parts');
  }
  if (/^\d{4}-\d{2}-\d{2}[ _]\d/.test(raw)) {
    return fail('separate the date and the time with a capital T, e.g. 2023-02-21T14:30+01:00');
  }
  if (/[tz]/.test(raw) && /^\d{4}-\d{2}-\d{2}t/i.test(raw)) {
    return fail('write the T and the Z as capital letters, e.g. 2023-02-21T14:30Z');
  }

  const m = SHAPE.exec(raw);
  if (!m) return fail(DATE_FORMS_HINT);
  const [, ys, mos, ds, hs, mis, ss, fraction, offset] = m;

  // Year: four digits, or ISO 8601's expanded years before 1 AD ("-0043" is 44 BC).
  const year = parseYear(ys ?? '', mos !== undefined, hs !== undefined);
  if (typeof year === 'string') return fail(year);
  if (mos === undefined) return period(raw, 'year', yearStartMs(year), yearStartMs(year + 1));

  // Month.
  if (mos.length !== 2) {
    return fail(
      `write the month with two digits, e.g. ${ys}-${mos.length === 1 ? `0${mos}` : '01'}`,
    );
  }
  const month = Number(mos);
  if (month < 1 || month > 12) return fail(`month ${mos} does not exist; months run from 01 to 12`);
  if (ds === undefined) return period(raw, 'month', utcMs(year, month - 1), utcMs(year, month));

  // Day.
  if (ds.length !== 2) {
    return fail(
      `write the day with two digits, e.g. ${ys}-${mos}-${ds.length === 1 ? `0${ds}` : '01'}`,
    );
  }
  const day = Number(ds);
  const monthName = `${MONTH_NAMES[month - 1]} ${ys}`;
  if (day < 1) return fail(`day ${ds} does not exist; days start at 01`);
  const lastDay = daysInMonth(year, month);
  if (day > lastDay) return fail(`${monthName} has ${lastDay} days`);
  if (hs === undefined) {
    return period(raw, 'day', utcMs(year, month - 1, day), utcMs(year, month - 1, day + 1));
  }

  // Time.
  if (mis === undefined) return fail('write the time as hours and minutes, HH:MM, e.g. T14:30');
  if (hs.length !== 2 || mis.length !== 2 || (ss !== undefined && ss.length !== 2)) {
    return fail('write hours, minutes and seconds with two digits each, e.g. T09:05 or T09:05:30');
  }
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23) return fail(`hour ${hs} does not exist; hours run from 00 to 23`);
  if (minute > 59) return fail(`minute ${mis} does not exist; minutes run from 00 to 59`);
  if (second > 59) return fail(`second ${ss} does not exist; seconds run from 00 to 59`);
  if (fraction !== undefined) return fail('fractions of a second are not supported');

  // Offset.
  if (offset === undefined) {
    return fail(
      'a time needs its UTC offset, or readers in other time zones would see the wrong time; ' +
        `add it at the end, e.g. "${raw}+01:00", or "${raw}Z" for UTC`,
    );
  }
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const om = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
    if (!om)
      return fail('write the UTC offset as +HH:MM or -HH:MM, e.g. +01:00 or -05:00, or Z for UTC');
    const [, sign, oh, omin] = om as unknown as [string, string, string, string];
    if (Number(omin) > 59) return fail(`the offset minutes ${omin} do not exist`);
    if (sign === '-' && oh === '00' && omin === '00') {
      return fail('"-00:00" means "offset unknown"; write Z or +00:00 for UTC');
    }
    offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(omin));
    if (offsetMinutes < MIN_OFFSET || offsetMinutes > MAX_OFFSET) {
      return fail(`the UTC offset ${offset} does not exist; offsets run from -12:00 to +14:00`);
    }
  }

  const precision: Precision = ss === undefined ? 'minute' : 'second';
  const start = utcMs(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const end = start + (precision === 'minute' ? 60_000 : 1_000);
  return { raw, precision, start, end, offsetMinutes };
}

const BCE_HINT =
  'a year before 1 AD is written as in ISO 8601, counting year 0000 as 1 BC: ' +
  '-0043 is 44 BC, -13800000000 is 13.8 billion years ago';

/** The astronomical year written as `ys`, or what is wrong with it. */
function parseYear(ys: string, withMonth: boolean, withTime: boolean): number | string {
  const negative = ys.startsWith('-');
  const digits = negative ? ys.slice(1) : ys;
  if (digits.length < 4 || (!negative && digits.length > 4)) {
    return `write the year with four digits, e.g. 2023 (years 0001 to 9999); ${BCE_HINT}`;
  }
  if (digits.length > 4 && digits.startsWith('0')) {
    return `write the year ${ys} without the leading zeros after the first four digits`;
  }
  const year = Number(ys);
  if (negative && year === 0) return 'year 0 (1 BC) is written 0000, without the minus';
  if (year < MIN_YEAR) return `years before ${MIN_YEAR} are not supported`;
  if (withMonth && year < DEEP_YEAR) {
    return `before 10000 BC only the year can be given; write ${ys}`;
  }
  if (withTime && year < 1) return 'times are supported from year 0001; give the day only';
  return year;
}

function period(raw: string, precision: Precision, start: number, end: number): PartialDate {
  return { raw, precision, start, end };
}
