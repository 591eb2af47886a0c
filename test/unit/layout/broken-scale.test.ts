import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import {
  breakSpan,
  findBreaks,
  keptStretches,
  scaleBroken,
  warpOf,
} from '../../../src/layout/broken-scale';

const DAY = 86_400_000;
const d = (m: number, day: number, y = 2023) => Date.UTC(y, m - 1, day);
const ev = (start: number, days = 1) => ({ start, stop: start + days * DAY });

describe('findBreaks', () => {
  it.each([
    ['no events', [], 0],
    ['one event', [ev(d(1, 1))], 0],
    ['evenly spread days', [1, 3, 5, 7, 9].map((n) => ev(d(1, n))), 0],
    // The seed's shape: Nov 25, all of January, then Feb 18–21.
    [
      'a lone early event and a month',
      [ev(d(11, 25, 2022)), ev(d(1, 1), 31), ev(d(2, 18)), ev(d(2, 21))],
      2,
    ],
  ] as const)('%s → %i breaks', (_, events, n) => {
    expect(findBreaks(events)).toHaveLength(n);
  });

  it('breaks exactly the empty time, from the last stop to the next start', () => {
    const [b] = findBreaks([ev(d(1, 1)), ev(d(6, 1)), ev(d(6, 2))]);
    expect(b).toMatchObject({ from: d(1, 2), to: d(6, 1) });
    expect(b!.size).toBeLessThan(b!.to - b!.from);
  });

  it('keeps at most `max` breaks, the longest', () => {
    const events = [ev(d(1, 1)), ev(d(3, 1)), ev(d(4, 1)), ev(d(9, 1))];
    const [b] = findBreaks(events, { max: 1, minShare: 0.1 });
    expect(b).toMatchObject({ from: d(4, 2), to: d(9, 1) });
  });
});

describe('warpOf', () => {
  const breaks = [{ from: d(1, 10), to: d(2, 10), size: 2 * DAY }];
  const { warp, unwarp } = warpOf(breaks);

  it.each([
    ['before the break', d(1, 5), d(1, 5)],
    ['at its start', d(1, 10), d(1, 10)],
    ['at its end', d(2, 10), d(1, 12)],
    ['after it', d(2, 15), d(1, 17)],
  ])('%s', (_, t, u) => {
    expect(warp(t)).toBeCloseTo(u, -1);
    expect(unwarp(u)).toBeCloseTo(t, -1);
  });

  it('squeezes the inside of a break linearly', () => {
    const mid = (d(1, 10) + d(2, 10)) / 2;
    expect(warp(mid)).toBeCloseTo(d(1, 11), -1);
  });
});

describe('scaleBroken', () => {
  const breaks = [{ from: d(1, 10), to: d(2, 10), size: 2 * DAY }];
  const x = scaleBroken(warpOf(breaks), [d(1, 1), d(2, 19)], [0, 200]);

  it('keeps time true to scale between breaks and maps the domain to the range', () => {
    expect(x(d(1, 1))).toBe(0);
    expect(x(d(2, 19))).toBeCloseTo(200);
    // 9 days, a 2-day break, 9 days: 20 warped days over 200 px.
    expect(x(d(1, 10))).toBeCloseTo(90);
    expect(x(d(2, 10))).toBeCloseTo(110);
    expect(+x.invert(150)).toBeCloseTo(d(2, 14), -3);
  });

  it('works under d3-zoom: rescaleX zooms in warped time and inverts back', () => {
    const z = zoomIdentity.translate(-100, 0).scale(2).rescaleX(x);
    expect(z(d(2, 10))).toBeCloseTo(120);
    expect(+z.invert(z(d(2, 14)))).toBeCloseTo(d(2, 14), -3);
    expect(x(d(2, 10))).toBeCloseTo(110);
  });

  it('with no breaks is a linear UTC scale', () => {
    const y = scaleBroken(warpOf([]), [d(1, 1), d(1, 11)], [0, 100]);
    expect(y(d(1, 6))).toBeCloseTo(50);
  });
});

describe('keptStretches', () => {
  it.each([
    ['no breaks', [], [[0, 10]]],
    [
      'one inside',
      [{ from: 3, to: 5, size: 1 }],
      [
        [0, 3],
        [5, 10],
      ],
    ],
    ['one across the start', [{ from: -2, to: 2, size: 1 }], [[2, 10]]],
    ['one past the end', [{ from: 12, to: 20, size: 1 }], [[0, 10]]],
  ])('%s', (_, breaks, kept) => {
    expect(keptStretches(breaks, 0, 10)).toEqual(kept);
  });
});

describe('breakSpan', () => {
  it.each([
    [3, { value: 3, unit: 'day' }],
    [17, { value: 2, unit: 'week' }],
    [36, { value: 5, unit: 'week' }],
    [70, { value: 2, unit: 'month' }],
    [800, { value: 2, unit: 'year' }],
  ])('%i days', (days, span) => {
    expect(breakSpan(days * DAY)).toEqual(span);
  });
});
