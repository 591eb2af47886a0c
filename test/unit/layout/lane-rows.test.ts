import { describe, expect, it } from 'vitest';
import { indexTimeline } from '../../../src/layout/index-timeline';
import { fitLaneRows, uniformLaneRows } from '../../../src/layout/lane-rows';
import { baseScale } from '../../../src/layout/time-scale';
import { timeline } from './fixtures';

const opts = { width: 600, rowHeight: 30 };

describe('fitLaneRows', () => {
  it.each([
    ['far-apart days share a row', ['2023-01-01', '2023-06-01'], { points: 1, spans: 0 }],
    ['same-day events stack', ['2023-02-18', '2023-02-18', '2023-02-18'], { points: 3, spans: 0 }],
    ['a month is a span below', ['2023-01', '2023-02-18'], { points: 1, spans: 1 }],
  ])('%s', (_, dates, rows) => {
    const t = timeline(dates.map((date) => ({ date, title: 'A fairly long event title' })));
    const index = indexTimeline(t);
    expect(fitLaneRows(index, baseScale(t.events, 600), opts)).toEqual([rows]);
  });

  it('stops at the ceiling, and clusters beyond it', () => {
    const t = timeline(Array.from({ length: 20 }, () => ({ date: '2023-02-18' })));
    const index = indexTimeline(t);
    expect(fitLaneRows(index, baseScale(t.events, 600), opts, 4)).toEqual([
      { points: 4, spans: 0 },
    ]);
  });
});

describe('uniformLaneRows', () => {
  it('gives spans one row of three when the lane has any', () => {
    const t = timeline([{ date: '2023-01' }, { date: '2023-02-01', groups: ['a'] }], ['a']);
    expect(uniformLaneRows(indexTimeline(t))).toEqual([
      { points: 3, spans: 0 },
      { points: 2, spans: 1 },
    ]);
  });
});
