import { describe, expect, it } from 'vitest';
import { colorOf, groupColors, OTHER_COLOR } from '../../../src/layout/colors';

const groups = {
  nato: { id: 'nato', label: 'NATO' },
  us: { id: 'us', label: 'United States' },
  china: { id: 'china', label: 'China', color: '#2a7a3b' },
};

describe('groupColors', () => {
  it('gives each group a colour by its place in the file, or its own', () => {
    const colors = groupColors(groups);
    expect([...colors]).toEqual([
      ['nato', 'var(--dl-lane-0)'],
      ['us', 'var(--dl-lane-1)'],
      ['china', '#2a7a3b'],
    ]);
  });
});

describe('colorOf', () => {
  const colors = groupColors(groups);
  it.each([
    ['its first group', ['us', 'nato'], 'var(--dl-lane-1)'],
    ['skipping unknown groups', ['nope', 'nato'], 'var(--dl-lane-0)'],
    ['no group', [], OTHER_COLOR],
    ['a key of Object.prototype', ['constructor'], OTHER_COLOR],
  ])('%s', (_, ids, color) => {
    expect(colorOf(colors, ids)).toBe(color);
  });

  it('does not depend on which groups are shown', () => {
    // A filter changes the events, never the groups the colours come from.
    expect(colorOf(groupColors(groups), ['china'])).toBe(colorOf(colors, ['china']));
  });
});
