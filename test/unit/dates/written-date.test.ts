// Runs in three time zones (vite.config.ts DATE_TESTS): what a cell reads as never moves.
import { describe, expect, it } from 'vitest';
import { describeWritten, readWrittenDate } from '../../../src/dates/written-date';
import { parsePartialDate } from '../../../src/dates/partial-date';

describe('readWrittenDate reads what reporters type', () => {
  it.each([
    // text, ISO, what the hint says
    ['2023', '2023', 'year'],
    ['  2023 ', '2023', 'year'],
    ['2023-02', '2023-02', 'month'],
    ['2023-2', '2023-02', 'month'],
    ['2023/02', '2023-02', 'month'],
    ['Feb 2023', '2023-02', 'month'],
    ['feb. 2023', '2023-02', 'month'],
    ['February 2023', '2023-02', 'month'],
    ['Sept 2023', '2023-09', 'month'],
    ['2023 May', '2023-05', 'month'],
    ['February, 2023', '2023-02', 'month'],
    ['21 Feb 2023', '2023-02-21', 'day'],
    ['1 March 2024', '2024-03-01', 'day'],
    ['Feb 21, 2023', '2023-02-21', 'day'],
    ['February 21st 2023', '2023-02-21', 'day'],
    ['29 Feb 2024', '2024-02-29', 'day'],
    ['2023-02-21', '2023-02-21', 'day'],
    ['2023/2/21', '2023-02-21', 'day'],
    ['2023 Feb 21', '2023-02-21', 'day'],
    ['2023-02-21 14:30 +01:00', '2023-02-21T14:30+01:00', 'minute with offset +01:00'],
    ['2023-02-21 14:30+0100', '2023-02-21T14:30+01:00', 'minute with offset +01:00'],
    ['2023-02-21 9:05 -5', '2023-02-21T09:05-05:00', 'minute with offset -05:00'],
    ['2023-02-21T14:30Z', '2023-02-21T14:30Z', 'minute in UTC'],
    ['2023-02-21 14:30 UTC', '2023-02-21T14:30Z', 'minute in UTC'],
    ['21 Feb 2023 14:30:05 +05:30', '2023-02-21T14:30:05+05:30', 'second with offset +05:30'],
    ['-0043-03-15', '-0043-03-15', 'day'],
    ['-13800000000', '-13800000000', 'year'],
  ])('%s → %s (%s)', (text, iso, said) => {
    const read = readWrittenDate(text);
    if ('error' in read) throw new Error(read.error);
    expect(read.iso).toBe(iso);
    expect(describeWritten(read)).toBe(said);
    // What it is written as is a date the timeline format takes, at that precision.
    const parsed = parsePartialDate(read.iso);
    expect('precision' in parsed && parsed.precision).toBe(read.precision);
  });

  it('keeps a month a month and a day a day, in every zone', () => {
    const month = readWrittenDate('Jan 2023');
    const day = readWrittenDate('1 Jan 2023');
    expect(month).toEqual({ iso: '2023-01', precision: 'month', offset: null });
    expect(day).toEqual({ iso: '2023-01-01', precision: 'day', offset: null });
  });
});

describe('readWrittenDate says clearly what is wrong', () => {
  it.each([
    ['', /empty/],
    ['nonsense', /^“nonsense” is not a date: write it as 2023, Feb 2023, 21 Feb 2023/],
    ['soon-ish', /“soon-ish” is not a date: write it as/],
    ['Brumaire 2023', /“brumaire” is not a month name: write it in English/],
    ['Marhc', /“marhc” is not a month: write March or Mar/],
    ['Febuary 2023', /“febuary” is not a month: write February or Feb/],
    ['Feb', /a month needs its year: write Feb 2023/],
    ['Feb 23', /write the year in full, e.g. 2023/],
    ['23', /write the year in full/],
    ['30 Feb 2023', /February 2023 has 28 days/],
    ['2023-02-30', /February 2023 has 28 days/],
    ['2023-13', /month 13 does not exist/],
    ['02/03/2023', /could be 2 Mar or 3 Feb/],
    ['21/02/2023', /month as a word \(21 Feb 2023\) or the year first \(2023-02-21\)/],
    ['2023-02-21 14:30', /needs its UTC offset.*2023-02-21 14:30 \+01:00/],
    ['Feb 2023 14:30 +01:00', /a time needs a day/],
    ['2023-02-21 25:00 +01:00', /hour 25 does not exist/],
    ['2023-02-21 14:30 +15:00', /offset \+15:00 does not exist/],
    ['1 2 3 4', /not a date/],
  ])('%j', (text, message) => {
    const read = readWrittenDate(text);
    expect('error' in read && read.error).toMatch(message);
  });
});
