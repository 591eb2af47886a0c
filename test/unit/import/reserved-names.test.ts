/**
 * Names that are also properties of every JavaScript object (`constructor`, `__proto__`,
 * `prototype`) are ordinary input to the importers: a tag, a group, a speaker or an id. They
 * must neither crash a converter nor vanish (issue 16, findings 3 and 10).
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/import/html-to-text';
import { fromTimelineJsJson } from '../../../src/import/timelinejs-json';
import { fromTimelineJsCsv } from '../../../src/import/timelinejs-csv';
import { fromDatelineCsv } from '../../../src/import/dateline-csv';
import { hasErrors } from '../../../src/import/origins';
import { IdAllocator } from '../../../src/import/slug';
import { run } from '../../../src/cli/import';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// `<__proto__>` is text in HTML (a tag name starts with a letter), so it is not among them.
const RESERVED = ['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

describe('tags named like object properties (finding 3)', () => {
  it.each(RESERVED)('<%s> is an unknown tag: its text is kept, nothing throws', (name) => {
    const result = htmlToText(`a <${name}>b</${name}> c`);
    expect(result.text).toBe('a b c');
  });

  it('a TimelineJS file with <constructor> in its text converts', () => {
    const result = fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      events: [{ start_date: { year: 2020 }, text: { headline: 'x', text: '<constructor>y' } }],
    });
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.value.events[0]?.summary).toBe('y');
  });

  const dir = mkdtempSync(join(tmpdir(), 'dateline-reserved-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI converts a TimelineJS CSV with <constructor> in a cell', () => {
    const path = join(dir, 'x.csv');
    writeFileSync(
      path,
      'Year,Month,Day,Headline,Text,Type\n,,,Title,,title\n2020,1,1,Headline,<constructor>x,\n',
    );
    const { code, stderr } = run([path]);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(code).toBe(0);
  });
});

describe('groups and speakers named like object properties (finding 10)', () => {
  it.each(['Constructor', 'Prototype', '__proto__'])(
    'a TimelineJS group and speaker named %s import under an id that is not reserved',
    (name) => {
      const result = fromTimelineJsJson({
        title: { text: { headline: 'T' } },
        events: [
          {
            start_date: { year: 2020 },
            group: name,
            text: {
              headline: 'x',
              text: `<blockquote>Words<cite>${name}, role</cite></blockquote>`,
            },
          },
        ],
      });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const [group] = Object.keys(result.value.groups ?? {});
      const [person] = Object.keys(result.value.people ?? {});
      expect(['constructor', 'prototype', '__proto__']).not.toContain(group);
      expect(['constructor', 'prototype', '__proto__']).not.toContain(person);
      expect(result.value.groups?.[group!]?.label).toBe(name);
      expect(result.value.events[0]?.groups).toEqual([group]);
      expect(result.value.events[0]?.quotes?.[0]?.by).toBe(person);
    },
  );

  it('a TimelineJS CSV group named Constructor imports', () => {
    const result = fromTimelineJsCsv(
      'Year,Month,Day,Headline,Type,Group\n,,,Title,title,\n2020,1,1,Headline,,Constructor\n',
    );
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(Object.keys(result.value.groups ?? {})).toEqual(['constructor-2']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a Dateline CSV row with id=%s is a located error on that cell',
    (id) => {
      const result = fromDatelineCsv(
        [
          'kind,id,date,title,name,by,text',
          'timeline,,,T,,,',
          `person,${id},,,Someone,,`,
          'event,e1,2020,Event,,,',
          `quote,,,,,${id},Words`,
        ].join('\n'),
      );
      const errors = result.problems.filter((p) => p.severity === 'error');
      expect(errors[0]).toMatchObject({ line: 3, column: 2 });
      expect(errors[0]?.message).toMatch(/cannot be used as an id/);
    },
  );

  it('a Dateline CSV person with id=toString is an ordinary person', () => {
    const result = fromDatelineCsv(
      [
        'kind,id,date,title,name,by,text',
        'timeline,,,T,,,',
        'person,toString,,,Someone,,',
        'event,e1,2020,Event,,,',
        'quote,,,,,toString,Words',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.value.people?.toString).toEqual({ name: 'Someone' });
  });

  it('the allocator hands out ids around reserved words when told to', () => {
    const ids = new IdAllocator({ avoidReserved: true });
    expect(ids.allocate('constructor')).toBe('constructor-2');
    expect(ids.allocate('prototype')).toBe('prototype-2');
    expect(ids.allocate('x')).toBe('x');
    expect(new IdAllocator().allocate('constructor')).toBe('constructor');
  });
});
