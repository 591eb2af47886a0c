import { describe, expect, it } from 'vitest';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { keepView, nextEventIndex, revealRange, transformForRange } from '../../../src/layout/step';
import { baseScale, HOUR } from '../../../src/layout/time-scale';

const day = (d: number) => Date.UTC(2023, 1, d);

describe('nextEventIndex', () => {
  const five = [1, 2, 3, 4, 5];
  it.each([
    { from: 2, dir: 1 as const, want: 3, why: 'forwards' },
    { from: 2, dir: -1 as const, want: 1, why: 'backwards' },
    { from: 4, dir: 1 as const, want: 4, why: 'stops at the last' },
    { from: 0, dir: -1 as const, want: 0, why: 'stops at the first' },
    { from: -1, dir: 1 as const, want: 0, why: 'from nothing forwards: the first' },
    { from: -1, dir: -1 as const, want: 4, why: 'from nothing backwards: the last' },
  ])('$why', ({ from, dir, want }) => {
    expect(nextEventIndex(five, from, dir)).toBe(want);
  });

  it('is -1 without events', () => {
    expect(nextEventIndex([], -1, 1)).toBe(-1);
  });
});

describe('transformForRange', () => {
  const base = baseScale([{ start: day(1), stop: day(28) }], 1000, 0);

  it.each([
    { t0: day(10), t1: day(12), padding: 0, why: 'two days across the width' },
    { t0: day(1), t1: day(28), padding: 0, why: 'the whole: the identity' },
    { t0: day(5), t1: day(6), padding: 50, why: 'a day, with padding' },
  ])('shows $why', ({ t0, t1, padding }) => {
    const x = transformForRange(t0, t1, base, 1000, { padding }).rescaleX(base);
    expect(x(new Date(t0))).toBeCloseTo(padding, 6);
    expect(x(new Date(t1))).toBeCloseTo(1000 - padding, 6);
  });

  it('shows an instant with an hour around it', () => {
    const t = day(9) + 14 * HOUR;
    const x = transformForRange(t, t, base, 1000).rescaleX(base);
    expect(x(new Date(t))).toBeCloseTo(500, 6);
    expect(x(new Date(t + HOUR / 2))).toBeCloseTo(1000, 6);
  });

  it('keeps k inside the scale extent', () => {
    const t = transformForRange(day(10), day(10) + 60_000, base, 1000, { scaleExtent: [1, 50] });
    expect(t.k).toBe(50);
  });
});

describe('revealRange', () => {
  const base = baseScale([{ start: day(1), stop: day(28) }], 1000, 0);
  const current = zoomIdentity.translate(-2000, 0).scale(5);
  const x = current.rescaleX(base);

  it('keeps the transform when the range is in view', () => {
    const t0 = +x.invert(300);
    expect(revealRange(current, t0, t0 + HOUR, base, 1000)).toBe(current);
  });

  it.each([
    { at: -400, want: 20, why: 'off to the left: pans right' },
    { at: 1500, want: 980, why: 'off to the right: pans left' },
  ])('$why just enough', ({ at, want }) => {
    const t = +x.invert(at);
    const moved = revealRange(current, t, t, base, 1000, { padding: 20 });
    expect(moved.k).toBe(current.k);
    expect(moved.rescaleX(base)(new Date(t))).toBeCloseTo(want, 6);
  });

  it('fits a range wider than the view', () => {
    const moved = revealRange(current, day(1), day(28), base, 1000);
    expect(moved.k).toBeCloseTo(1, 9);
  });
});

describe('keepView', () => {
  const before = baseScale([{ start: day(1), stop: day(28) }], 1000, 0);
  const later = baseScale([{ start: day(1), stop: day(40) }], 1000, 0);
  const earlier = baseScale([{ start: day(-10), stop: day(28) }], 1000, 0);
  const zoomed = transformForRange(day(10), day(12), before, 1000);
  const shown = (t: ZoomTransform, base: typeof before) => {
    const x = t.rescaleX(base);
    return [x.invert(0), x.invert(1000)];
  };

  it.each([
    { after: before, why: 'the same scale: the same transform' },
    { after: later, why: 'a scale reaching later' },
    { after: earlier, why: 'a scale reaching earlier' },
  ])('shows the same days over $why', ({ after }) => {
    const kept = shown(keepView(zoomed, before, after, 1000), after);
    expect(kept[0]).toBeCloseTo(day(10), -3);
    expect(kept[1]).toBeCloseTo(day(12), -3);
  });

  it('keeps the whole view the whole view, new events included', () => {
    expect(keepView(zoomIdentity, before, later, 1000)).toBe(zoomIdentity);
  });

  it('stays within the scale extent, keeping the left edge', () => {
    const kept = keepView(zoomed, before, later, 1000, [1, 10]);
    expect(kept.k).toBe(10);
    expect(shown(kept, later)[0]).toBeCloseTo(day(10), -3);
  });
});
