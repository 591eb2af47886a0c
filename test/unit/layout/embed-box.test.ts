import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT,
  EMBED_HEIGHT_MAX,
  EMBED_HEIGHT_MIN,
  embedHeight,
  reserveStyle,
} from '../../../src/layout/embed-box';

describe('embedHeight (the iframe’s height parameter)', () => {
  it.each([
    [null, EMBED_HEIGHT],
    ['', EMBED_HEIGHT],
    ['480', 480],
    [' 480 ', 480],
    ['100', EMBED_HEIGHT_MIN],
    ['99999', EMBED_HEIGHT_MAX],
    ['480px', EMBED_HEIGHT],
    ['4.5e2', EMBED_HEIGHT],
    ['-500', EMBED_HEIGHT],
    ['40rem', EMBED_HEIGHT],
  ])('%j → %i', (value, expected) => {
    expect(embedHeight(value)).toBe(expected);
  });
});

describe('reserveStyle', () => {
  it('makes a not-yet-defined element a block of the reserved height', () => {
    expect(reserveStyle()).toBe(`display:block;height:${EMBED_HEIGHT}px`);
    expect(reserveStyle(480)).toBe('display:block;height:480px');
  });
});
