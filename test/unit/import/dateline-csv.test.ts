import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DATELINE_COLUMNS } from '../../../src/import/dateline-csv';
import { fromDatelineCsv } from '../../../src/import/dateline-csv-read';
import { toDatelineCsv } from '../../../src/import/dateline-csv-write';
import type { TimelineInput } from '../../../src/format/types';
import { validateTimeline } from '../../../src/validate/validate';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const SEED_TEXT = read('../../../data/nato-china-2023.json');
const SEED = JSON.parse(SEED_TEXT) as TimelineInput;
const COMMITTED_CSV = read('../../../data/nato-china-2023.csv');

/** The seed as the CSV carries it: everything but the editor's `$schema` hint. */
function withoutSchema(t: TimelineInput): TimelineInput {
  const { $schema: _schema, ...rest } = t;
  return rest;
}

/** A sheet from rows of cells by column name. */
function sheet(...rows: Record<string, string>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]
    .map((cells) =>
      cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    )
    .join('\n');
}

describe('round trip', () => {
  it('the seed timeline written as Dateline CSV imports back identical', () => {
    const result = fromDatelineCsv(toDatelineCsv(SEED));
    expect(result.problems).toEqual([]);
    expect(result.value).toStrictEqual(withoutSchema(SEED));
  });

  it('the committed data/nato-china-2023.csv is the export of the seed', () => {
    expect(COMMITTED_CSV).toBe(toDatelineCsv(SEED));
  });

  it('the committed CSV imports to the seed', () => {
    expect(fromDatelineCsv(COMMITTED_CSV).value).toStrictEqual(withoutSchema(SEED));
  });

  it('keeps every field of the format, including the rare ones', () => {
    const full: TimelineInput = {
      version: 1,
      title: 'All fields',
      summary: 'Two\nlines, with "quotes", commas; and semicolons',
      locale: 'en-GB',
      source: {
        outlet: 'Outlet',
        programme: 'Programme',
        title: 'Article',
        author: 'Author',
        date: '2023-02',
        url: 'https://example.com/a',
      },
      note: 'A note',
      people: {
        a: { name: 'A', role: 'Role', group: 'g' },
        b: { name: 'B' },
      },
      groups: { g: { label: 'G', color: '#1f77b4' }, h: { label: 'H' } },
      events: [
        {
          id: 'e1',
          date: '2023-02-21T14:30+01:00',
          end: '2023-02-21T16:00+01:00',
          title: 'E1',
          summary: 'S',
          place: 'P',
          people: ['a', 'b'],
          groups: ['g', 'h'],
          quotes: [
            {
              text: 'Q1',
              by: 'a',
              source: { outlet: 'O', url: 'https://example.com/q' },
              via: { outlet: 'V', date: '2023-02-22' },
              context: 'C',
              date: '2023-02-20',
            },
            { text: 'Q2', by: 'b' },
          ],
          sources: [
            { outlet: 'S1' },
            { title: 'S2', author: 'X' },
            { url: 'https://example.com/s3' },
          ],
          note: 'N',
        },
        {
          id: 'e2',
          date: '2024',
          title: 'E2',
          quotes: [{ text: 'Q3', by: 'a', via: { outlet: 'W' } }],
        },
      ],
    };
    expect(validateTimeline(full).ok).toBe(true);
    const result = fromDatelineCsv(toDatelineCsv(full));
    expect(result.problems).toEqual([]);
    expect(result.value).toStrictEqual(full);
  });
});

describe('the layout', () => {
  const rows = csvParseRows(toDatelineCsv(SEED));

  it('has every column, in a fixed order, and one row per thing', () => {
    expect(rows[0]).toEqual([...DATELINE_COLUMNS]);
    const kinds = rows.slice(1).map((r) => r[0]);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    const quotes = SEED.events.reduce((n, e) => n + (e.quotes?.length ?? 0), 0);
    const vias = SEED.events.reduce((n, e) => n + (e.quotes ?? []).filter((q) => q.via).length, 0);
    expect(count('timeline')).toBe(1);
    expect(count('group')).toBe(Object.keys(SEED.groups!).length);
    expect(count('person')).toBe(Object.keys(SEED.people!).length);
    expect(count('event')).toBe(SEED.events.length);
    expect(count('quote')).toBe(quotes);
    expect(count('via')).toBe(vias);
  });

  it('writes several people in one cell, separated by "; "', () => {
    const col = DATELINE_COLUMNS.indexOf('people');
    const row = rows.find((r) => r[1] === 'brussels-press-conference')!;
    expect(row[col]).toBe('stoltenberg; kuleba; borrell');
  });

  it('reads "," as well as ";" between keys, and comment and blank rows', () => {
    const result = fromDatelineCsv(
      sheet(
        { kind: 'timeline', title: 'T' },
        { kind: '# a comment row, ignored', title: 'x' },
        { kind: 'person', id: 'a', name: 'A' },
        { kind: 'person', id: 'b', name: 'B' },
        {},
        { kind: 'EVENT', id: 'e', date: '2023', title: 'E', people: ' a ,b;; ' },
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.value.events[0]!.people).toEqual(['a', 'b']);
  });

  it('accepts header names in any case, with underscores for spaces', () => {
    const result = fromDatelineCsv(
      'KIND,Title,Source_Title,id,date\ntimeline,T,,,\nevent,E,Piece,e,2023\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.value.events[0]!.sources).toEqual([{ title: 'Piece' }]);
  });

  it('reads CRLF files and cells with line breaks as "\\n"', () => {
    const text =
      'kind,id,date,title,text\r\ntimeline,,,T,\r\nevent,e,2023,E,"one\r\ntwo"\r\nevent,e,2023,E2,\r\n';
    const result = fromDatelineCsv(text);
    expect(result.value.events[0]!.summary).toBe('one\ntwo');
    // The duplicate id is on row 4, which starts on line 5.
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'row 4 › id', line: 5, column: 2 }),
    ]);
  });
});

