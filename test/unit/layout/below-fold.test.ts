import { describe, expect, it } from 'vitest';
import { countBelow, PEEK_PX } from '../../../src/layout/below-fold';

// Items 70 px apart starting at 100; the box's fold at 500.
const tops = [100, 170, 240, 310, 380, 450, 520, 590];

describe('countBelow', () => {
  it.each([
    ['nothing rendered', [], 500, 0, 0],
    ['nothing rendered, more to come', [], 500, 5, 5],
    ['every item above the fold', tops, 2000, 0, 0],
    ['every item below the fold', tops, 50, 0, 8],
    // 450 starts 50 px above the fold: its title shows; 520 and 590 do not.
    ['the two past the fold', tops, 500, 0, 2],
    ['plus a page not rendered yet', tops, 500, 100, 102],
    // A top exactly PEEK_PX above the fold counts as below (its row is cut), one px more does not.
    ['a top at the peek line', tops, 450 + PEEK_PX, 0, 3],
    ['a top one px above the peek line', tops, 450 + PEEK_PX + 1, 0, 2],
    ['a negative unrendered count is none', tops, 500, -3, 2],
  ])('%s', (_, list, fold, unrendered, want) => {
    const tops = list as number[];
    expect(countBelow(tops.length, (i) => tops[i]!, fold as number, unrendered as number)).toBe(
      want,
    );
  });

  it('agrees with a linear count on a long list', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i * 37);
    for (const fold of [0, 1, 500, 12_345, 36_963, 40_000]) {
      const linear = long.filter((t) => t >= fold - PEEK_PX).length;
      let reads = 0;
      const top = (i: number) => (reads++, long[i]!);
      expect(countBelow(long.length, top, fold)).toBe(linear);
      // A binary search: about log2(1000) reads, not a thousand.
      expect(reads).toBeLessThanOrEqual(11);
    }
  });
});
