import { describe, expect, it } from 'vitest';
import { IdAllocator, isUrlSafeId, slugify } from '../../../src/import/slug';

describe('slugify', () => {
  it.each([
    ['Blinken warns Wang Yi in Munich', 'blinken-warns-wang-yi-in-munich'],
    ['Stoltenberg: NATO “increasingly concerned”', 'stoltenberg-nato-increasingly-concerned'],
    ['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
    ['China’s foreign ministry', 'chinas-foreign-ministry'],
    ['U.S. Treasury', 'u-s-treasury'],
    ['  --  ', 'fallback'],
    ['北京', 'fallback'],
    ['a'.repeat(80), 'a'.repeat(60)],
    [
      'one two three four five six seven eight nine ten eleven twelve thirteen',
      'one-two-three-four-five-six-seven-eight-nine-ten-eleven', // 55 characters; "-twelve" would pass 60
    ],
  ])('%j → %j', (text, expected) => {
    const slug = slugify(text, 'fallback');
    expect(slug).toBe(expected);
    expect(isUrlSafeId(slug)).toBe(true);
  });
});

describe('isUrlSafeId', () => {
  it.each([
    ['spacety-sanctions', true],
    ['A_1', true],
    ['-leading', false],
    ['has space', false],
    ['x'.repeat(101), false],
    ['', false],
  ])('%j → %s', (id, expected) => {
    expect(isUrlSafeId(id)).toBe(expected);
  });
});

describe('IdAllocator', () => {
  it('hands out the base, then numbered ids, skipping reserved ones', () => {
    const ids = new IdAllocator();
    expect(ids.reserve('x-2')).toBe(true);
    expect(ids.reserve('x-2')).toBe(false);
    expect([ids.allocate('x'), ids.allocate('x'), ids.allocate('x')]).toEqual(['x', 'x-3', 'x-4']);
    expect(ids.has('x-3')).toBe(true);
  });
});
