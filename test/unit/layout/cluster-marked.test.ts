import { describe, expect, it } from 'vitest';
import { markedInClusters } from '../../../src/layout/cluster-marked';
import { indexTimeline, layoutTimeline } from '../../../src/layout/layout';
import { baseScale } from '../../../src/layout/time-scale';
import type { ClusterItem, EventItem, LayoutItem } from '../../../src/layout/types';
import { timeline } from './fixtures';

// Two lanes. Lane positions of `nato`: a 0, b 1, c 2, the span 3; of `us`: d 0, e 1.
const index = indexTimeline(
  timeline(
    [
      { id: 'a', date: '2023-02-19', groups: ['nato'] },
      { id: 'span', date: '2023-02', groups: ['nato'] },
      { id: 'b', date: '2023-02-20', groups: ['nato'] },
      { id: 'c', date: '2023-02-21', groups: ['nato'] },
      { id: 'd', date: '2023-02-20', groups: ['us'] },
      { id: 'e', date: '2023-02-22', groups: ['us'] },
    ],
    ['nato', 'us'],
  ),
);
const at = (id: string) => index.events.findIndex((e) => e.id === id);
const cluster = (key: string, lane: number, ranges: number[]) =>
  ({ kind: 'cluster', key, lane, ranges, count: 0 }) as unknown as ClusterItem;
const single = (id: string) =>
  ({
    kind: 'event',
    key: id,
    lane: index.laneOf[at(id)],
    event: index.events[at(id)],
  }) as EventItem;

// In `nato`: one cluster of a and c (positions 0 and 2), one of the span and b (3 and 1).
const items: LayoutItem[] = [
  cluster('cluster:a', 0, [0, 1, 2, 3]),
  cluster('cluster:span', 0, [3, 4, 1, 2]),
  cluster('cluster:d', 1, [0, 1]),
  single('e'),
];

describe('markedInClusters', () => {
  it.each([
    { marked: [], want: {} },
    { marked: ['a'], want: { 'cluster:a': 1 } },
    { marked: ['a', 'c'], want: { 'cluster:a': 2 } },
    { marked: ['b', 'span', 'c'], want: { 'cluster:a': 1, 'cluster:span': 2 } },
    // The same position in another lane is another event.
    { marked: ['d'], want: { 'cluster:d': 1 } },
    // e has a mark of its own.
    { marked: ['e'], want: {} },
    { marked: ['e', 'd', 'a'], want: { 'cluster:a': 1, 'cluster:d': 1 } },
  ])('counts $marked as $want', ({ marked, want }) => {
    const counts = markedInClusters(index, items, marked.map(at));
    expect(Object.fromEntries(counts)).toEqual(want);
  });

  it('ignores indices it does not know, and a lane without clusters', () => {
    const without = items.filter((i) => i.key !== 'cluster:d');
    expect(markedInClusters(index, without, [at('e'), at('d'), -1, 99, NaN]).size).toBe(0);
  });

  it('finds new events in the clusters a real layout makes', () => {
    // Forty events an hour apart in one lane, two days on a 300 px chart: they must cluster.
    const dense = indexTimeline(
      timeline(
        Array.from({ length: 40 }, (_, i) => ({
          id: `n${i}`,
          date: new Date(Date.UTC(2023, 1, 19) + i * 3_600_000).toISOString().slice(0, 16) + 'Z',
        })),
      ),
    );
    const x = baseScale(dense.events, 300, 24);
    const { items: laid } = layoutTimeline(dense, x, { width: 300, rowHeight: 30 });
    const clusters = laid.filter((i) => i.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    const counts = markedInClusters(dense, laid, [5, 6, 7]);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const alone = laid.filter((i) => i.kind === 'event' && [5, 6, 7].includes(i.event.index));
    expect(total + alone.length).toBe(3);
    for (const key of counts.keys()) expect(clusters.some((c) => c.key === key)).toBe(true);
  });
});