describe('broken rows', () => {
  const text = [
    'kind,id,date,title,text,by,place,peeple',
    'timeline,,,My timeline,,,,',
    'event,a,2023-02-30,First,,,,',
    'quote,,,,Some words,nobody,Brussels,',
    'evnt,b,2023,Second,,,,',
    'event,a,2023,"Dup',
    'id",,,,',
    'via,,,,,,,',
    'source,,,,,,,',
    ',,,stray,,,,',
    'person,,,,,,,',
    'group,g,,,,,,',
  ].join('\n');
  const result = fromDatelineCsv(text);

  it('give errors located by row, line and column, all at once', () => {
    expect(result.problems.map((p) => [p.path, p.line, p.column])).toEqual([
      ['row 1 › peeple', 1, 8],
      ['row 3 › date', 3, 3],
      ['row 4 › by', 4, 6],
      ['row 4 › place', 4, 7],
      ['row 5 › kind', 5, 1],
      ['row 6 › id', 6, 2],
      ['row 6 › title', 6, 4],
      ['row 7 › kind', 8, 1],
      ['row 8', 9, undefined],
      ['row 9 › kind', 10, 1],
      ['row 10 › id', 11, 2],
      ['row 11', 12, undefined],
    ]);
    expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('say what is wrong in the sheet’s words', () => {
    expect(result.problems.map((p) => p.message)).toEqual([
      'the column "peeple" is not part of Dateline\'s layout — did you mean "people"?',
      '"2023-02-30" is not a valid date: February 2023 has 28 days',
      'unknown person "nobody": the sheet has no person rows; add a person row with that id',
      'a quote row does not use the "place" column; move the value to a row that does, or clear the cell',
      '"evnt" is not a kind of row; did you mean "event"?',
      'the id "a" is already used by row 3',
      'line breaks are not allowed in a title; keep it on one line',
      'a via row belongs to the quote above it, but there is none',
      'a source needs at least an "outlet", a "title" or a "url"',
      'this row has no kind; write one of timeline, group, person, period, event, source, quote, via',
      'a person row needs an id, the key events and people use for it',
      expect.stringContaining('label'),
    ]);
  });

  it.each([
    ['no kind column', 'title\nT\n', 'row 1', 'the header row has no "kind" column'],
    [
      'no timeline row',
      'kind,id,date,title\nevent,e,2023,E\n',
      'row 1',
      'there is no timeline row',
    ],
    [
      'two timeline rows',
      'kind,title\ntimeline,A\ntimeline,B\n',
      'row 3 › kind',
      'there is already a timeline row (row 2)',
    ],
    [
      'a quote before any event',
      'kind,title,text,by\ntimeline,T,,\nquote,,words,a\n',
      'row 3 › kind',
      'belongs to the event above it',
    ],
    [
      'a second via',
      'kind,id,date,title,text,by,outlet\ntimeline,,,T,,,\nperson,a,,,,,\nevent,e,2023,E,,,\nquote,,,,w,a,\nvia,,,,,,X\nvia,,,,,,Y\n',
      'row 7 › kind',
      'already has a via row',
    ],
    [
      'a person in two groups',
      'kind,id,name,groups,title\ntimeline,,,,T\ngroup,g,G,,\ngroup,h,H,,\nperson,a,A,g; h,\n',
      'row 5 › groups',
      'a person belongs to one group',
    ],
    [
      'cells beyond the header',
      'kind,title\ntimeline,T,extra\n',
      'row 2 › column 3',
      'more cells than the header',
    ],
    ['an unclosed quote', 'kind,title\ntimeline,"T\n', 'line 2', 'never closed'],
    ['a repeated column', 'kind,title,Title\ntimeline,T,U\n', 'row 1 › Title', 'appears twice'],
  ])('%s', (_, csv, path, message) => {
    const problems = fromDatelineCsv(csv).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ path, message: expect.stringContaining(message) }),
    );
  });
});
