/**
 * Random damage to the seed timeline never makes validation throw, and always ends in either a
 * well-formed timeline or located problems a reporter can act on.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileGuard } from '../../../src/format/schema-guard';
import { TimelineSchema } from '../../../src/format/schema';
import { parseTimelineText, validateTimeline } from '../../../src/validate/validate';
import type { LoadResult, Timeline } from '../../../src/format/types';

const SEED_TEXT = readFileSync('data/nato-china-2023.json', 'utf8');
const SEED: unknown = JSON.parse(SEED_TEXT);
const RUNS = { seed: 20230221, numRuns: 300 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
/** A place in the document: a container and one of its keys. */
type Slot = [Container, string | number];

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const walk = (x: Json) => {
    if (Array.isArray(x)) {
      x.forEach((item, i) => {
        out.push([x, i]);
        walk(item);
      });
    } else if (x && typeof x === 'object') {
      for (const k of Object.keys(x)) {
        out.push([x, k]);
        walk(x[k]!);
      }
    }
  };
  walk(root);
  return out;
}

function choose<T>(list: readonly T[], pick: number): T | undefined {
  return list.length === 0 ? undefined : list[pick % list.length];
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- x -->',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '//evil.example',
  '\u0000',
  '\u0007bell',
  '\r\n',
  '\u202eevil',
  '\ud800',
  '𝕏😀',
  '__proto__',
  'constructor',
  'toString',
  '"}]',
  '',
  '   ',
  'x'.repeat(5000),
  '&amp;',
  '2023-02-30',
  '2023-02-21T14:30',
  '0000',
  '9999-12-31T23:59:59+14:00',
];

