import { describe, expect, it } from 'vitest';
import { indexTimeline, isSpan } from '../../../src/layout/index-timeline';
import { rangeMax } from '../../../src/layout/max-tree';
import { event, timeline } from './fixtures';

describe('isSpan', () => {
  it.each([
    { spec: { date: '2023' }, want: true, why: 'a year' },
    { spec: { date: '2023-01' }, want: true, why: 'a month' },
    { spec: { date: '2023-02-19' }, want: false, why: 'a day' },
    { spec: { date: '2023-02-19T14:30Z' }, want: false, why: 'a time' },
    { spec: { date: '2023-02-19', end: '2023-02-21' }, want: true, why: 'days with an end' },
    {
      spec: { date: '2023-02-19T14:30Z', end: '2023-02-19T16:00Z' },
      want: true,
      why: 'times with an end',
    },
  ])('is $want for $why', ({ spec, want }) => {
    expect(isSpan(event(spec))).toBe(want);
  });
});

describe('indexTimeline', () => {
  const t = timeline(
    [
      { id: 'year', date: '2023', groups: ['a'] },
      { id: 'jan', date: '2023-01', groups: ['a'] },
      { id: 'd1', date: '2023-01-10', groups: ['a'] },
      { id: 'other', date: '2023-01-11' },
      { id: 'd2', date: '2023-02-19', groups: ['a'] },
      { id: 'feb', date: '2023-02', groups: ['a'] },
    ],
    ['a'],
  );
  const index = indexTimeline(t);
  const [a, other] = index.lanes;

  it('lists a lane’s points, then its spans, each in time order', () => {
    const ids = [...a!.events].map((i) => t.events[i]!.id);
    expect(ids).toEqual(['d1', 'd2', 'year', 'jan', 'feb']);
    expect(a!.spansFrom).toBe(2);
    expect([...other!.events].map((i) => t.events[i]!.id)).toEqual(['other']);
  });

  it('keeps starts, body ends and latest stops by lane position', () => {
    expect([...a!.starts]).toEqual([...a!.events].map((i) => t.events[i]!.start));
    expect(a!.ends[0]).toBe(a!.starts[0]);
    expect(a!.ends[2]).toBe(Date.UTC(2024, 0, 1));
    expect(rangeMax(a!.stops, 0, 2)).toBe(Date.UTC(2023, 1, 20));
  });

  it('knows how many spans overlap at most', () => {
    expect([a!.spanDepth, other!.spanDepth]).toEqual([2, 0]);
  });

  it('maps every event to its lane and position', () => {
    t.events.forEach((e, i) => {
      const lane = index.lanes[index.laneOf[i]!]!;
      expect(lane.events[index.positionOf[i]!]).toBe(e.index);
    });
  });
});
