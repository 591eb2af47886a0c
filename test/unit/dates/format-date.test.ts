import { describe, expect, it } from 'vitest';
import type { Locale } from 'date-fns';
import {
  formatPartialDate,
  formatRange,
  formatShortDate,
  formatUtcOffset,
  isoDateTimeAttr,
  loadDateLocale,
} from '../../../src/dates/format-date';
import { describeTestZone, partialDate, ZONE_OFFSETS } from '../../support/dates';

// This file runs in UTC, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11): every
// expectation below is the same string in all three, which is the point.

const d = partialDate;

const locales: Record<string, Locale> = {};
for (const tag of ['en-US', 'en-GB', 'de', 'fr', 'es', 'uk', 'zh-CN', 'ar', 'ja']) {
  locales[tag] = await loadDateLocale(tag);
}
const loc = (tag: string) => locales[tag]!;

describeTestZone();

describe('formatPartialDate', () => {
  it.each([
    ['2023', 'en-US', '2023'],
    ['2023-01', 'en-US', 'January 2023'],
    ['2023-01-01', 'en-US', 'Jan 1, 2023'],
    ['2023-12-31', 'en-US', 'Dec 31, 2023'],
    ['2023-02-21', 'en-US', 'Feb 21, 2023'],
    ['2023-02-21T14:30+01:00', 'en-US', 'Feb 21, 2023, 14:30 UTC+01:00'],
    ['2023-02-21T14:30Z', 'en-US', 'Feb 21, 2023, 14:30 UTC'],
    ['2023-02-21T23:30-05:00', 'en-US', 'Feb 21, 2023, 23:30 UTC−05:00'],
    ['2023-02-21T00:15+14:00', 'en-US', 'Feb 21, 2023, 00:15 UTC+14:00'],
    ['2023-02-21T14:30:05+05:30', 'en-US', 'Feb 21, 2023, 14:30:05 UTC+05:30'],
    ['2023-02-21', 'en-GB', '21 Feb 2023'],
    ['2023-01', 'en-GB', 'January 2023'],
    ['2023-02-21', 'de', '21. Feb. 2023'],
    ['2023-01', 'de', 'Januar 2023'],
    ['2023-02-21T14:30+01:00', 'de', '21. Feb. 2023 14:30 UTC+01:00'],
    ['2023-02-21', 'fr', '21 févr. 2023'],
    ['2023-01', 'fr', 'janvier 2023'],
    ['2023-02-21', 'es', '21 feb 2023'],
    ['2023-01', 'es', 'enero 2023'],
    ['2023-02-21', 'uk', '21 лют. 2023 р.'],
    ['2023-01', 'uk', 'січень 2023'],
    ['2023', 'zh-CN', '2023年'],
    ['2023-01', 'zh-CN', '2023年1月'],
    ['2023-02-21', 'zh-CN', '2023年2月21日'],
    ['2023-02-21T14:30+08:00', 'zh-CN', '2023年2月21日 14:30 UTC+08:00'],
    ['2023-02-21', 'ar', '21 فبراير 2023'],
    ['2023-01', 'ar', 'يناير 2023'],
    ['2023-02-21', 'ja', '2023年2月21日'],
    ['0050-03-01', 'en-US', 'Mar 1, 50'],
  ])('%s in %s → %s', (raw, tag, expected) => {
    expect(formatPartialDate(d(raw), loc(tag))).toBe(expected);
  });

  it('uses en-US when no locale is given', () => {
    expect(formatPartialDate(d('2023-02-21'))).toBe('Feb 21, 2023');
  });

  // The reader's zone may skip the written wall-clock time (a DST gap): 01:30 on 26 March 2023
  // does not exist in London. Formatting must not go through a local Date built from the fields.
  it('prints a time that falls in a DST gap of the reader’s zone as written', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      expect(new Date(2023, 2, 26, 1, 30).getHours()).toBe(2); // the trap is real here
      expect(formatPartialDate(d('2023-03-26T01:30Z'))).toBe('Mar 26, 2023, 01:30 UTC');
      expect(formatPartialDate(d('2023-03-26'))).toBe('Mar 26, 2023');
    } finally {
      process.env.TZ = zone;
    }
    expect(new Date(2023, 0, 1).getTimezoneOffset()).toBe(ZONE_OFFSETS[zone ?? '']);
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2023', 'en-US', '2023'],
    ['2023-01', 'en-US', 'Jan 2023'],
    ['2023-02-21', 'en-US', 'Feb 21'],
    ['2023-02-21T14:30+01:00', 'en-US', 'Feb 21, 14:30'],
    ['2023-02-21', 'en-GB', '21 Feb'],
    ['2023-02-21', 'de', '21. Feb.'],
    ['2023-01', 'de', 'Jan 2023'],
    ['2023-02-21', 'fr', '21 févr.'],
    ['2023-02-21', 'zh-CN', '2月21日'],
    ['2023-01', 'zh-CN', '2023年1月'],
  ])('%s in %s → %s', (raw, tag, expected) => {
    expect(formatShortDate(d(raw), loc(tag))).toBe(expected);
  });
});

