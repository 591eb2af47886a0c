import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/validate/did-you-mean';
import { validateTimeline } from '../../../src/validate/validate';

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

describe('bounded work on crafted names (issue 16, finding 2)', () => {
  // 5,000 people whose 100-character keys share a 90-character prefix, and references that
  // miss them all: the shape that froze the tab for 12 s (20 references) and the CLI for 242 s
  // (200). The work is bounded per check, so this takes well under a second; the bound below
  // is more than 10× what it takes.
  const prefix = 'p'.repeat(90);
  const people: Record<string, { name: string }> = {};
  for (let i = 0; i < 5000; i++) people[prefix + String(i).padStart(10, '0')] = { name: 'x' };

  it('200 unknown references among 5,000 long shared-prefix keys: under 5 s', () => {
    const events = Array.from({ length: 200 }, (_, i) => ({
      id: `e${i}`,
      date: '2020',
      title: 't',
      people: [`${prefix}zzzzzzzzz${i}`],
    }));
    const started = performance.now();
    const result = validateTimeline({ version: 1, title: 'T', people, events });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(200);
  }, 60_000);

  it('still suggests for one near miss among the long keys', () => {
    const near = `${prefix.slice(0, 45)}q${prefix.slice(46)}0000000012`;
    expect(didYouMean(near, Object.keys(people))).toBe(`${prefix}0000000012`);
  });

  it('a megabyte-long name gets no suggestion, quickly', () => {
    const started = performance.now();
    expect(didYouMean('a'.repeat(1_000_000), ['a'.repeat(50), 'b'])).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
