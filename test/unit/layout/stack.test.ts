import { describe, expect, it } from 'vitest';
import { indexTimeline } from '../../../src/layout/layout';
import { packRun, type Row } from '../../../src/layout/stack';
import { timeline, type EventSpec } from './fixtures';

const HOUR = 3_600_000;
/** 1 px per hour: a day is 24 px. */
const PX_PER_MS = 1 / HOUR;

function pack(specs: EventSpec[], rows: number, label = 30, clip = Infinity) {
  const index = indexTimeline(timeline(specs));
  const lane = index.lanes[0]!;
  const spans = lane.spansFrom === 0;
  const [from, to] = spans ? [0, lane.starts.length] : [0, lane.spansFrom];
  const packed = packRun(lane, from, to, clip, {
    rows,
    pxPerMs: PX_PER_MS,
    gap: 2,
    clusterWidth: 20,
    labelWidth: () => label,
  });
  return { lane, packed };
}

/** Each row as [first event's title, count] per mark. */
const summary = (rows: Row[], titles: (p: number) => string) =>
  rows.map((row) =>
    Array.from({ length: row.length }, (_, i) => [titles(row.firsts[i]!), row.counts[i]!]),
  );

describe('packRun', () => {
  it.each([
    {
      why: 'same-day points stack from the top row',
      specs: ['2023-02-19', '2023-02-19', '2023-02-19'],
      rows: 4,
      want: [[['0', 1]], [['1', 1]], [['2', 1]], []],
    },
    {
      why: 'a point frees its row a label and a gap later',
      // Labels 30 px = 30 h: the 20th (+24 h) collides, the 21st (+48 h) fits.
      specs: ['2023-02-19', '2023-02-20', '2023-02-21'],
      rows: 4,
      want: [
        [
          ['0', 1],
          ['2', 1],
        ],
        [['1', 1]],
        [],
        [],
      ],
    },
    {
      why: 'what fits no row joins the last mark of the last row',
      specs: ['2023-02-19', '2023-02-19', '2023-02-19', '2023-02-19', '2023-02-19'],
      rows: 2,
      want: [[['0', 1]], [['1', 4]]],
    },
  ])('$why', ({ specs, rows, want }) => {
    const { lane, packed } = pack(
      specs.map((date, i) => ({ date, title: String(i) })),
      rows,
    );
    expect(summary(packed, (p) => String(lane.events[p]))).toEqual(want);
  });

  it('gives a span the room of its period, or of its label if wider', () => {
    // February (672 px) blocks the top row all month; two-day spans (48 px) follow each other
    // below, the second four days (96 px) after the first, which its 30 px label does not reach.
    const { packed } = pack(
      [
        { date: '2023-02' },
        { date: '2023-02-10', end: '2023-02-11' },
        { date: '2023-02-14', end: '2023-02-15' },
      ],
      2,
    );
    expect(packed.map((r) => r.length)).toEqual([1, 2]);
    expect(packed[0]!.ends[0]).toBe(Date.UTC(2023, 2, 1));
  });

  it('keeps what a cluster covers: its events, their latest stop, the spread of its body', () => {
    const { lane, packed } = pack(
      [{ date: '2023-02-19T10:00Z' }, { date: '2023-02-19T10:00Z' }, { date: '2023-02-19T11:00Z' }],
      1,
    );
    const row = packed[0]!;
    expect(row.length).toBe(1);
    expect(row.counts[0]).toBe(3);
    expect(row.ranges.get(0)).toEqual([0, 3]);
    expect(row.starts[0]).toBe(Date.UTC(2023, 1, 19, 10));
    expect(row.ends[0]).toBe(Date.UTC(2023, 1, 19, 11));
    expect(row.stops[0]).toBe(Date.UTC(2023, 1, 19, 11, 1));
    expect(row.fixed[0]).toBe(20);
    expect(lane.events.length).toBe(3);
  });

  it('ends marks a gap before a forced cut, shortening their labels', () => {
    const clip = Date.UTC(2023, 1, 19, 20);
    const { packed } = pack([{ date: '2023-02-19' }, { date: '2023-02-19T19:59Z' }], 2, 30, clip);
    expect([packed[0]!.fixed[0], packed[1]!.fixed[0]]).toEqual([18, 0]);
  });
});