describe('formatRange', () => {
  it.each([
    ['2023-02-21', undefined, 'en-US', 'Feb 21, 2023'],
    ['2023-02-21', '2023-02-21', 'en-US', 'Feb 21, 2023'],
    ['2023-02-18', '2023-02-21', 'en-US', 'Feb 18 – 21, 2023'],
    ['2023-01', '2023-03', 'en-US', 'January – March 2023'],
    ['2022', '2023', 'en-US', '2022 – 2023'],
    ['2023-01-30', '2023-02-02', 'en-US', 'Jan 30, 2023 – Feb 2, 2023'],
    ['2022-12', '2023-01', 'en-US', 'December 2022 – January 2023'],
    ['2023-01', '2023-02-21', 'en-US', 'January 2023 – Feb 21, 2023'],
    [
      '2023-02-21T14:30+01:00',
      '2023-02-21T16:00+01:00',
      'en-US',
      'Feb 21, 2023, 14:30 – 16:00 UTC+01:00',
    ],
    [
      '2023-02-21T14:30+01:00',
      '2023-02-21T16:00Z',
      'en-US',
      'Feb 21, 2023, 14:30 UTC+01:00 – Feb 21, 2023, 16:00 UTC',
    ],
    ['2023-02-18', '2023-02-21', 'en-GB', '18 – 21 Feb 2023'],
    ['2023-02-18', '2023-02-21', 'de', '18.–21. Feb. 2023'],
    ['2023-01', '2023-03', 'de', 'Januar–März 2023'],
    ['2023-02-18', '2023-02-21', 'fr', '18–21 févr. 2023'],
    ['2023-02-18', '2023-02-21', 'es', '18–21 feb 2023'],
    ['2023-02-18', '2023-02-21', 'uk', '18–21 лют. 2023 р.'],
    ['2023-02-18', '2023-02-21', 'zh-CN', '2023年2月18日至21日'],
    ['2023-01', '2023-03', 'zh-CN', '2023年1月至3月'],
    ['2023-02-18', '2023-02-21', 'ja', '2023年2月18日～21日'],
  ])('%s to %s in %s → %s', (start, end, tag, expected) => {
    expect(formatRange(d(start), end === undefined ? undefined : d(end), loc(tag))).toBe(expected);
  });
});

describe('isoDateTimeAttr', () => {
  it.each([
    ['2023', '2023'],
    ['2023-01', '2023-01'],
    ['2023-02-21', '2023-02-21'],
    ['2023-02-21T14:30+01:00', '2023-02-21T14:30+01:00'],
    ['2023-02-21T14:30Z', '2023-02-21T14:30Z'],
    ['2023-02-21T14:30+00:00', '2023-02-21T14:30Z'],
    ['2023-02-21T23:30-05:00', '2023-02-21T23:30-05:00'],
    ['2023-02-21T14:30:05+05:45', '2023-02-21T14:30:05+05:45'],
    ['0050', '0050'],
    ['0050-03-01', '0050-03-01'],
  ])('%s → %s', (raw, expected) => {
    expect(isoDateTimeAttr(d(raw))).toBe(expected);
  });
});

describe('formatUtcOffset', () => {
  it.each([
    [0, 'UTC'],
    [60, 'UTC+01:00'],
    [-300, 'UTC−05:00'],
    [345, 'UTC+05:45'],
    [-570, 'UTC−09:30'],
  ])('%i → %s', (minutes, expected) => {
    expect(formatUtcOffset(minutes)).toBe(expected);
  });
});
