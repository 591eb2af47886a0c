import { describe, expect, it } from 'vitest';
import { firstAtLeast, lastAtLeast, maxTreeOf, rangeMax } from '../../../src/layout/max-tree';
import { mulberry32 } from '../../support/generate';

describe('maxTreeOf', () => {
  const values = [5, 1, 4, 1, 5, 9, 2, 6, 5];
  const tree = maxTreeOf(values);

  it.each([
    { lo: 0, hi: 9, want: 9 },
    { lo: 0, hi: 5, want: 5 },
    { lo: 1, hi: 4, want: 4 },
    { lo: 6, hi: 7, want: 2 },
    { lo: 3, hi: 3, want: -Infinity },
  ])('rangeMax [$lo, $hi) is $want', ({ lo, hi, want }) => {
    expect(rangeMax(tree, lo, hi)).toBe(want);
  });

  it.each([
    { p: 8, min: 6, want: 7, why: 'the nearest on the left' },
    { p: 4, min: 5, want: 4, why: 'the position itself' },
    { p: 3, min: 6, want: -1, why: 'none' },
    { p: 100, min: 9, want: 5, why: 'a position past the end' },
    { p: -1, min: 0, want: -1, why: 'a position before the start' },
  ])('lastAtLeast($p, $min) is $want ($why)', ({ p, min, want }) => {
    expect(lastAtLeast(tree, p, min)).toBe(want);
  });

  it.each([
    { p: 0, min: 6, want: 5, why: 'the nearest on the right' },
    { p: 4, min: 5, want: 4, why: 'the position itself' },
    { p: 6, min: 7, want: 9, why: 'none: the length' },
    { p: -3, min: 5, want: 0, why: 'a position before the start' },
  ])('firstAtLeast($p, $min) is $want ($why)', ({ p, min, want }) => {
    expect(firstAtLeast(tree, p, min)).toBe(want);
  });

  it('agrees with a scan on random data', () => {
    const random = mulberry32(7);
    for (let n = 1; n < 70; n += 3) {
      const v = Array.from({ length: n }, () => Math.floor(random() * 20));
      const t = maxTreeOf(v);
      for (let k = 0; k < 40; k++) {
        const p = Math.floor(random() * (n + 2)) - 1;
        const min = Math.floor(random() * 22);
        const hits = v.flatMap((x, i) => (x >= min ? [i] : []));
        const last = hits.filter((i) => i <= p).at(-1) ?? -1;
        const first = hits.find((i) => i >= p) ?? n;
        expect(lastAtLeast(t, p, min)).toBe(last);
        expect(firstAtLeast(t, p, min)).toBe(first);
        const lo = Math.floor(random() * n);
        const hi = lo + Math.floor(random() * (n - lo + 1));
        expect(rangeMax(t, lo, hi)).toBe(Math.max(-Infinity, ...v.slice(lo, hi)));
      }
    }
  });
});
