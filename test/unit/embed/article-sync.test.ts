import { describe, expect, it } from 'vitest';
import { parseOffset } from '../../../src/embed/article-sync';

describe('parseOffset', () => {
  it.each([
    [undefined, 0.5],
    [null, 0.5],
    ['', 0.5],
    ['0.3', 0.3],
    ['30%', 0.3],
    [' 75% ', 0.75],
    ['0', 0],
    ['1', 1],
    ['150%', 1],
    ['-2', 0],
    ['half', 0.5],
    ['%', 0.5],
  ])('%j → %d', (value, expected) => {
    expect(parseOffset(value)).toBeCloseTo(expected);
  });
});
