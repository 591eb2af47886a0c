import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/validate/did-you-mean';

const PEOPLE = ['stoltenberg', 'kuleba', 'borrell', 'blinken', 'wang-yi', 'thomas-greenfield'];

describe('didYouMean', () => {
  it.each([
    ['stoltenbreg', 'stoltenberg'],
    ['Stoltenberg', 'stoltenberg'],
    ['kulba', 'kuleba'],
    ['wang_yi', 'wang-yi'],
    ['greenfield', 'thomas-greenfield'],
    ['titel', undefined],
    ['putin', undefined],
    ['x', undefined],
  ])('%s → %s', (word, expected) => {
    expect(didYouMean(word, PEOPLE)).toBe(expected);
  });

  it('suggests the closest of several', () => {
    expect(didYouMean('titel', ['time', 'title', 'tile'])).toBe('title');
  });
});
