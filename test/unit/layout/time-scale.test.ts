import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import {
  DAY,
  HOUR,
  baseScale,
  dataExtent,
  domainMs,
  linearOf,
  translateExtent,
  zoomExtent,
} from '../../../src/layout/time-scale';

const span = (start: number, stop: number) => ({ start, stop });
const day = (d: number) => Date.UTC(2023, 1, d);

describe('dataExtent', () => {
  it.each([
    { events: [], want: undefined, why: 'no events' },
    { events: [span(day(1), day(2))], want: [day(1), day(2)], why: 'one event' },
    {
      events: [span(day(1), day(20)), span(day(5), day(6))],
      want: [day(1), day(20)],
      why: 'an early long event ends last',
    },
  ])('is $want for $why', ({ events, want }) => {
    expect(dataExtent(events)).toEqual(want);
  });
});

describe('baseScale', () => {
  it.each([
    { events: [span(day(1), day(11))], padding: 50, from: day(1), to: day(11), why: 'ten days' },
    { events: [span(day(3), day(4))], padding: 0, from: day(3), to: day(4), why: 'a single day' },
    {
      events: [span(day(3) + 14 * HOUR, day(3) + 14 * HOUR + 60_000)],
      padding: 0,
      from: day(3) + 13 * HOUR + 30_000,
      to: day(3) + 15 * HOUR + 30_000,
      why: 'a single minute, widened to two hours around it',
    },
    {
      events: [],
      padding: 0,
      from: Date.UTC(2000, 0, 1),
      to: Date.UTC(2000, 0, 2),
      why: 'no events: a day to draw an axis on',
    },
  ])('maps $why to [padding, width − padding]', ({ events, padding, from, to }) => {
    const x = baseScale(events, 1000, padding);
    expect(x(new Date(from))).toBeCloseTo(padding, 6);
    expect(x(new Date(to))).toBeCloseTo(1000 - padding, 6);
    expect(x.range()).toEqual([0, 1000]);
  });

  it('keeps padding below a quarter of the width', () => {
    const x = baseScale([span(day(1), day(2))], 100, 80);
    expect(x(new Date(day(1)))).toBeCloseTo(25, 6);
  });

  it('returns a new scale each time', () => {
    const events = [span(day(1), day(2))];
    expect(baseScale(events, 100)).not.toBe(baseScale(events, 100));
  });
});

describe('zoomExtent', () => {
  it.each([
    { ms: 10 * DAY, options: {}, want: [1, 240], why: 'ten days: down to an hour' },
    { ms: HOUR / 2, options: {}, want: [1, 1], why: 'less than an hour: no zoom' },
    { ms: DAY, options: { minVisibleMs: 6 * HOUR }, want: [1, 4], why: 'a custom limit' },
  ])('is $want for $why', ({ ms, options, want }) => {
    expect(zoomExtent(ms, options)).toEqual(want);
  });
});

describe('translateExtent', () => {
  it("is the base scale's range in x, unbounded in y", () => {
    const x = baseScale([span(day(1), day(2))], 640);
    expect(translateExtent(x)).toEqual([
      [0, -Infinity],
      [640, Infinity],
    ]);
  });
});

describe('linearOf', () => {
  it.each([1, 7.5, 3000])('matches the scale zoomed by %s', (k) => {
    const base = baseScale([span(day(1), day(28))], 1200);
    const x = zoomIdentity
      .translate(-300 * k, 0)
      .scale(k)
      .rescaleX(base);
    const { offset, pxPerMs } = linearOf(x);
    for (const t of [day(1), day(9) + 5 * HOUR, day(28)]) {
      expect(offset + t * pxPerMs).toBeCloseTo(x(new Date(t)), 4);
    }
    expect(domainMs(x)).toBeCloseTo(domainMs(base) / k, 0);
  });
});
