import { describe, expect, it } from 'vitest';
import { isTimelineShape } from '../../../src/validate/quick-check';
import { Rules, type Fault } from '../../../src/validate/timeline-rules';
import type { PathSegment } from '../../../src/validate/json-locate';

/** Every fault the rules report for `root`, in order, as data. */
function faults(root: Record<string, unknown>): [PathSegment[], Fault][] {
  const out: [PathSegment[], Fault][] = [];
  new Rules((path, fault) => out.push([path, fault])).timeline(root);
  return out;
}

const event = (extra: Record<string, unknown> = {}) => ({
  id: 'a',
  date: '2023-02-21',
  title: 'T',
  ...extra,
});

describe('Rules', () => {
  it('reports nothing for a timeline that keeps every rule, and learns its locale', () => {
    const rules = new Rules(() => {
      throw new Error('no fault expected');
    });
    rules.timeline({ title: 'T', locale: 'en-gb', events: [event()] });
    expect(rules.locale).toBe('en-GB');
  });

  it('reports faults as data, at their paths, in the order of the file', () => {
    const people = { kuleba: { name: 'K' } };
    expect(
      faults({
        title: 'T',
        people,
        events: [
          event({ end: '2023-02-20', people: ['kulebaa'] }),
          event({ date: '2023-02-30', sources: [{ url: '//x' }] }),
        ],
      }),
    ).toEqual([
      [['events', 0, 'end'], { rule: 'end-before-start', date: '2023-02-21', end: '2023-02-20' }],
      [
        ['events', 0, 'people', 0],
        { rule: 'unknown-ref', kind: 'person', key: 'kulebaa', table: people },
      ],
      [['events', 1, 'id'], { rule: 'duplicate-id', id: 'a', first: 0 }],
      [['events', 1, 'date'], { rule: 'date', error: expect.any(String) as string }],
      [
        ['events', 1, 'sources', 0, 'url'],
        { rule: 'url', value: '//x', found: { type: 'protocol-relative' } },
      ],
    ]);
  });

  it('reports keys that could reach Object.prototype, and lists where objects belong', () => {
    const root = JSON.parse('{"title": "T", "constructor": 1, "source": [], "events": []}');
    expect(faults(root as Record<string, unknown>)).toEqual([
      [['constructor'], { rule: 'prototype-key', key: 'constructor' }],
      [['source'], { rule: 'list-not-object' }],
    ]);
  });
});

describe('Rules after the schema guard', () => {
  // The quick check skips the key scan (`shapesChecked`) because the guard has already refused
  // every object with a key that could reach Object.prototype. Here is that promise, at every
  // level of a file where an object sits.
  const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  const SPOTS: [string, (string | number)[]][] = [
    ['the timeline', []],
    ['a person', ['people', 'p']],
    ['a group', ['groups', 'g']],
    ['an event', ['events', 0]],
    ['a quote', ['events', 0, 'quotes', 0]],
    ['a quote source', ['events', 0, 'quotes', 0, 'source']],
    ['an event source', ['events', 0, 'sources', 0]],
    ['the timeline source', ['source']],
  ];
  const base = () => ({
    version: 1,
    title: 'T',
    source: { outlet: 'O' },
    people: { p: { name: 'P', group: 'g' } },
    groups: { g: { label: 'G' } },
    events: [
      {
        id: 'a',
        date: '2023-02-21',
        title: 'A',
        quotes: [{ text: 'Q', by: 'p', source: { outlet: 'O' } }],
        sources: [{ outlet: 'O' }],
      },
    ],
  });

  /** The file's JSON text with `key` added to the object at `path`, as a reporter might. */
  function withKey(path: (string | number)[], key: string): string {
    const file: unknown = base();
    const target = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], file);
    // A marker first, renamed in the text: JSON.parse then makes even "__proto__" an own key.
    (target as Record<string, unknown>).DATELINE_MARK = 'x';
    return JSON.stringify(file).replace('"DATELINE_MARK"', JSON.stringify(key));
  }

  it('passes the file the spots are cut from', () => {
    expect(isTimelineShape(JSON.parse(JSON.stringify(base())))).toBe(true);
  });

  it.each(SPOTS.flatMap(([where, path]) => KEYS.map((key) => [key, where, path] as const)))(
    'the guard refuses "%s" in %s, so the rules need not scan for it',
    (key, _where, path) => {
      const parsed = JSON.parse(withKey(path, key)) as Record<string, unknown>;
      expect(isTimelineShape(parsed)).toBe(false);
      // The full scan does report it, when it runs (the diagnostics).
      expect(faults(parsed).some(([, f]) => f.rule === 'prototype-key')).toBe(true);
    },
  );
});
