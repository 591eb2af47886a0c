import { describe, expect, it } from 'vitest';
import { Rules, type Fault } from '../../../src/model/timeline-rules';
import type { PathSegment } from '../../../src/model/json-locate';

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
