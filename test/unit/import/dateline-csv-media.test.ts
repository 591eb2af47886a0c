// Dateline's spreadsheet layout and what issue 12 added to the format: media columns, an
// event's approximate date and period rows, both ways, with their errors located on the cell.
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DATELINE_COLUMNS, MEDIA_COLUMNS } from '../../../src/import/dateline-csv';
import { fromDatelineCsv } from '../../../src/import/dateline-csv-read';
import { toDatelineCsv } from '../../../src/import/dateline-csv-write';
import type { MediaInput, TimelineInput } from '../../../src/format/types';
import { validateTimeline } from '../../../src/validate/validate';

/** A sheet from rows of cells by column name. */
function sheet(...rows: Record<string, string>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]
    .map((cells) =>
      cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    )
    .join('\n');
}

const TIMELINE = { kind: 'timeline', title: 'T' };
const event = (cells: Record<string, string>) => ({
  kind: 'event',
  id: 'e',
  date: '2023',
  title: 'E',
  ...cells,
});
const withMedia = (media: MediaInput): TimelineInput => ({
  version: 1,
  title: 'T',
  events: [{ id: 'e', date: '2023', title: 'E', media }],
});

describe('media columns', () => {
  const full: TimelineInput = {
    version: 1,
    title: 'Media',
    media: {
      src: 'video/explainer.mp4',
      alt: 'The plan explained',
      type: 'video/mp4',
      tracks: [
        { src: 'video/explainer.en.vtt', srclang: 'en', label: 'English', kind: 'captions' },
        { src: 'video/explainer.de.vtt', srclang: 'de', label: 'Deutsch' },
      ],
    },
    events: [
      {
        id: 'e1',
        date: '2023',
        title: 'E1',
        media: {
          src: 'img/press.jpg',
          alt: 'Stoltenberg at a lectern, NATO flags behind him',
          decorative: false,
          caption: 'Stoltenberg speaks, at "NATO headquarters", in Brussels.',
          credit: 'Kenzo Tribouillard/AFP via Getty Images',
          link: 'https://www.gettyimages.com/detail/1',
          width: 1200,
          height: 800,
          srcset: [
            { src: 'img/press-600.jpg', width: 600 },
            { src: 'https://example.org/press-2400.jpg', width: 2400 },
          ],
        },
      },
      {
        id: 'e2',
        date: '2024',
        title: 'E2',
        media: { src: 'img/rule.png', alt: '', decorative: true, type: 'image' },
      },
    ],
  };

  it('carry every media field of the title card and of events both ways', () => {
    expect(validateTimeline(full).ok).toBe(true);
    const csv = toDatelineCsv(full);
    const result = fromDatelineCsv(csv);
    expect(result.problems).toEqual([]);
    expect(result.value).toStrictEqual(full);
  });

  it('are written as a reporter would type them', () => {
    const [header, , e1, e2] = csvParseRows(toDatelineCsv(full));
    const cell = (row: string[] | undefined, column: string) =>
      row?.[header!.indexOf(column)] ?? '';
    expect(header).toEqual([...DATELINE_COLUMNS]);
    expect(MEDIA_COLUMNS.every((c) => header!.includes(c))).toBe(true);
    expect(cell(e1, 'media')).toBe('img/press.jpg');
    expect(cell(e1, 'media width')).toBe('1200');
    expect(cell(e1, 'media srcset')).toBe(
      'img/press-600.jpg 600w, https://example.org/press-2400.jpg 2400w',
    );
    expect(cell(e2, 'media decorative')).toBe('true');
    const [, timeline] = csvParseRows(toDatelineCsv(full));
    expect(cell(timeline, 'media tracks')).toBe(
      'video/explainer.en.vtt | en | English | captions\nvideo/explainer.de.vtt | de | Deutsch',
    );
  });

  it('read TimelineJS’s headings (Media, Media Caption, Media Credit) and sizes in px', () => {
    const result = fromDatelineCsv(
      sheet(
        TIMELINE,
        event({
          Media: 'img/a.jpg',
          'Media Alt': 'A photo',
          'Media Caption': 'Caption',
          'Media Credit': 'Credit',
          Media_Width: '640px',
          'media decorative': 'No',
          'media srcset': 'img/a-320.jpg 320w; img/a-1280.jpg 1280w',
        }),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.value.events[0]?.media).toStrictEqual({
      src: 'img/a.jpg',
      alt: 'A photo',
      decorative: false,
      caption: 'Caption',
      credit: 'Credit',
      width: 640,
      srcset: [
        { src: 'img/a-320.jpg', width: 320 },
        { src: 'img/a-1280.jpg', width: 1280 },
      ],
    });
  });

  it('take a Media Thumbnail column (TimelineJS’s) with a warning, and do not read it', () => {
    const result = fromDatelineCsv(
      sheet(TIMELINE, event({ Media: 'a.jpg', 'Media Alt': 'A', 'Media Thumbnail': 't.jpg' })),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: 'row 1 › Media Thumbnail',
        severity: 'warning',
        message: expect.stringContaining('Dateline shows no thumbnails'),
      }),
    ]);
    expect(result.value.events[0]?.media).toStrictEqual({ src: 'a.jpg', alt: 'A' });
  });
});

