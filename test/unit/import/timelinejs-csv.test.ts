import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../../src/import/origins';
import { fromTimelineJsCsv } from '../../../src/import/timelinejs-csv';
import { parseTime } from '../../../src/import/timelinejs-time';
import type { TimelineInput } from '../../../src/format/types';
import { validateTimeline } from '../../../src/validate/validate';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,' +
  'Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
/** A template row from the cells that matter, by column name. */
function row(cells: Record<string, string>): string {
  return HEADER.split(',')
    .map((c) => {
      const v = cells[c] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}
const sheet = (...rows: Record<string, string>[]) => [HEADER, ...rows.map(row)].join('\n');

describe('the TimelineJS template sample', () => {
  const result = fromTimelineJsCsv(read('../../fixtures/import/timelinejs-sample.csv'));

  it('converts to the expected timeline', () => {
    const expected: TimelineInput = {
      version: 1,
      title: 'NATO & China',
      summary: 'How the U.S. and NATO warned Beijing.',
      // Eras import as periods since issue 12, no longer as a note.
      periods: [
        {
          id: 'the-first-year-of-the-war',
          label: 'The first year of the war',
          date: '2022-02-24',
          end: '2023',
        },
      ],
      people: {
        'u-s-treasury-department': {
          name: 'U.S. Treasury Department',
          role: 'U.S. government department',
        },
        'antony-blinken': { name: 'Antony Blinken', role: 'U.S. Secretary of State' },
      },
      groups: { 'united-states': { label: 'United States' }, nato: { label: 'NATO' } },
      events: [
        {
          id: 'u-s-sanctions-spacety',
          date: '2023-01',
          title: 'U.S. sanctions Spacety',
          summary: 'The Treasury sanctioned the satellite maker.',
          groups: ['united-states'],
          quotes: [
            {
              text: 'in order to enable Wagner combat operations in Ukraine',
              by: 'u-s-treasury-department',
            },
          ],
          note: 'TimelineJS showed the date as “In January”.',
        },
        {
          id: 'stoltenberg-speaks-in-brussels',
          date: '2023-02-21T14:30Z',
          end: '2023-02-21T15:45Z',
          title: 'Stoltenberg speaks in Brussels',
          summary: 'After the meeting, Stoltenberg spoke. See NATO.',
          groups: ['nato'],
          sources: [{ title: 'NATO', url: 'https://www.nato.int/' }],
          note: 'TimelineJS gave the times (14:30, 15:45) without a time zone; shown here as UTC.',
          media: {
            src: 'https://example.com/photo.jpg',
            alt: 'Stoltenberg in Brussels',
            caption: 'Stoltenberg in Brussels',
            credit: 'Getty Images',
          },
        },
        {
          id: 'munich-security-conference',
          date: '2023-02-18',
          end: '2023-02-20',
          title: 'Munich Security Conference',
          summary: 'Blinken met Wang Yi.',
          groups: ['united-states'],
          quotes: [{ text: 'We have information that gives us concern.', by: 'antony-blinken' }],
        },
      ],
    };
    expect(result.value).toStrictEqual(expected);
    expect(validateTimeline(result.value).ok).toBe(true);
  });

  it('reports what it could not keep, by row and column, as warnings', () => {
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.problems.map((p) => [p.path, p.line, p.column])).toEqual([
      ['row 2 › Background', 2, 18],
      // Row 3 is an era: a period since issue 12, so nothing to report there any more.
      ['row 5 › Time', 5, 4],
      ['row 5 › End Time', 5, 8],
      ['row 5 › Media Thumbnail', 5, 15],
      // Row 5 holds a line break, so row 6 starts on line 7.
      ['row 6 › Text', 7, 11],
      ['row 6 › Text', 7, 11],
    ]);
  });

  it('takes the zone from the offset option', () => {
    const withOffset = fromTimelineJsCsv(read('../../fixtures/import/timelinejs-sample.csv'), {
      offset: '-05:00',
    });
    expect(withOffset.value.events[1]).toMatchObject({
      date: '2023-02-21T14:30-05:00',
      end: '2023-02-21T15:45-05:00',
      media: { caption: 'Stoltenberg in Brussels', credit: 'Getty Images' },
    });
    expect(withOffset.value.events[1]!.note).toBeUndefined();
  });
});

describe('broken rows', () => {
  const result = fromTimelineJsCsv(read('../../fixtures/import/timelinejs-broken.csv'));
  const errors = result.problems.filter((p) => p.severity !== 'warning');

  it('give errors located by row, line and column', () => {
    expect(errors.map((p) => [p.path, p.line, p.column])).toEqual([
      ['row 3 › Month', 3, 2],
      ['row 4 › Day', 4, 3],
      ['row 5 › Time', 6, 4],
      ['row 6 › End Year', 7, 5],
      ['row 7 › Year', 8, 1],
      ['row 8 › End Year', 9, 5],
      ['row 9 › Headline', 10, 10],
    ]);
    expect(errors.map((p) => p.message)).toEqual([
      'month 13 does not exist; months run from 1 to 12',
      'day 30 does not exist: February 2023 has 28 days',
      'the hour 25 does not exist; hours run from 0 to 23',
      'a date needs at least a year',
      'this row has no Year; Dateline needs a date for every event',
      expect.stringMatching(/^the end \(2023-01\) is before the date the event starts \(2023-03\)/),
      expect.stringContaining('no headline and no text'),
    ]);
  });

  it('warn about an unknown column and an unknown Type, and keep the row', () => {
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [p.path, p.line, p.column])).toEqual([
      ['row 1 › Notes', 1, 19],
      ['row 10 › Type', 11, 16],
    ]);
    // Rows whose dates could not be read are left out (the errors say why); a bad Time leaves
    // the day, which is still an error, so nothing is written.
    expect(result.value.events.map((e) => e.title)).toEqual([
      'Bad hour',
      'Ends before it starts',
      'Fine',
    ]);
  });
});

