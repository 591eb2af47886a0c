/**
 * Parsing of the date strings a reporter writes: "2023", "2023-01", "2023-02-21",
 * "2023-02-21T14:30+01:00", "2023-02-21T14:30:05Z".
 *
 * Calendar dates (year/month/day) become UTC-midnight periods so they never move with the
 * reader's zone; times become real instants and keep the offset they were written with.
 * Parsing is strict — one canonical spelling per date — and every rejection says, in a
 * reporter's words, what is wrong and how to write it instead.
 */
import type { PartialDate, Precision } from './types';

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
  /^(\d+)(?:-(\d+)(?:-(\d+)(?:T(\d+)(?::(\d+)(?::(\d+)(\.\d+)?)?)?([+-]\d+(?::\d+)?|Z)?)?)?)?$/;

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
  const fail = (why: string) => ({ error: `"${raw}" is not a valid date: ${why}` });

  if (typeof raw !== 'string')
    return { error: `the date must be a string in quotes; ${DATE_FORMS_HINT}` };
  if (raw === '') return { error: `the date is empty; ${DATE_FORMS_HINT}` };
  if (raw.trim() !== raw) return fail('remove the spaces before or after it');
  if (/^[-−]\d/.test(raw)) {
    return fail('years before 1 AD (negative or BCE years) are not supported');
  }
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

  // Year.
  if (ys === undefined || ys.length !== 4) {
    return fail('write the year with four digits, e.g. 2023 (years 0001 to 9999)');
  }
  const year = Number(ys);
  if (year === 0) return fail('there is no year 0000; years run from 0001 to 9999');
  if (mos === undefined) return period(raw, 'year', utcMs(year, 0), utcMs(year + 1, 0));

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

function period(raw: string, precision: Precision, start: number, end: number): PartialDate {
  return { raw, precision, start, end };
}