describe('bad media in a sheet', () => {
  /** The validator's message for a media field of the same timeline written as JSON. */
  const jsonMessage = (media: MediaInput, field: string) =>
    (() => {
      const checked = validateTimeline(withMedia(media));
      if (checked.ok) throw new Error('expected the JSON to be refused');
      return checked.problems.find((p) => p.path === `$.events[0].media.${field}`)?.message;
    })();

  it.each([
    ['a javascript: address', { src: 'javascript:alert(1)', alt: 'x' }, 'src', 'media'],
    ['a data: address', { src: 'data:image/png;base64,AAAA', alt: 'x' }, 'src', 'media'],
    ['an empty address', { src: '', alt: 'x' }, 'src', 'media'],
    [
      'a javascript: link',
      { src: 'a.jpg', alt: 'x', link: 'javascript:go()' },
      'link',
      'media link',
    ],
  ])('%s: the JSON path’s message, on the cell', (_, media, field, column) => {
    const cells: Record<string, string> = { media: media.src, 'media alt': media.alt };
    if ('link' in media) cells['media link'] = media.link;
    const text = sheet(TIMELINE, event(cells));
    const problems = fromDatelineCsv(text).problems;
    const header = text.split('\n')[0]!.split(',');
    expect(problems).toEqual([
      {
        path: `row 3 › ${column}`,
        line: 3,
        column: header.indexOf(column) + 1,
        severity: 'error',
        message: jsonMessage(media, field),
      },
    ]);
  });

  it('no alt text and not decorative: the alt cell, saying which column to write in', () => {
    const problems = fromDatelineCsv(
      sheet(TIMELINE, event({ media: 'a.jpg', 'media alt': '' })),
    ).problems;
    const json = jsonMessage({ src: 'a.jpg', alt: '' }, 'alt')!;
    expect(json).toContain('add "decorative": true');
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'row 3 › media alt',
        message: json.replace(
          'add "decorative": true',
          'write true in the "media decorative" column',
        ),
      }),
    ]);
    // With decorative, an empty alt is what the format asks for.
    const decorative = sheet(
      TIMELINE,
      event({ media: 'a.jpg', 'media alt': '', 'media decorative': 'TRUE' }),
    );
    expect(fromDatelineCsv(decorative).problems).toEqual([]);
  });

  it('a caption without an address: the address cell is named', () => {
    const problems = fromDatelineCsv(
      sheet(TIMELINE, event({ media: '', 'media alt': '', 'media caption': 'C' })),
    ).problems;
    expect(problems.map((p) => p.path)).toEqual(['row 3 › media', 'row 3 › media alt']);
  });

  it.each([
    ['media width', 'wide', 'a size is a whole number of pixels above 0, e.g. 1200; found "wide"'],
    ['media width', '0', 'a size is a whole number of pixels above 0, e.g. 1200; found 0'],
    ['media height', '1.5', 'a size is a whole number of pixels above 0, e.g. 1200; found "1.5"'],
    ['media decorative', 'maybe', '"maybe" is not true or false'],
    ['media srcset', 'img/a-600.jpg', '"img/a-600.jpg" is not an address and its width'],
    ['media tracks', 'clip.vtt | en', '"clip.vtt | en" is not a caption file'],
    ['media srcset', 'javascript:x 600w', 'only http: and https: addresses are allowed'],
    ['media tracks', 'c.vtt | english! | E', '"english!" is not a valid language tag'],
  ])('%s "%s"', (column, value, message) => {
    const text = sheet(TIMELINE, event({ media: 'a.jpg', 'media alt': 'A', [column]: value }));
    const problems = fromDatelineCsv(text).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        path: `row 3 › ${column}`,
        severity: 'error',
        message: expect.stringContaining(message),
      }),
    ]);
  });

  it('media on a row of a kind that has none is an error, not dropped', () => {
    const problems = fromDatelineCsv(
      sheet(TIMELINE, { kind: 'group', id: 'g', name: 'G', media: 'a.jpg' }, event({})),
    ).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'row 3 › media',
        message: expect.stringContaining('a group row does not use the "media" column'),
      }),
    ]);
  });
});

