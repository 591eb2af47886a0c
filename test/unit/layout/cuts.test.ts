import { describe, expect, it } from 'vitest';
import { cutSlack, cutThreshold } from '../../../src/layout/cuts';

describe('cutSlack', () => {
  // Points: ends are starts. Widest mark 96 px, gap 4 px: a cut needs 100 px before it.
  it.each([
    { starts: [0, 100, 150], want: [Infinity, 1, 0.5], why: 'the gap over 100 px' },
    { starts: [0, 0, 300], want: [Infinity, 0, 3], why: 'equal starts never cut' },
  ])('of points is $want: $why', ({ starts, want }) => {
    expect([...cutSlack(starts, starts, 0, starts.length, 96, 4)]).toEqual(want);
  });

  it('of spans also waits for every earlier body to end', () => {
    // The first span runs to 1000; the second starts at 500 (inside it), the third at 1200.
    const starts = [0, 500, 1200];
    const ends = [1000, 600, 1300];
    // The third clears every body by 200 ms (slack 50) but the second's label by 700 (slack 7).
    expect([...cutSlack(starts, ends, 0, 3, 96, 4)]).toEqual([Infinity, -125, 7]);
  });

  it('looks only at [from, to)', () => {
    expect([...cutSlack([0, 100, 150, 400], [0, 100, 150, 400], 1, 3, 96, 4)]).toEqual([
      Infinity,
      0.5,
    ]);
  });

  it('without a gap needs only the bodies clear', () => {
    expect([...cutSlack([0, 10], [20, 30], 0, 2, 10, 0)]).toEqual([Infinity, -Infinity]);
    expect([...cutSlack([0, 30], [20, 40], 0, 2, 10, 0)]).toEqual([Infinity, 3]);
  });
});

describe('cutThreshold', () => {
  it('is 1 / pxPerMs, rounded up a hair', () => {
    expect(cutThreshold(0.5)).toBeGreaterThan(2);
    expect(cutThreshold(0.5)).toBeLessThan(2.000001);
  });
});
