import { describe, expect, it } from 'vitest';
import {
  CHUNK_PX,
  clusterCount,
  clusterEnds,
  clusterEvents,
  clusterHas,
  levelPxPerMs,
  piecesInView,
  zoomLevel,
  type PackingOptions,
} from '../../../src/layout/clusters';
import { indexTimeline } from '../../../src/layout/layout';
import type { ClusterItem } from '../../../src/layout/types';
import { timeline } from './fixtures';

const HOUR = 3_600_000;
const OPTIONS: PackingOptions = {
  rows: 4,
  gap: 4,
  clusterWidth: 32,
  minLabelWidth: 24,
  maxLabelWidth: 240,
  measure: () => 100,
};

describe('zoomLevel', () => {
  it.each([
    { pxPerMs: 1, want: 0 },
    { pxPerMs: Math.SQRT2, want: 1 },
    { pxPerMs: 1.5, want: 1 },
    { pxPerMs: 2, want: 2 },
    { pxPerMs: 0.7, want: -2 },
    { pxPerMs: 1200 / (10 * 365 * 24 * HOUR), want: -56 },
  ])('of $pxPerMs px/ms is $want', ({ pxPerMs, want }) => {
    expect(zoomLevel(pxPerMs)).toBe(want);
  });

  it.each([1e-9, 3.3e-7, 0.001, 0.9, 5])(
    'rounds %s down to a power of √2: its level is clear at that zoom',
    (pxPerMs) => {
      const level = zoomLevel(pxPerMs);
      expect(levelPxPerMs(level)).toBeLessThanOrEqual(pxPerMs * (1 + 1e-12));
      expect(levelPxPerMs(level + 1)).toBeGreaterThan(pxPerMs);
    },
  );
});

describe('piecesInView', () => {
  // An event every 10 minutes for two days: at 1 px a minute, far too dense for clean cuts.
  const dense = indexTimeline(
    timeline(
      Array.from({ length: 288 }, (_, i) => ({
        date: new Date(Date.UTC(2023, 1, 19) + i * 600_000).toISOString().slice(0, 16) + 'Z',
      })),
    ),
  );
  const level = zoomLevel(1 / 60_000);
  const t0 = Date.UTC(2023, 1, 19, 6);

  it('reuses the packed pieces when the view pans', () => {
    const a = piecesInView(dense, level, t0, t0 + 20 * 60_000, OPTIONS)[0]!;
    const b = piecesInView(dense, level, t0 + 600_000, t0 + 30 * 60_000, OPTIONS)[0]!;
    expect(a.length).toBeGreaterThan(0);
    for (const piece of a) {
      if (b.some((p) => p.rows[0]!.firsts[0] === piece.rows[0]!.firsts[0])) {
        expect(b).toContain(piece);
      }
    }
  });

  it(`cuts a dense stretch every ${CHUNK_PX} level px, shortening labels there`, () => {
    const pieces = piecesInView(dense, level, t0, t0 + 2 * CHUNK_PX * 60_000, OPTIONS)[0]!;
    const fixed = pieces.flatMap((p) => p.rows.flatMap((r) => [...r.fixed.slice(0, r.length)]));
    expect(fixed.some((w) => w < 100 && w !== 32)).toBe(true);
  });

  it('cuts sparse events only where nothing reaches across', () => {
    const sparse = indexTimeline(
      timeline(Array.from({ length: 40 }, (_, i) => ({ date: `2023-02-${10 + (i % 19)}` }))),
    );
    const sparseLevel = zoomLevel(1 / HOUR);
    const feb = [Date.UTC(2023, 1), Date.UTC(2023, 2)] as const;
    const pieces = piecesInView(sparse, sparseLevel, ...feb, OPTIONS)[0]!;
    const fixed = pieces.flatMap((p) => p.rows.flatMap((r) => [...r.fixed.slice(0, r.length)]));
    expect(fixed.every((w) => w === 100 || w === 32)).toBe(true);
  });

  it('puts spans in rows below the points', () => {
    const mixed = indexTimeline(
      timeline([{ date: '2023-02-19' }, { date: '2023-02' }, { date: '2023-01' }]),
    );
    const feb = [Date.UTC(2023, 1), Date.UTC(2023, 2)] as const;
    const pieces = piecesInView(mixed, zoomLevel(1 / HOUR), ...feb, OPTIONS)[0]!;
    expect(pieces.map((p) => [p.firstRow, p.rows.length])).toEqual([
      [0, 3],
      [3, 1],
    ]);
  });
});

// Lane positions: points a, b, c at 0–2, the span at 3; the cluster holds span, a and c.
const fourEvents = indexTimeline(
  timeline([
    { date: '2023-02-19', title: 'a' },
    { date: '2023-02', title: 'span' },
    { date: '2023-02-20', title: 'b' },
    { date: '2023-02-21', title: 'c' },
  ]),
);
const threeOfThem = { lane: 0, ranges: [3, 4, 0, 1, 2, 3] } as unknown as ClusterItem;

describe('clusterEvents', () => {
  it('lists the events of every range, in time order', () => {
    expect(clusterEvents(fourEvents, threeOfThem).map((e) => e.title)).toEqual(['span', 'a', 'c']);
  });
});

describe('clusterEnds and clusterHas', () => {
  const listed = clusterEvents(fourEvents, threeOfThem);

  it('gives the first and last of the listed events without listing them', () => {
    expect(clusterEnds(fourEvents, threeOfThem)).toEqual([listed[0], listed[listed.length - 1]]);
  });

  it('says which events a cluster stands for', () => {
    const members = new Set(listed);
    fourEvents.events.forEach((event, i) => {
      expect(clusterHas(fourEvents, threeOfThem, i)).toBe(members.has(event));
    });
  });
});

describe('clusterCount', () => {
  // Positions as above: a 0, b 1, c 2, the span 3; the cluster holds the span, a and c.
  const at = (title: string) => fourEvents.events.findIndex((e) => e.title === title);
  it.each([
    { marked: [], want: 0 },
    { marked: ['a'], want: 1 },
    { marked: ['b'], want: 0 },
    { marked: ['a', 'c', 'span'], want: 3 },
    { marked: ['b', 'c'], want: 1 },
  ])('counts $want of $marked', ({ marked, want }) => {
    expect(clusterCount(fourEvents, threeOfThem, marked.map(at))).toBe(want);
  });

  it('counts only its own lane, and ignores indices it does not know', () => {
    const otherLane = { ...threeOfThem, lane: 1 } as ClusterItem;
    expect(clusterCount(fourEvents, otherLane, [at('a'), at('c')])).toBe(0);
    expect(clusterCount(fourEvents, threeOfThem, [-1, 99, NaN])).toBe(0);
  });
});
