import { describe, expect, it } from 'vitest';
import { generateTimeline, mulberry32 } from '../../support/generate';

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mulberry32(43)()).not.toBe(values[0]);
  });
});

describe('generateTimeline', () => {
  const t = generateTimeline(2000, { seed: 5 });

  it('is the same for the same seed', () => {
    expect(generateTimeline(50, { seed: 9 })).toEqual(generateTimeline(50, { seed: 9 }));
    expect(generateTimeline(50, { seed: 9 })).not.toEqual(generateTimeline(50, { seed: 10 }));
  });

  it('sorts events by start, indexes them and keeps ids unique', () => {
    expect(t.events).toHaveLength(2000);
    t.events.forEach((e, i) => {
      expect(e.index).toBe(i);
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual(t.events[i - 1]!.start);
    });
    expect(new Set(t.events.map((e) => e.id)).size).toBe(2000);
  });

  it('spans ten years from the first year', () => {
    const first = Math.min(...t.events.map((e) => e.start));
    const last = Math.max(...t.events.map((e) => e.start));
    expect(first).toBeGreaterThanOrEqual(Date.UTC(2015, 0, 1));
    expect(last).toBeLessThan(Date.UTC(2025, 0, 1));
    expect(last - first).toBeGreaterThan(9 * 365 * 86_400_000);
  });

  it('mixes precisions, ranges, groups and shared days', () => {
    const share = (f: (e: (typeof t.events)[number]) => boolean) =>
      t.events.filter(f).length / t.events.length;
    for (const precision of ['year', 'month', 'day', 'minute', 'second']) {
      expect(share((e) => e.precision === precision)).toBeGreaterThan(0.01);
    }
    expect(share((e) => e.end !== undefined)).toBeGreaterThan(0.01);
    expect(share((e) => e.groups.length === 0)).toBeGreaterThan(0.1);
    expect(share((e) => e.groups.length === 2)).toBeGreaterThan(0.05);
    const days = new Map<number, number>();
    for (const e of t.events) {
      const d = Math.floor(e.start / 86_400_000);
      days.set(d, (days.get(d) ?? 0) + 1);
    }
    const sharing = [...days.values()].filter((n) => n > 1).reduce((a, n) => a + n, 0);
    expect(sharing / t.events.length).toBeGreaterThan(0.1);
  });

  it('builds dates the way the parser does', () => {
    for (const e of t.events.slice(0, 50)) {
      expect(e.start).toBe(e.date.start);
      expect(e.stop).toBe((e.end ?? e.date).end);
      expect(e.stop).toBeGreaterThan(e.start);
    }
  });
});
