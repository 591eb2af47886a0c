import { describe, expect, it } from 'vitest';
import { scaleUtc } from '../../../src/layout/utc-scale';
import { de } from 'date-fns/locale/de';
import { timeTicks, withYears } from '../../../src/layout/ticks';
import { scaleBroken, warpOf } from '../../../src/layout/broken-scale';
import { describeTestZone } from '../../support/dates';

// This file also runs in Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11): every label
// below is the same string in all three zones, which is the point.

const scale = (from: string, to: string, width: number) =>
  scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);

const labels = (from: string, to: string, width = 1200) =>
  timeTicks(scale(from, to, width)).map((t) => (t.major ? `*${t.label}` : t.label));

describeTestZone();

describe('timeTicks', () => {
  it.each([
    {
      why: 'years across ten years',
      from: '2015-01-01',
      to: '2025-01-01',
      width: 1000,
      want: '2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025',
    },
    {
      why: 'fewer years when there is less room',
      from: '2015-01-01',
      to: '2025-01-01',
      width: 300,
      want: '2015 2020 2025',
    },
    {
      why: 'months across a year, the new year major',
      from: '2023-01-01',
      to: '2024-01-01',
      width: 1200,
      want: '*2023 Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec *2024',
    },
    {
      why: 'days across a month',
      from: '2023-02-01',
      to: '2023-03-01',
      width: 1200,
      want: 'Feb 2 Feb 4 Feb 6 Feb 8 Feb 10 Feb 12 Feb 14 Feb 16 Feb 18 Feb 20 Feb 22 Feb 24 Feb 26 Feb 28',
    },
    {
      why: 'days across a month end, the new month major',
      from: '2023-02-25',
      to: '2023-03-04',
      width: 700,
      want: 'Feb 25 Feb 26 Feb 27 Feb 28 *Mar Mar 2 Mar 3 Mar 4',
    },
    {
      why: 'hours across a day, midnight major with its date',
      from: '2023-02-19T00:00Z',
      to: '2023-02-20T00:00Z',
      width: 1200,
      want: '*Feb 19 03:00 06:00 09:00 12:00 15:00 18:00 21:00 *Feb 20',
    },
    {
      why: 'never finer than hours',
      from: '2023-02-19T14:00Z',
      to: '2023-02-19T15:00Z',
      width: 1200,
      want: '14:00 15:00',
    },
    {
      why: 'the UTC calendar across a local midnight anywhere',
      from: '2023-12-31T18:00Z',
      to: '2024-01-01T06:00Z',
      width: 400,
      want: '18:00 21:00 *2024 03:00 06:00',
    },
  ])('gives $why', ({ from, to, width, want }) => {
    expect(labels(from, to, width).join(' ')).toBe(want);
  });

  it('places each tick with the scale', () => {
    const x = scale('2023-01-01', '2024-01-01', 1200);
    for (const tick of timeTicks(x)) {
      expect(tick.x).toBe(x(new Date(tick.value)));
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(1200);
    }
  });

  it('spaces ticks by the room asked for', () => {
    const x = scale('2023-01-01', '2024-01-01', 1200);
    expect(timeTicks(x, { spacing: 300 }).map((t) => t.label)).toEqual([
      '2023',
      'Apr',
      'Jul',
      'Oct',
      '2024',
    ]);
  });

  it('speaks the locale it is given', () => {
    const x = scale('2023-02-27', '2023-03-03', 300);
    expect(timeTicks(x, { locale: de }).map((t) => t.label)).toEqual([
      '27. Feb.',
      '28. Feb.',
      'Mär',
      '2. März',
      '3. März',
    ]);
  });

  it('has nothing to say about an empty domain', () => {
    expect(timeTicks(scale('2023-01-01', '2023-01-01', 600))).toEqual([]);
  });
});

describe('ticks with precision and breaks', () => {
  const day = (m: number, d: number) => Date.UTC(2023, m - 1, d);

  it.each([
    ['day', /\d:\d\d/],
    ['month', /\d:\d\d|^[A-Z][a-z]{2} \d+$/],
  ] as const)('never finer than %s precision, however deep the zoom', (precision, finer) => {
    const x = scaleUtc([day(2, 18), day(2, 19)], [0, 1200]);
    const ticks = timeTicks(x, { precision });
    expect(ticks.some((t) => finer.test(t.label))).toBe(false);
  });

  it('puts no tick inside a break, and shows the year after one that crosses into a year', () => {
    const breaks = [{ from: day(1, 2) - 40 * 86_400_000, to: day(1, 1), size: 2 * 86_400_000 }];
    const x = scaleBroken(warpOf(breaks), [day(1, 1) - 45 * 86_400_000, day(1, 20)], [0, 800]);
    const ticks = timeTicks(x, { precision: 'day' });
    for (const t of ticks)
      expect(t.value <= breaks[0]!.from || t.value >= breaks[0]!.to).toBe(true);
    const { years } = withYears(x, ticks);
    expect(years.map((y) => y.label)).toEqual(['2022', '2023']);
  });
});