const dateLike = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc
    .tuple(
      fc.integer({ min: -1, max: 10_000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2023', '2023-01', '2023-02-21T14:30+01:00', '2023-02-21T14:30Z', 'Feb 21'),
);

/** One mutation of a parsed document; returns the new document (or text, to truncate). */
type Mutation = (doc: Json, pick: number) => Json;

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.constant({
    name: 'delete a key',
    apply: (doc: Json, pick: number) => {
      const slot = choose(slots(doc), pick);
      if (!slot) return doc;
      const [c, k] = slot;
      if (Array.isArray(c)) c.splice(k as number, 1);
      else delete c[k];
      return doc;
    },
  }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({
    name: `replace a value with ${JSON.stringify(value)?.slice(0, 40)}`,
    apply: (doc: Json, pick: number) => {
      const slot = choose(slots(doc), pick);
      if (!slot) return value as Json;
      const [c, k] = slot;
      (c as Record<string, Json>)[k] = value as Json;
      return doc;
    },
  })),
  fc.constant({
    name: 'duplicate an event',
    apply: (doc: Json, pick: number) => {
      const events = (doc as { events?: Json } | null)?.events;
      const event = Array.isArray(events) ? choose(events, pick) : undefined;
      if (event !== undefined) (events as Json[]).push(structuredClone(event));
      return doc;
    },
  }),
  dateLike.map((date) => ({
    name: `set a date to ${JSON.stringify(date)}`,
    apply: (doc: Json, pick: number) => {
      const slot = choose(
        slots(doc).filter(([, k]) => k === 'date' || k === 'end'),
        pick,
      );
      if (!slot) return doc;
      const [c, k] = slot;
      (c as Record<string, Json>)[k] = date;
      return doc;
    },
  })),
  fc.constantFrom(...HOSTILE).map((s) => ({
    name: `inject ${JSON.stringify(s).slice(0, 30)}`,
    apply: (doc: Json, pick: number) => {
      const slot = choose(
        slots(doc).filter(([c, k]) => typeof (c as Record<string, Json>)[k] === 'string'),
        pick,
      );
      if (!slot) return doc;
      const [c, k] = slot;
      (c as Record<string, Json>)[k] = s;
      return doc;
    },
  })),
  fc.constantFrom(...HOSTILE).map((s) => ({
    name: `rename a key to ${JSON.stringify(s).slice(0, 30)}`,
    apply: (doc: Json, pick: number) => {
      const slot = choose(
        slots(doc).filter(([c]) => !Array.isArray(c)),
        pick,
      );
      if (!slot) return doc;
      const [c, k] = slot as [Record<string, Json>, string];
      const value = c[k]!;
      delete c[k];
      Object.defineProperty(c, s, { value, enumerable: true, configurable: true, writable: true });
      return doc;
    },
  })),
);

const damaged = fc
  .record({
    steps: fc.array(fc.tuple(mutation, fc.nat()), { minLength: 1, maxLength: 3 }),
    // Truncated in one run out of four.
    truncateAt: fc.oneof(
      { arbitrary: fc.constant(null), weight: 3 },
      { arbitrary: fc.nat(), weight: 1 },
    ),
    indent: fc.constantFrom(0, 2, '\t'),
  })
  .map(({ steps, truncateAt, indent }) => {
    let doc = structuredClone(SEED) as Json;
    for (const [m, pick] of steps) doc = m.apply(doc, pick);
    let text = JSON.stringify(doc, null, indent);
    if (truncateAt !== null) text = text.slice(0, truncateAt % (text.length + 1));
    return { text, steps: steps.map(([m]) => m.name), truncated: truncateAt !== null };
  });

function expectWellFormed(t: Timeline) {
  expect(t.version).toBe(1);
  expect(t.events.length).toBeGreaterThan(0);
  t.events.forEach((e, i) => {
    expect(e.index).toBe(i);
    expect(e.stop).toBeGreaterThan(e.start);
    if (i > 0) expect(e.start).toBeGreaterThanOrEqual(t.events[i - 1]!.start);
    expect(e.precision).toBe(e.date.precision);
    for (const p of e.people) expect(t.people[p.id]).toBe(p);
    for (const g of e.groups) expect(t.groups[g]).toBeDefined();
    e.quotes.forEach((q, j) => {
      expect(q.id).toBe(`${e.id}/${j}`);
      expect(t.people[q.by.id]).toBe(q.by);
    });
  });
  expect(new Set(t.events.map((e) => e.id)).size).toBe(t.events.length);
}

function expectLocatedProblems(result: LoadResult, withLines: boolean) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThanOrEqual(1);
  for (const p of result.problems) {
    expect(p.path).toMatch(/^\$/);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    if (withLines) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('validation under random damage', () => {
  it('never throws, and either succeeds cleanly or reports located problems', () => {
    fc.assert(
      fc.property(damaged, ({ text }) => {
        const result = parseTimelineText(text);
        if (result.ok) expectWellFormed(result.timeline);
        else expectLocatedProblems(result, true);
      }),
      RUNS,
    );
  });

  it('gives the same verdict from text and from the parsed value', () => {
    fc.assert(
      fc.property(damaged, ({ text, truncated }) => {
        fc.pre(!truncated);
        const fromText = parseTimelineText(text);
        const fromValue = validateTimeline(JSON.parse(text));
        expectLocatedProblems(fromValue, false);
        expect(fromValue.ok).toBe(fromText.ok);
        if (!fromText.ok && !fromValue.ok) {
          expect(new Set(fromValue.problems.map((p) => p.path))).toEqual(
            new Set(fromText.problems.map((p) => p.path)),
          );
        }
      }),
      RUNS,
    );
  });

  it('never has the fast guard accept what the valibot schema rejects', () => {
    const guard = compileGuard(TimelineSchema);
    fc.assert(
      fc.property(damaged, ({ text, truncated }) => {
        fc.pre(!truncated);
        const value: unknown = JSON.parse(text);
        if (guard(value)) expect(v.is(TimelineSchema, value)).toBe(true);
      }),
      RUNS,
    );
  });
});
