/** The valibot schema and the hand-written input types in types.ts must describe one format. */
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { compileGuard } from '../../../src/format/schema-guard';
import { TimelineSchema } from '../../../src/format/schema';
import type { TimelineInput } from '../../../src/format/types';

describe('TimelineSchema', () => {
  it('has the input type written out in types.ts', () => {
    expectTypeOf<v.InferInput<typeof TimelineSchema>>().toEqualTypeOf<TimelineInput>();
  });

  it('compiles to a guard that agrees with it on simple cases', () => {
    const guard = compileGuard(TimelineSchema);
    const ok = { version: 1, title: 'T', events: [{ id: 'a', date: '2023', title: 'A' }] };
    const cases: unknown[] = [
      ok,
      { ...ok, version: 2 },
      { ...ok, title: ' ' },
      { ...ok, events: [] },
      { ...ok, extra: 1 },
      { ...ok, people: { 'a b': { name: 'X' } } },
      { ...ok, groups: { g: { label: 'G', color: '#12345' } } },
      { ...ok, events: [{ id: 'x'.repeat(101), date: '2023', title: 'A' }] },
      { ...ok, source: {} },
    ];
    for (const value of cases) {
      expect(guard(value), JSON.stringify(value)).toBe(v.is(TimelineSchema, value));
    }
  });

  it('makes the guard stricter than valibot where valibot is lax', () => {
    const guard = compileGuard(TimelineSchema);
    const ok = { version: 1, title: 'T', events: [{ id: 'a', date: '2023', title: 'A' }] };
    // Valibot takes a list for an object with no required keys.
    expect(v.is(TimelineSchema, { ...ok, source: [] })).toBe(true);
    expect(guard({ ...ok, source: [] })).toBe(false);
    expect(guard(JSON.parse('{"version":1,"title":"T","events":[],"__proto__":1}'))).toBe(false);
  });

  it('refuses to compile schema parts it does not know', () => {
    expect(() => compileGuard(v.pipe(v.string(), v.email()))).toThrow(/email/);
    expect(() => compileGuard(v.bigint())).toThrow(/bigint/);
  });
});