describe('rows and columns', () => {
  it('reads columns in any order and case, and ignores blank rows', () => {
    const text = 'headline,YEAR,month\nFirst,2023,2\n,,\nSecond,2024,\n';
    const result = fromTimelineJsCsv(text, { fallbackTitle: 'x' });
    expect(result.value.events.map((e) => [e.title, e.date])).toEqual([
      ['First', '2023-02'],
      ['Second', '2024'],
    ]);
  });

  it('needs Year and Headline columns', () => {
    const result = fromTimelineJsCsv('Year,Text\n2023,x\n');
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: 'row 1',
        line: 1,
        message: 'the header row has no "Headline" column',
      }),
    );
  });

  it('reads a second title row as an event, with a warning', () => {
    const result = fromTimelineJsCsv(
      sheet(
        { Headline: 'The title', Type: 'title' },
        { Headline: 'Another title', Type: 'title', Year: '2023' },
      ),
    );
    expect(result.value.title).toBe('The title');
    expect(result.value.events.map((e) => e.title)).toEqual(['Another title']);
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'row 3 › Type', severity: 'warning' }),
    ]);
  });

  it('reports cells beyond the header', () => {
    const result = fromTimelineJsCsv('Year,Headline\n2023,A,extra\n');
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: 'row 2 › column 3', column: 3, severity: 'warning' }),
    );
  });

  it('turns a blockquote given as Media into a quote', () => {
    const result = fromTimelineJsCsv(
      sheet(
        { Headline: 'T', Type: 'title' },
        {
          Year: '1948',
          Month: '3',
          Day: '14',
          Headline: 'Edith Clarke',
          Media:
            '<blockquote>There is always a demand for good work. <cite>Edith Clarke, engineer</cite></blockquote>',
        },
      ),
    );
    expect(result.value.events[0]).toMatchObject({
      quotes: [{ text: 'There is always a demand for good work.', by: 'edith-clarke' }],
    });
    expect(result.value.people).toStrictEqual({
      'edith-clarke': { name: 'Edith Clarke', role: 'engineer' },
    });
  });

  it('keeps hostile HTML out of the output', () => {
    const result = fromTimelineJsCsv(
      sheet(
        { Headline: '<script>alert(1)</script>Title', Type: 'title' },
        {
          Year: '2023',
          Headline: '<img src=x onerror=alert(1)>Event',
          Text: '<a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe>',
          'Media Caption': '<svg onload=alert(1)>',
          Group: '<b onclick="x()">G</b>',
        },
      ),
    );
    const out = JSON.stringify(result.value);
    expect(out).not.toMatch(/<\s*\/?\s*[a-z!]|javascript:|onerror|onload|onclick|alert/i);
    expect(hasErrors(result.problems)).toBe(false);
    expect(new Set(result.problems.map((p) => p.path))).toEqual(
      new Set([
        'row 2 › Headline',
        'row 3 › Headline',
        'row 3 › Text',
        'row 3 › Media Caption',
        'row 3 › Group',
      ]),
    );
  });
});

describe('parseTime', () => {
  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['9', { hour: 9 }],
    ['1430', { hour: 14, minute: 30 }],
    ['14.30', { hour: 14, minute: 30 }],
    ['14:30:05', { hour: 14, minute: 30, second: 5 }],
    ['14:30:05.25', { hour: 14, minute: 30, second: 5, millisecond: 250 }],
    ['2:30 PM', { hour: 14, minute: 30 }],
    ['12:05 a.m.', { hour: 0, minute: 5 }],
    ['12 pm', { hour: 12 }],
    [' 7:00am ', { hour: 7, minute: 0 }],
  ])('%j → %j', (text, expected) => {
    expect(parseTime(text)).toStrictEqual(expected);
  });

  it.each([
    ['25:00', 'the hour 25 does not exist'],
    ['13 PM', 'does not exist on a 12-hour clock'],
    ['10:75', 'the minute 75 does not exist'],
    ['noon', 'is not a time'],
    ['10:30:00:00', 'is not a time'],
  ])('%j is refused', (text, message) => {
    const result = parseTime(text);
    expect('error' in result && result.error).toContain(message);
  });
});
