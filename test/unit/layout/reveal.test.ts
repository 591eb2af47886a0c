import { describe, expect, it } from 'vitest';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { revealTransform } from '../../../src/layout/reveal';
import { baseScale } from '../../../src/layout/time-scale';

const day = (d: number) => Date.UTC(2023, 1, d);
const base = baseScale([{ start: day(1), stop: day(28) }], 1000, 24);
const event = (d: number) => ({ start: day(d), stop: day(d + 1) });
const extent = [1, 64] as const;
const always = () => true;

describe('revealTransform', () => {
  it.each([
    ['at the left edge, in view', 1],
    ['in the middle', 14],
    ['at the right edge, in view', 27],
  ])('moves nothing for an event %s with its own mark', (_, d) => {
    const t = revealTransform(zoomIdentity, event(d), base, 1000, {
      scaleExtent: extent,
      hasOwnMark: always,
    });
    expect(t).toBe(zoomIdentity);
  });

  it('pans an event out of view into view, with padding', () => {
    const zoomed = zoomIdentity.translate(-3000, 0).scale(4);
    const t = revealTransform(zoomed, event(2), base, 1000, {
      scaleExtent: extent,
      hasOwnMark: always,
    });
    expect(t.k).toBe(4);
    expect(t.applyX(base(day(2)))).toBeGreaterThanOrEqual(48 - 1e-6);
  });

  it('zooms in ×2 at a time until the event has its own mark', () => {
    const seen: number[] = [];
    const ownAt8 = (t: ZoomTransform) => (seen.push(t.k), t.k >= 8);
    const t = revealTransform(zoomIdentity, event(14), base, 1000, {
      scaleExtent: extent,
      hasOwnMark: ownAt8,
    });
    expect(t.k).toBe(8);
    expect(seen).toEqual([1, 1, 2, 4, 8]);
  });

  it('stops at the deepest zoom the data allows', () => {
    const t = revealTransform(zoomIdentity, event(14), base, 1000, {
      scaleExtent: [1, 5],
      hasOwnMark: () => false,
    });
    expect(t.k).toBe(5);
  });
});
