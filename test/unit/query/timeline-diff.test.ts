import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffTimelines, isUnchanged } from '../../../src/query/timeline-diff';
import { parseTimelineText } from '../../../src/validate/validate';
import type { Timeline, TimelineInput } from '../../../src/format/types';

const SEED = JSON.parse(readFileSync('data/nato-china-2023.json', 'utf8')) as TimelineInput;

function load(edit: (t: TimelineInput) => void = () => {}): Timeline {
  const input = structuredClone(SEED);
  edit(input);
  const result = parseTimelineText(JSON.stringify(input));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.timeline;
}

describe('diffTimelines', () => {
  it('finds nothing between two loads of the same file', () => {
    const d = diffTimelines(load(), load());
    expect(d).toEqual({ added: [], changed: [], removed: [], header: false });
    expect(isUnchanged(d)).toBe(true);
  });

  it('names an added event, and does not count the later events it moves as changed', () => {
    const d = diffTimelines(
      load(),
      load((t) => t.events.unshift({ id: 'early', date: '2022-10-01', title: 'An earlier event' })),
    );
    expect(d).toEqual({ added: ['early'], changed: [], removed: [], header: false });
  });

  it('names a changed quote, a changed date and a removed event', () => {
    const d = diffTimelines(
      load(),
      load((t) => {
        t.events.find((e) => e.id === 'brussels-press-conference')!.quotes![0]!.text += ' More.';
        t.events.find((e) => e.id === 'blinken-cbs-news')!.date = '2023-02-17';
        t.events = t.events.filter((e) => e.id !== 'treasury-sanctions-spacety');
      }),
    );
    expect(d.added).toEqual([]);
    expect(d.changed.sort()).toEqual(['blinken-cbs-news', 'brussels-press-conference']);
    expect(d.removed).toEqual(['treasury-sanctions-spacety']);
    expect(isUnchanged(d)).toBe(false);
  });

  it('notices a new title or a renamed group', () => {
    expect(
      diffTimelines(
        load(),
        load((t) => (t.title += ' (updated)')),
      ).header,
    ).toBe(true);
    expect(
      diffTimelines(
        load(),
        load((t) => (t.groups!.nato!.label = 'North Atlantic Treaty Organization')),
      ).header,
    ).toBe(true);
  });
});
