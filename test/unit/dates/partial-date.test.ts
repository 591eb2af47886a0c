import { describe, expect, it } from 'vitest';
import {
  parseExplained,
  comparePartialDates,
  daysInMonth,
  isPartialDateError,
  parsePartialDate,
  utcMs,
} from '../../../src/dates/partial-date';
import type { PartialDate } from '../../../src/format/types';
import { describeTestZone } from '../../support/dates';

// The same file runs under three zones (see vite.config.ts); prove the zone really is in effect,
// otherwise "prints the same in every zone" would prove nothing.

const iso = (ms: number) => new Date(ms).toISOString();

function parsed(raw: string): PartialDate {
  const result = parsePartialDate(raw);
  if (isPartialDateError(result)) throw new Error(result.error);
  return result;
}

describeTestZone();

describe('parsePartialDate: accepted forms', () => {
  it.each([
    // raw, precision, start, end (exclusive), offsetMinutes
    ['2023', 'year', '2023-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', undefined],
    ['2023-01', 'month', '2023-01-01T00:00:00.000Z', '2023-02-01T00:00:00.000Z', undefined],
    ['2023-12', 'month', '2023-12-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', undefined],
    ['2023-02', 'month', '2023-02-01T00:00:00.000Z', '2023-03-01T00:00:00.000Z', undefined],
    ['2023-02-21', 'day', '2023-02-21T00:00:00.000Z', '2023-02-22T00:00:00.000Z', undefined],
    ['2023-12-31', 'day', '2023-12-31T00:00:00.000Z', '2024-01-01T00:00:00.000Z', undefined],
    ['2024-02-29', 'day', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z', undefined],
    ['2000-02-29', 'day', '2000-02-29T00:00:00.000Z', '2000-03-01T00:00:00.000Z', undefined],
    ['2023-02-21T14:30Z', 'minute', '2023-02-21T14:30:00.000Z', '2023-02-21T14:31:00.000Z', 0],
    [
      '2023-02-21T14:30+01:00',
      'minute',
      '2023-02-21T13:30:00.000Z',
      '2023-02-21T13:31:00.000Z',
      60,
    ],
    ['2023-02-21T14:30+00:00', 'minute', '2023-02-21T14:30:00.000Z', '2023-02-21T14:31:00.000Z', 0],
    [
      '2023-02-21T00:15+05:30',
      'minute',
      '2023-02-20T18:45:00.000Z',
      '2023-02-20T18:46:00.000Z',
      330,
    ],
    [
      '2023-02-21T23:59+14:00',
      'minute',
      '2023-02-21T09:59:00.000Z',
      '2023-02-21T10:00:00.000Z',
      840,
    ],
    [
      '2023-02-21T20:00-12:00',
      'minute',
      '2023-02-22T08:00:00.000Z',
      '2023-02-22T08:01:00.000Z',
      -720,
    ],
    [
      '2023-02-21T14:30:05-05:00',
      'second',
      '2023-02-21T19:30:05.000Z',
      '2023-02-21T19:30:06.000Z',
      -300,
    ],
    ['2023-02-21T14:30:59Z', 'second', '2023-02-21T14:30:59.000Z', '2023-02-21T14:31:00.000Z', 0],
    ['9999', 'year', '9999-01-01T00:00:00.000Z', '+010000-01-01T00:00:00.000Z', undefined],
  ])('%s → %s', (raw, precision, start, end, offsetMinutes) => {
    const d = parsed(raw);
    expect(d.raw).toBe(raw);
    expect(d.precision).toBe(precision);
    expect(iso(d.start)).toBe(start);
    expect(iso(d.end)).toBe(end);
    expect(d.offsetMinutes).toBe(offsetMinutes);
  });

  // Date.UTC(50, 0, 1) is 1950: the parser must not fall into that trap.
  it.each([
    ['0001', 1, 0, 1],
    ['0050-03', 50, 2, 1],
    ['0099-12-31', 99, 11, 31],
  ])('takes year %s literally', (raw, year, month, day) => {
    const d = new Date(parsed(raw).start);
    expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([year, month, day]);
  });

  it('takes a time in year 0050 literally', () => {
    expect(new Date(parsed('0050-06-01T12:00Z').start).getUTCFullYear()).toBe(50);
  });
});

describe('parsePartialDate: rejected forms', () => {
  it.each([
    // raw, words the message must contain
    ['', 'empty'],
    [' 2023', 'spaces'],
    ['2023 ', 'spaces'],
    ['23', 'four digits'],
    ['12023', 'four digits'],
    // Years before 1 AD are ISO 8601 expanded years now (issue 12): see historic-dates.test.ts.
    ['−0044', 'hyphen-minus'],
    ['-0000', 'written 0000'],
    ['-00044', 'leading zeros'],
    ['-044', 'four digits'],
    ['-10000-01', 'only the year'],
    ['-0043-03-15T12:00Z', 'times are supported from year 0001'],
    ['-100000000000', 'not supported'],
    ['2023-1', '2023-01'],
    ['2023-00', 'month 00 does not exist'],
    ['2023-13', 'month 13 does not exist'],
    ['2023-02-5', '2023-02-05'],
    ['2023-02-00', 'day 00 does not exist'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2023-02-30', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2023-04-31', 'April 2023 has 30 days'],
    ['2023-01-32', 'January 2023 has 31 days'],
    ['2023/02/21', 'YYYY-MM-DD'],
    ['21.02.2023', 'YYYY-MM-DD'],
    ['Feb 21, 2023', 'YYYY-MM-DD'],
    ['2023-02-21T', 'YYYY-MM-DD'],
    ['2023–02–21', 'hyphen-minus'],
    ['2023-02-21 14:30Z', 'capital T'],
    ['2023-02-21t14:30z', 'capital letters'],
    [
      '2023-02-21T14:30',
      'add it at the end, e.g. "2023-02-21T14:30+01:00", or "2023-02-21T14:30Z"',
    ],
    ['2023-02-21T14:30:05', 'UTC offset'],
    ['2023-02-21T14Z', 'HH:MM'],
    ['2023-02-21T9:30Z', 'two digits'],
    ['2023-02-21T24:00Z', 'hour 24 does not exist'],
    ['2023-02-21T14:60Z', 'minute 60 does not exist'],
    ['2023-02-21T14:30:60Z', 'second 60 does not exist'],
    ['2023-02-21T14:30:05.250Z', 'fractions of a second'],
    ['2023-02-21T14:30+0100', '+HH:MM'],
    ['2023-02-21T14:30+01', '+HH:MM'],
    ['2023-02-21T14:30+1:00', '+HH:MM'],
    ['2023-02-21T14:30+15:00', 'offsets run from -12:00 to +14:00'],
    ['2023-02-21T14:30-12:30', 'offsets run from -12:00 to +14:00'],
    ['2023-02-21T14:30+05:75', 'offset minutes 75'],
    ['2023-02-21T14:30-00:00', 'offset unknown'],
    ['2023-02-21T14:30−05:00', 'hyphen-minus'],
  ])('%j', (raw, words) => {
    const result = parsePartialDate(raw);
    expect(isPartialDateError(result)).toBe(true);
    expect((result as { error: string }).error).toContain(words);
  });

  it('quotes the value in its message', () => {
    expect(parsePartialDate('2023-13')).toEqual({
      error: '"2023-13" is not a valid date: month 13 does not exist; months run from 01 to 12',
    });
  });

  it('rejects a non-string without throwing', () => {
    expect(isPartialDateError(parsePartialDate(2023 as unknown as string))).toBe(true);
  });
});

describe('helpers', () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('utcMs ignores the local zone and takes small years literally', () => {
    expect(iso(utcMs(2023, 1, 21))).toBe('2023-02-21T00:00:00.000Z');
    expect(iso(utcMs(50, 0))).toBe('0050-01-01T00:00:00.000Z');
  });

  it('comparePartialDates orders by start, the longer period first', () => {
    const dates = ['2023-02-21', '2023-02', '2023', '2023-01', '2023-02-21T14:30+01:00'].map(
      parsed,
    );
    expect(dates.toSorted(comparePartialDates).map((d) => d.raw)).toEqual([
      '2023',
      '2023-01',
      '2023-02',
      '2023-02-21',
      '2023-02-21T14:30+01:00',
    ]);
  });
});

