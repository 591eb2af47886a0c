import { describe, expect, it } from 'vitest';
import { periodHeads } from '../../../src/query/period-heads';

const ev = (id: string, start: number) => ({ id, start });
const pe = (id: string, start: number) => ({ id, start });

describe('periodHeads', () => {
  it.each([
    ['no periods', [ev('a', 1)], [], {}, []],
    ['before the first event', [ev('a', 5), ev('b', 9)], [pe('p', 1)], { a: ['p'] }, []],
    ['on an event', [ev('a', 5), ev('b', 9)], [pe('p', 9)], { b: ['p'] }, []],
    ['between events', [ev('a', 5), ev('b', 9)], [pe('p', 6)], { b: ['p'] }, []],
    ['after every event', [ev('a', 5)], [pe('p', 6)], {}, ['p']],
    [
      'overlapping, both before one event',
      [ev('a', 5)],
      [pe('p', 1), pe('q', 2)],
      { a: ['p', 'q'] },
      [],
    ],
    ['no events', [], [pe('p', 1)], {}, ['p']],
  ] as const)('%s', (_, events, periods, before, after) => {
    const heads = periodHeads(events, periods);
    expect(Object.fromEntries([...heads.before].map(([k, v]) => [k, v.map((p) => p.id)]))).toEqual(
      before,
    );
    expect(heads.after.map((p) => p.id)).toEqual(after);
  });
});
