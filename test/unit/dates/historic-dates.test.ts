/**
 * Dates before 1 AD and deep time (issue 12): ISO 8601 expanded years, year 0000 = 1 BC, shown
 * with the language's own era and "… years ago". Runs in three zones (vite.config.ts): every
 * expectation is the same string in UTC, UTC+14 and UTC−11.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from 'date-fns';
import {
  formatPartialDate,
  formatRange,
  formatShortDate,
  isoDateTimeAttr,
  loadDateLocale,
  loadHistoric,
} from '../../../src/dates/format-date';
import { formatYearsAgo } from '../../../src/dates/historic';
import { yearOfMs, yearStartMs, YEAR_ONE_MS } from '../../../src/dates/years';
import { describeTestZone, partialDate } from '../../support/dates';

const d = partialDate;

// BC and deep-time formatting is a chunk the reader loads on demand.
await loadHistoric();

const locales: Record<string, Locale> = {};
for (const tag of ['en-US', 'en-GB', 'de', 'fr', 'es', 'uk', 'zh-CN', 'zh-TW', 'ar']) {
  locales[tag] = await loadDateLocale(tag);
}
const loc = (tag: string) => locales[tag]!;

describeTestZone();

describe('years on one number line', () => {
  it.each([
    -13_800_000_000, -4_600_000_000, -65_000_000, -300_000, -271_822, -271_821, -200_001, -10_000,
    -9999, -44, -43, 0, 1, 99, 1850, 2023, 9999,
  ])('year %i: yearOfMs(yearStartMs(y)) is y, and years stay in order', (year) => {
    expect(yearOfMs(yearStartMs(year))).toBe(year);
    expect(yearStartMs(year)).toBeLessThan(yearStartMs(year + 1));
    // Half a year in is still the same year.
    const mid = (yearStartMs(year) + yearStartMs(year + 1)) / 2;
    expect(yearOfMs(mid)).toBe(year);
  });

  it('is Date.UTC exactly wherever a Date exists', () => {
    for (const year of [-271_820, -100_000, -44, 0, 1, 1970, 9999, 200_000]) {
      const date = new Date(0);
      date.setUTCFullYear(year, 0, 1);
      expect(yearStartMs(year)).toBe(date.getTime());
    }
  });

  it('crosses the edge of Date without a jump: 400 years are 146,097 days on both sides', () => {
    const cycle = 146_097 * 86_400_000;
    expect(yearStartMs(-400_000) - yearStartMs(-400_400)).toBeCloseTo(cycle, -6);
    expect(yearStartMs(-200_000) - yearStartMs(-200_400)).toBe(cycle);
  });
});

describe('ISO 8601 expanded years (year 0000 is 1 BC)', () => {
  it.each([
    // raw, precision, astronomical year, month (1-based) and day of the start
    ['-0043-03-15', 'day', -43, 3, 15],
    ['-0043-03', 'month', -43, 3, 1],
    ['-0043', 'year', -43, 1, 1],
    ['0000', 'year', 0, 1, 1],
    ['-0001', 'year', -1, 1, 1],
    ['-0044-02-29', 'day', -44, 2, 29], // 45 BC, a leap year in the proleptic Gregorian calendar
    ['-9999-12-31', 'day', -9999, 12, 31],
  ])('%s', (raw, precision, year, month, day) => {
    const date = d(raw);
    expect(date.precision).toBe(precision);
    const start = new Date(date.start);
    expect([start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()]).toEqual([
      year,
      month,
      day,
    ]);
    expect(start.getUTCHours()).toBe(0);
  });

  it.each([
    ['-13800000000', -13_800_000_000],
    ['-4600000000', -4_600_000_000],
    ['-65000000', -65_000_000],
    ['-10000', -10_000],
  ])('deep time %s is a year-precision value', (raw, year) => {
    const date = d(raw);
    expect(date.precision).toBe('year');
    expect(yearOfMs(date.start)).toBe(year);
    expect(yearOfMs(date.end)).toBe(year + 1);
    expect(date.start).toBeLessThan(date.end);
  });

  it('orders from the Big Bang to 9999', () => {
    const raws = ['-13800000000', '-4600000000', '-10000', '-9999', '-0043-03-15', '0000', '0001'];
    const starts = [...raws, '1850', '9999-12-31'].map((r) => d(r).start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe("Caesar's day", () => {
  const ides = () => d('-0043-03-15');

  it('shows as 44 BC and never as 45 (or 43)', () => {
    const text = formatPartialDate(ides(), loc('en-US'));
    expect(text).toBe('Mar 15, 44 BC');
    expect(text).not.toMatch(/4[35]/);
  });

  it('the other way round: 44 BC is written -0043, and -0044 is 45 BC', () => {
    expect(formatPartialDate(d('-0044'), loc('en-US'))).toBe('45 BC');
    expect(formatPartialDate(d('0000'), loc('en-US'))).toBe('1 BC');
    expect(formatPartialDate(d('0001'), loc('en-US'))).toBe('1');
  });

  it.each([
    ['en-US', 'Mar 15, 44 BC'],
    ['en-GB', '15 Mar 44 BC'],
    ['de', '15. März 44 v. Chr.'],
    ['fr', '15 mars 44 av. J.-C.'],
    ['es', '15 mar 44 a. C.'],
    ['zh-CN', '公元前44年3月15日'],
    ['zh-TW', '西元前44年3月15日'],
  ])('in %s: %s', (tag, expected) => {
    expect(formatPartialDate(ides(), loc(tag))).toBe(expected);
  });

  it.each(['uk', 'ar'])('in %s it carries the era and the day, 44 and 15', (tag) => {
    const text = formatPartialDate(ides(), loc(tag));
    expect(text).toMatch(/44/);
    expect(text).toMatch(/15/);
    expect(text).not.toMatch(/45|43/);
    expect(text).not.toBe(formatPartialDate(d('0044-03-15'), loc(tag)));
  });

  it('has a short form, a month and a year form', () => {
    expect(formatShortDate(ides(), loc('en-US'))).toBe('Mar 15');
    expect(formatPartialDate(d('-0043-03'), loc('en-US'))).toBe('March 44 BC');
    expect(formatShortDate(d('-0043'), loc('en-US'))).toBe('44 BC');
  });

  it('a range across the era boundary names both eras', () => {
    expect(formatRange(d('-0043'), d('0014'), loc('en-US'))).toBe('44 BC – 14 AD');
  });

  it('gets no <time datetime>: HTML has no years before 1 AD', () => {
    expect(isoDateTimeAttr(ides())).toBeUndefined();
    expect(isoDateTimeAttr(d('0001'))).toBe('0001');
    expect(d('0001').start).toBe(YEAR_ONE_MS);
  });
});

describe('deep time reads "… years ago" in every language', () => {
  it.each([
    ['en-US', '-13800000000', '13.8 billion years ago'],
    ['en-US', '-4600000000', '4.6 billion years ago'],
    ['en-US', '-65000000', '65 million years ago'],
    ['en-US', '-50000', '50,000 years ago'],
    ['de', '-13800000000', 'vor 13,8 Milliarden Jahren'],
    ['de', '-4600000000', 'vor 4,6 Milliarden Jahren'],
    ['fr', '-13800000000', 'il y a 13,8 milliards d’années'],
    ['fr', '-50000', 'il y a 50 000 ans'],
    ['es', '-13800000000', 'hace 13,8 mil millones de años'],
    ['zh-CN', '-13800000000', '138亿年前'],
    ['zh-TW', '-4600000000', '46億 年前'],
  ])('%s %s: %s', (tag, raw, expected) => {
    expect(formatPartialDate(d(raw), loc(tag)).replace(/\s/g, ' ')).toBe(expected);
  });

  it.each(['uk', 'ar', 'en-GB'])('in %s it says 13.8 and is not the plain number', (tag) => {
    const text = formatPartialDate(d('-13800000000'), loc(tag));
    expect(text).toMatch(/13[.,]8/);
    expect(text).not.toMatch(/000/);
  });

  it('has a short form for axis ticks', () => {
    expect(formatYearsAgo(4_600_000_000, 'en-US', 'short')).toBe('4.6B years ago');
  });
});
