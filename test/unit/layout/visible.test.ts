import { describe, expect, it } from 'vitest';
import { eventsInWindow, intervalIndex } from '../../../src/layout/visible';
import { generateTimeline, mulberry32 } from '../../../src/layout/generate';

const DAY = 86_400_000;
const d = (n: number) => n * DAY;

describe('eventsInWindow', () => {
  // 0: a year from day 0; 1: days 10–11; 2: days 40–41; 3: a month from day 45; 4: days 100–101
  const starts = [d(0), d(10), d(40), d(45), d(100)];
  const stops = [d(365), d(11), d(41), d(75), d(101)];
  const index = intervalIndex(starts, stops);

  it.each([
    { t0: d(50), t1: d(60), want: [0, 3], why: 'long spans that began before the window' },
    { t0: d(10), t1: d(11), want: [0, 1], why: 'an event filling the window' },
    { t0: d(11), t1: d(40), want: [0], why: 'stops are exclusive, starts inclusive' },
    { t0: d(9), t1: d(10), want: [0], why: 'an event starting at the end is outside' },
    { t0: d(-5), t1: d(-1), want: [], why: 'before everything' },
    { t0: d(400), t1: d(500), want: [], why: 'after everything' },
    { t0: d(0), t1: d(1000), want: [0, 1, 2, 3, 4], why: 'everything, in start order' },
    { t0: d(20), t1: d(20), want: [], why: 'an empty window' },
  ])('finds $want: $why', ({ t0, t1, want }) => {
    expect([...eventsInWindow(index, t0, t1)]).toEqual(want);
  });

  it('agrees with a scan over generated events of every precision', () => {
    const { events } = generateTimeline(3000, { seed: 3 });
    const ix = intervalIndex(
      events.map((e) => e.start),
      events.map((e) => e.stop),
    );
    const random = mulberry32(11);
    const first = events[0]!.start;
    const span = events.at(-1)!.stop - first;
    for (let k = 0; k < 200; k++) {
      const t0 = first + random() * span;
      const t1 = t0 + random() * random() * span * 0.1;
      const want = events.filter((e) => e.start < t1 && e.stop > t0).map((e) => e.index);
      expect([...eventsInWindow(ix, t0, t1)]).toEqual(want);
    }
  });
});
