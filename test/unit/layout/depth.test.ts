import { describe, expect, it } from 'vitest';
import { maxOverlap } from '../../../src/layout/depth';

describe('maxOverlap', () => {
  it.each([
    { starts: [], stops: [], want: 0, why: 'nothing' },
    { starts: [0], stops: [5], want: 1, why: 'one interval' },
    { starts: [0, 5], stops: [5, 9], want: 1, why: 'touching intervals (stops are exclusive)' },
    { starts: [0, 1, 2], stops: [10, 3, 4], want: 3, why: 'nested and overlapping' },
    { starts: [0, 1, 6, 7], stops: [5, 5, 9, 9], want: 2, why: 'two pairs' },
  ])('is $want for $why', ({ starts, stops, want }) => {
    expect(maxOverlap(starts, stops)).toBe(want);
  });
});
