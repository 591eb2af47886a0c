import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { generateTimeline } from '../../support/generate';
import { clusterEvents } from '../../../src/layout/clusters';
import {
  indexTimeline,
  isSpan,
  layoutTimeline,
  type LayoutOptions,
} from '../../../src/layout/layout';
import { baseScale, domainMs, zoomExtent } from '../../../src/layout/time-scale';
import type { LayoutItem, TimelineIndex } from '../../../src/layout/types';
import type { TimelineEvent } from '../../../src/format/types';
import { timeline } from './fixtures';

// Timing sanity, measured by hand and not asserted (2 shared vCPUs, node 20, 1200 px, defaults):
// with 100,000 generated events, a pan frame of layoutTimeline takes a median 0.06–0.09 ms
// (p95 0.2–0.3 ms); a frame that crosses a √2 zoom level and packs the pieces around the view
// p95 1–3 ms; indexTimeline 90–130 ms and the first layout ~25 ms, once per timeline. With
// 10,000 events: pan median 0.06 ms, level crossings p95 0.5–1 ms, indexTimeline ~20 ms.
const WIDTH = 1200;
const MARGIN = 200;
const OPTIONS: LayoutOptions = { width: WIDTH, margin: MARGIN };

function eventsOf(index: TimelineIndex, item: LayoutItem): TimelineEvent[] {
  return item.kind === 'event' ? [item.event] : clusterEvents(index, item);
}

/**
 * Lays out `index` with the base zoomed by `k` (at most the deepest zoom) around the fraction
 * `at` of the width, then panned left by `pan` px.
 */
function frame(index: TimelineIndex, k: number, at: number, pan = 0) {
  const base = baseScale(index.events, WIDTH);
  const kk = Math.min(k, zoomExtent(domainMs(base))[1]);
  const transform = zoomIdentity.translate(WIDTH / 2 - kk * at * WIDTH - pan, 0).scale(kk);
  const scale = transform.rescaleX(base);
  return { scale, layout: layoutTimeline(index, scale, OPTIONS) };
}

const cases = [500, 10_000].flatMap((n) => {
  const index = indexTimeline(generateTimeline(n, { seed: n }));
  return [1, 3, 20, 150, 1500, Infinity].flatMap((k) =>
    [0.02, 0.5, 0.97].map((at) => ({ n, k, at, index })),
  );
});

