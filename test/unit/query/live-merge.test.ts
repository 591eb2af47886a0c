import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeUpdate, opened } from '../../../src/query/live-merge';
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

const add =
  (id: string, date = '2023-03-01') =>
  (t: TimelineInput) =>
    t.events.push({ id, date, title: `Event ${id}` });
const drop = (id: string) => (t: TimelineInput) => {
  t.events = t.events.filter((e) => e.id !== id);
};
const retitle = (id: string) => (t: TimelineInput) => {
  t.events.find((e) => e.id === id)!.title += ' (updated)';
};
const none: ReadonlySet<string> = new Set();

describe('mergeUpdate', () => {
  it.each([
    ['the same file again', [], [], { added: 0, changed: 0, removed: 0 }],
    ['an added event', [add('x')], ['x'], { added: 1, changed: 0, removed: 0 }],
    ['two added events', [add('x'), add('y')], ['x', 'y'], { added: 2, changed: 0, removed: 0 }],
    ['a changed event', [retitle('blinken-cbs-news')], [], { added: 0, changed: 1, removed: 0 }],
    [
      'an added, a changed and a removed event',
      [add('x'), retitle('blinken-cbs-news'), drop('treasury-sanctions-spacety')],
      ['x'],
      { added: 1, changed: 1, removed: 1 },
    ],
  ] as const)('%s', (_why, edits, fresh, counts) => {
    const shown = load();
    const merged = mergeUpdate(
      shown,
      load((t) => edits.forEach((e) => e(t))),
      none,
    );
    expect([...merged.fresh]).toEqual(fresh);
    expect({ added: merged.added, changed: merged.changed, removed: merged.removed }).toEqual(
      counts,
    );
  });

  it('keeps the version on screen, the same object, when nothing a reader sees changed', () => {
    const shown = load();
    expect(mergeUpdate(shown, load(), none).timeline).toBe(shown);
    const next = load(add('x'));
    expect(mergeUpdate(shown, next, none).timeline).toBe(next);
  });

  it('keeps earlier unopened new events marked, and drops those removed since', () => {
    const v1 = load();
    const v2 = load(add('x'));
    const first = mergeUpdate(v1, v2, none);
    const v3 = load((t) => (add('y')(t), add('x')(t)));
    expect([...mergeUpdate(v2, v3, first.fresh).fresh]).toEqual(['x', 'y']);
    const v4 = load(add('y'));
    expect([...mergeUpdate(v3, v4, new Set(['x', 'y'])).fresh]).toEqual(['y']);
  });
});

describe('opened', () => {
  it('unmarks the event the reader opened, and nothing else', () => {
    const fresh = new Set(['x', 'y']);
    expect([...opened(fresh, 'x')]).toEqual(['y']);
    expect(opened(fresh, 'z')).toBe(fresh);
    expect(opened(fresh, null)).toBe(fresh);
  });
});
