import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../src/layout/search';

describe('lowerBound', () => {
  const a = Float64Array.from([1, 3, 3, 3, 7, 9]);
  it.each([
    { x: 0, want: 0, why: 'before everything' },
    { x: 1, want: 0, why: 'equal to the first' },
    { x: 3, want: 1, why: 'the first of equal values' },
    { x: 4, want: 4, why: 'between values' },
    { x: 9, want: 5, why: 'equal to the last' },
    { x: 10, want: 6, why: 'after everything' },
  ])('finds $want for $x ($why)', ({ x, want }) => {
    expect(lowerBound(a, x)).toBe(want);
  });

  it('searches only within [lo, hi)', () => {
    expect(lowerBound(a, 0, 2, 5)).toBe(2);
    expect(lowerBound(a, 100, 2, 5)).toBe(5);
  });

  it('returns 0 for an empty array', () => {
    expect(lowerBound(new Float64Array(0), 5)).toBe(0);
  });
});