describe('layoutTimeline on generated timelines', () => {
  it.each(cases)('n=$n k=$k at=$at: marks in a row never overlap', ({ index, k, at }) => {
    const { items } = frame(index, k, at).layout;
    const rows = new Map<string, LayoutItem[]>();
    for (const item of items) {
      const key = `${item.lane}/${item.row}`;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    for (const row of rows.values()) {
      row.sort((a, b) => a.x - b.x);
      for (let i = 1; i < row.length; i++) {
        expect(row[i - 1]!.x + row[i - 1]!.width).toBeLessThanOrEqual(row[i]!.x + 1e-6);
      }
    }
  });

  it.each(cases)(
    'n=$n k=$k at=$at: every event in view is in exactly one mark, the counts add up',
    ({ index, k, at }) => {
      const { scale, layout } = frame(index, k, at);
      const x = (t: number) => scale(new Date(t));
      const left = -MARGIN;
      const right = WIDTH + MARGIN;
      const inView = (e: TimelineEvent) =>
        isSpan(e)
          ? x(e.start) < right && x(e.stop) > left
          : x(e.start) >= left && x(e.start) < right;

      const seen = new Map<number, LayoutItem>();
      let counted = 0;
      for (const item of layout.items) {
        const members = eventsOf(index, item);
        counted += item.kind === 'event' ? 1 : item.count;
        expect(members).toHaveLength(item.kind === 'event' ? 1 : item.count);
        for (const e of members) {
          expect(seen.has(e.index)).toBe(false);
          seen.set(e.index, item);
          expect(index.laneOf[e.index]).toBe(item.lane);
        }
      }
      expect(counted).toBe(seen.size);
      const expected = index.events.filter(inView);
      for (const e of expected) expect(seen.has(e.index)).toBe(true);
      // Anything more comes from a mark across the edge of the view.
      for (const [i, item] of seen) {
        if (!inView(index.events[i]!)) {
          expect(item.x < left || item.x + item.width > right).toBe(true);
        }
      }
    },
  );

  it.each(cases)('n=$n k=$k at=$at: every mark reaches into the view', ({ index, k, at }) => {
    for (const item of frame(index, k, at).layout.items) {
      expect(item.x).toBeLessThan(WIDTH + MARGIN);
      expect(item.x + item.width).toBeGreaterThanOrEqual(-MARGIN);
    }
  });

  it.each(cases)('n=$n k=$k at=$at: the number of marks stays bounded', ({ index, k, at }) => {
    expect(frame(index, k, at).layout.items.length).toBeLessThanOrEqual(400);
  });

  it.each(cases.filter((c) => c.k > 1))(
    'n=$n k=$k at=$at: a pan moves marks without repacking them',
    ({ index, k, at }) => {
      const a = frame(index, k, at).layout.items;
      const b = frame(index, k, at, 250).layout.items;
      const byKey = new Map(b.map((item) => [item.key, item]));
      let shared = 0;
      for (const item of a) {
        const moved = byKey.get(item.key);
        if (!moved) continue;
        shared++;
        expect(moved.row).toBe(item.row);
        expect(moved.kind === 'cluster' ? moved.count : 1).toBe(
          item.kind === 'cluster' ? item.count : 1,
        );
        expect(moved.x).toBeCloseTo(item.x - 250, 3);
      }
      expect(shared).toBeGreaterThan(0);
    },
  );
});

describe('layoutTimeline', () => {
  const seed = timeline(
    [
      { id: 'jan', date: '2023-01', groups: ['nato'] },
      { id: 'feb19a', date: '2023-02-19', groups: ['us'] },
      { id: 'feb19b', date: '2023-02-19', groups: ['us'] },
      { id: 'feb19c', date: '2023-02-19T14:30Z', groups: ['us', 'nato'] },
      { id: 'feb21', date: '2023-02-21', groups: ['nato', 'us'] },
      { id: 'photo', date: '2022' },
    ],
    ['nato', 'us', 'china'],
  );
  const index = indexTimeline(seed);
  const base = baseScale(index.events, WIDTH);
  const whole = layoutTimeline(index, base, OPTIONS);

  it('gives one lane per group with events, in file order, then Other', () => {
    expect(whole.lanes.map((l) => [l.id, l.label, l.y, l.height])).toEqual([
      ['nato', 'NATO', 0, 100],
      ['us', 'US', 100, 100],
      ['', 'Other', 200, 100],
    ]);
    expect(whole.height).toBe(300);
  });

  it('shows every event of a small timeline on its own when zoomed in to it', () => {
    const febScale = zoomIdentity
      .translate(-base(new Date('2023-02-18')) * 40, 0)
      .scale(40)
      .rescaleX(base);
    const keys = layoutTimeline(index, febScale, OPTIONS).items.map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['feb19a', 'feb19b', 'feb19c', 'feb21']));
  });

  it('stacks same-day events in rows from the top', () => {
    const us = whole.items.filter((i) => i.lane === 1);
    expect(us.map((i) => [i.kind === 'event' ? i.event.id : i.key, i.row])).toEqual([
      ['feb19a', 0],
      ['feb19b', 1],
      ['feb19c', 2],
    ]);
  });

  it('draws a month or year as a bar in the bottom rows, a day as a point', () => {
    const jan = whole.items.find((i) => i.key === 'jan')!;
    const feb21 = whole.items.find((i) => i.key === 'feb21')!;
    expect(jan.row).toBe(3);
    expect(jan.bar).toBeCloseTo(base(new Date('2023-02-01')) - base(new Date('2023-01-01')), 6);
    expect(feb21.bar).toBe(0);
    expect(feb21.width).toBeGreaterThan(0);
    expect(jan.y).toBe(3 * 24);
  });

  it('puts overflow into a cluster in the last point row, counting every event', () => {
    const crowded = timeline(
      Array.from({ length: 9 }, (_, i) => ({ date: '2023-02-19', title: `Same day ${i}` })),
    );
    const ix = indexTimeline(crowded);
    const { items } = layoutTimeline(ix, baseScale(ix.events, WIDTH), OPTIONS);
    expect(items.map((i) => [i.kind, i.row, i.kind === 'cluster' ? i.count : 1])).toEqual(
      [
        ['event', 0],
        ['event', 1],
        ['event', 2],
        ['cluster', 3, 6],
      ].map(([kind, row, count]) => [kind, row, count ?? 1]),
    );
    const cluster = items[3]!;
    expect(cluster.kind === 'cluster' && clusterEvents(ix, cluster).map((e) => e.title)).toEqual([
      'Same day 3',
      'Same day 4',
      'Same day 5',
      'Same day 6',
      'Same day 7',
      'Same day 8',
    ]);
  });

  it('gives a cluster the time its events cover, to zoom to', () => {
    // Two rows: the day and 10:00 share the first, 10:01 takes the second, 10:02 joins it.
    const crowded = timeline([
      { date: '2023-02-19T10:00Z' },
      { date: '2023-02-19T10:01Z' },
      { date: '2023-02-19T10:02:30Z' },
      { date: '2023-02-19' },
    ]);
    const ix = indexTimeline(crowded);
    const { items } = layoutTimeline(ix, baseScale(ix.events, WIDTH, 24), {
      ...OPTIONS,
      laneHeight: 48,
    });
    const cluster = items.find((i) => i.kind === 'cluster');
    expect(
      cluster && cluster.kind === 'cluster' && [cluster.count, cluster.start, cluster.stop],
    ).toEqual([2, Date.UTC(2023, 1, 19, 10, 1), Date.UTC(2023, 1, 19, 10, 2, 31)]);
  });

  it('returns nothing but lanes and ticks for an empty timeline', () => {
    const ix = indexTimeline(timeline([]));
    const layout = layoutTimeline(ix, baseScale([], WIDTH), OPTIONS);
    expect([layout.items, layout.lanes, layout.height]).toEqual([[], [], 0]);
    expect(layout.ticks.length).toBeGreaterThan(0);
  });

  it('fails loudly when a lane has no room for two rows', () => {
    expect(() => layoutTimeline(index, base, { ...OPTIONS, laneHeight: 30 })).toThrow(RangeError);
  });

  it('keys clusters apart from the events they start with', () => {
    const keys = whole.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