describe('parsePartialDate: the quick reader agrees with the full parser', () => {
  const same = (raw: string) => expect(parsePartialDate(raw), raw).toEqual(parseExplained(raw));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  it('on every day, month and year from 1896 to 2104, and at the ends of the range', () => {
    for (let y = 1896; y <= 2104; y++) {
      same(pad(y, 4));
      for (let m = 0; m <= 13; m++) {
        same(`${y}-${pad(m)}`);
        for (let d = 0; d <= 32; d++) same(`${y}-${pad(m)}-${pad(d)}`);
      }
    }
    for (const y of ['0001', '0099', '0100', '0101', '0999', '1000', '9999']) {
      same(y);
      same(`${y}-12`);
      same(`${y}-02-29`);
      same(`${y}-12-31T23:59:59+14:00`);
    }
    // About 76,000 days: an exhaustive check, not a timed one (a loaded machine took over 5 s).
  }, 60_000);

  it('on times, offsets and near misses', () => {
    // A seeded walk over hours, minutes, seconds and offsets, valid or one step out.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 16807) % 2147483647) % n) as number;
    const offsets = [
      'Z',
      '+00:00',
      '-00:00',
      '+01:00',
      '-05:30',
      '+14:00',
      '+14:01',
      '-12:00',
      '-12:01',
      '+05:60',
      '+5:00',
      '+0500',
      'z',
      '',
      '+01',
      '+01:00:00',
    ];
    for (let i = 0; i < 20_000; i++) {
      const date = `${1900 + next(200)}-${pad(1 + next(12))}-${pad(1 + next(31))}`;
      const time = `${pad(next(25))}:${pad(next(61))}`;
      const seconds = next(3) === 0 ? '' : `:${pad(next(61))}`;
      same(`${date}T${time}${seconds}${offsets[next(offsets.length)]}`);
    }
    for (const raw of [
      '',
      ' 2023',
      '2023 ',
      '+2023',
      '-2023',
      '20230',
      '202',
      '2023-',
      '2023-1',
      '2023-1-01',
      '2023-01-',
      '2023-01-1',
      '2023/01/01',
      '2023-01-01T',
      '2023-01-01T1',
      '2023-01-01T14',
      '2023-01-01T14:3',
      '2023-01-01T14:30',
      '2023-01-01T14:30:5Z',
      '2023-01-01T14:30:05.5Z',
      '2023-01-01 14:30Z',
      '2023-01-01t14:30Z',
      '2023-01-01T14:30Zx',
      '2023‐01‐01',
      '2023-01-01T14:30+01:00x',
      '2023-01-01T14:30+01-00',
      '2023-01-01T14-30Z',
      '２０２３',
    ]) {
      same(raw);
    }
  });
});