describe('approximate dates and periods in a sheet', () => {
  const full: TimelineInput = {
    version: 1,
    title: 'History',
    groups: { rome: { label: 'Rome' } },
    periods: [
      { id: 'republic', label: 'Late Republic', date: '-0132', end: '-0026', group: 'rome' },
      { id: 'war', label: 'Civil war', date: '-0048', end: '-0044', color: '#aa3300' },
    ],
    events: [
      { id: 'ides', date: '-0043-03-15', title: 'The Ides of March' },
      { id: 'birth', date: '1850', approximate: true, title: 'Born' },
      { id: 'known', date: '1851', approximate: false, title: 'Known' },
    ],
  };

  it('carry a period a row and an event’s approximate date both ways', () => {
    expect(validateTimeline(full).ok).toBe(true);
    const csv = toDatelineCsv(full);
    const kinds = csvParseRows(csv).map((r) => r[0]);
    expect(kinds).toEqual([
      'kind',
      'timeline',
      'group',
      'period',
      'period',
      'event',
      'event',
      'event',
    ]);
    const result = fromDatelineCsv(csv);
    expect(result.problems).toEqual([]);
    expect(result.value).toStrictEqual(full);
  });

  it.each([
    [{ kind: 'period', id: 'p', date: '2024', end: '2023', name: 'P' }, 'row 3 › end', 'before'],
    [
      { kind: 'period', id: 'p', date: '2023', end: '2024', name: 'P', groups: 'nope' },
      'row 3 › groups',
      'add a group row with that id',
    ],
    [
      { kind: 'period', id: 'p', date: '2023', end: '2024', name: 'P', groups: 'a; b' },
      'row 3 › groups',
      'a period takes the colour of one group',
    ],
    [
      { kind: 'period', id: 'p', date: '2023', end: '2024', name: '' },
      'row 3 › name',
      'the label is empty',
    ],
    [
      { kind: 'event', id: 'e2', date: '2023', title: 'E', approximate: 'maybe' },
      'row 3 › approximate',
      '"maybe" is not true or false',
    ],
    [
      { kind: 'period', id: 'p', date: '2023', end: '2024', name: 'P', title: 'T' },
      'row 3 › title',
      'a period row does not use the "title" column',
    ],
  ])('%j: %s', (bad, path, message) => {
    const problems = fromDatelineCsv(sheet(TIMELINE, bad, event({}))).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        path,
        severity: 'error',
        message: expect.stringContaining(message),
      }),
    );
  });
});
