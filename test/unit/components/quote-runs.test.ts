import { describe, expect, it } from 'vitest';
import { attributedQuotes } from '../../../src/components/quote-runs';
import type { Quote } from '../../../src/format/types';

const quote = (id: string, by: string, extra: Partial<Quote> = {}): Quote =>
  ({
    id,
    eventId: 'e',
    text: id,
    by: { id: by, name: by },
    date: { raw: '2023-02-19' },
    ...extra,
  }) as unknown as Quote;

describe('attributedQuotes', () => {
  it.each<[string, Quote[], boolean[]]>([
    ['no quotes', [], []],
    ['one quote', [quote('a', 'blinken')], [true]],
    [
      'three by the same speaker share one, under the last',
      [quote('a', 'blinken'), quote('b', 'blinken'), quote('c', 'blinken')],
      [false, false, true],
    ],
    [
      'a change of speaker starts a new attribution',
      [quote('a', 'blinken'), quote('b', 'wang'), quote('c', 'blinken')],
      [true, true, true],
    ],
    [
      'the same speaker on another programme is attributed again',
      [
        quote('a', 'blinken', { source: { outlet: 'ABC' } }),
        quote('b', 'blinken', { source: { outlet: 'CBS' } }),
      ],
      [true, true],
    ],
    [
      'the same speaker on another date is attributed again',
      [
        quote('a', 'blinken'),
        quote('b', 'blinken', { date: { raw: '2023-02-20' } } as Partial<Quote>),
      ],
      [true, true],
    ],
    [
      'the same relay (via) is one attribution',
      [
        quote('a', 'stoltenberg', { via: { outlet: 'The Hill' } }),
        quote('b', 'stoltenberg', { via: { outlet: 'The Hill' } }),
      ],
      [false, true],
    ],
  ])('%s', (_name, quotes, expected) => {
    expect(attributedQuotes(quotes)).toEqual(expected);
  });
});
