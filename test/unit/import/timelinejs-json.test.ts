import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../../src/import/origins';
import { fromTimelineJsJson } from '../../../src/import/timelinejs-json';
import { splitCite } from '../../../src/import/cite';
import type { TimelineInput } from '../../../src/format/types';
import { validateTimeline } from '../../../src/validate/validate';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const SAMPLE = read('../../fixtures/import/timelinejs-sample.json');
const HOSTILE = read('../../fixtures/import/timelinejs-hostile.json');

/** One TimelineJS event, converted; the rest of the file is the minimum. */
function one(slide: Record<string, unknown>, options = {}) {
  return fromTimelineJsJson({ title: { text: { headline: 'T' } }, events: [slide] }, options);
}
const at = (result: ReturnType<typeof one>) =>
  result.problems.map((p) => [p.path, p.severity, p.message] as const);

describe('the TimelineJS sample (title, eras, HTML, quotes, hour precision, ranges)', () => {
  const result = fromTimelineJsJson(JSON.parse(SAMPLE), { text: SAMPLE, fallbackTitle: 'sample' });

  it('converts to the expected timeline', () => {
    const expected: TimelineInput = {
      version: 1,
      title: 'NATO & China: the warnings',
      summary:
        'How the U.S. and NATO warned Beijing — in their own words.\n\nReporting by the newsroom.',
      note: 'Links on the TimelineJS title slide: https://example.com/newsroom',
      // Since issue 12 §1 a picture is media (the title card's here), no longer a link and a note;
      // with no alt text, title or caption, the title stands in (with a warning).
      media: {
        src: 'https://example.com/cover.jpg',
        alt: 'NATO & China: the warnings',
        credit: 'AFP',
      },
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
        'jens-stoltenberg': { name: 'Jens Stoltenberg', role: 'NATO Secretary-General' },
        'antony-blinken': { name: 'Antony Blinken', role: 'U.S. Secretary of State' },
      },
      groups: { 'united-states': { label: 'United States' }, nato: { label: 'NATO' } },
      events: [
        {
          id: 'spacety-sanctions',
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
          id: 'stoltenberg-nato-increasingly-concerned',
          date: '2023-02-21T14:30Z',
          title: 'Stoltenberg: NATO “increasingly concerned”',
          summary: 'After the trilateral meeting,\nStoltenberg spoke.\n\nAlso: the transcript.',
          groups: ['nato'],
          quotes: [
            {
              text: 'Putin must not win.',
              by: 'jens-stoltenberg',
              source: { url: 'https://thehill.com/x' },
            },
          ],
          sources: [
            {
              title: 'the transcript',
              url: 'https://www.nato.int/cps/en/natohq/opinions_212124.htm',
            },
            { title: 'Getty Images', url: 'https://www.gettyimages.com/' },
          ],
          note: 'TimelineJS gave the time (14:30) without a time zone; shown here as UTC.',
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
          summary: 'Blinken met Wang Yi.\n\nclick',
          groups: ['united-states'],
          quotes: [{ text: 'We have information that gives us concern.', by: 'antony-blinken' }],
        },
        { id: 'a-year-of-war', date: '2022', title: 'A year of war' },
      ],
    };
    expect(result.value).toStrictEqual(expected);
    expect(validateTimeline(result.value).ok).toBe(true);
  });

  it('reports, as warnings located by JSON path and line, everything it could not keep', () => {
    expect(hasErrors(result.problems)).toBe(false);
    expect(result.problems.map((p) => [p.path, p.line])).toEqual([
      ['$.title.media.alt', 7],
      ['$.events[1].unique_id', 28],
      ['$.events[1].start_date.hour', 29],
      ['$.events[1].media.thumbnail', 39],
      ['$.events[2].text.text', 47],
      ['$.events[2].text.text', 47],
      ['$.events[2].text.text', 47],
      ['$.events[2].text.text', 47],
      ['$.events[2].text.text', 47],
      ['$.events[2].text.text', 47],
    ]);
    const messages = result.problems.map((p) => p.message).join('\n');
    for (const said of [
      'the event id is "stoltenberg-nato-increasingly-concerned"',
      'TimelineJS gives no time zone for 14:30',
      'thumbnail was not imported',
      'the media has no alt text; the title "NATO & China: the warnings" stands in for it',
      'removed a <script>',
      'removed the event-handler attribute onclick=',
      'removed a javascript: link',
      'removed an image',
      'removed an embedded <iframe>',
    ]) {
      expect(messages).toContain(said);
    }
  });
});

describe('dates', () => {
  it.each([
    [{ year: 2023 }, '2023'],
    [{ year: '2023', month: '' }, '2023'],
    [{ year: '2023', month: '2' }, '2023-02'],
    [{ year: 2023, month: 2, day: 21 }, '2023-02-21'],
    [{ year: ' 1,815 ', month: 12, day: 10 }, '1815-12-10'],
    [{ year: 2024, month: 2, day: 29 }, '2024-02-29'],
    [{ year: 2023, month: 2, day: 21, hour: 9 }, '2023-02-21T09:00Z'],
    [{ year: 2023, month: 2, day: 21, hour: 14, minute: 30, second: 5 }, '2023-02-21T14:30:05Z'],
    [{ year: 33, month: 4, day: 3 }, '0033-04-03'],
  ])('%j → %s', (start_date, date) => {
    const result = one({ start_date, text: { headline: 'E' } });
    expect(result.value.events[0]!.date).toBe(date);
    expect(hasErrors(result.problems)).toBe(false);
  });

  it('notes that a time had no zone, and warns', () => {
    const result = one({
      start_date: { year: 2023, month: 2, day: 21, hour: 14, minute: 30 },
      end_date: { year: 2023, month: 2, day: 21, hour: 16 },
      text: { headline: 'E' },
    });
    expect(result.value.events[0]).toMatchObject({
      date: '2023-02-21T14:30Z',
      end: '2023-02-21T16:00Z',
      note: 'TimelineJS gave the times (14:30, 16:00) without a time zone; shown here as UTC.',
    });
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.events[0].start_date.hour', 'warning'],
      ['$.events[0].end_date.hour', 'warning'],
    ]);
  });

  it('uses the offset given instead, with no note and no warning', () => {
    const result = one(
      {
        start_date: { year: 2023, month: 2, day: 21, hour: 14, minute: 30 },
        text: { headline: 'E' },
      },
      { offset: '+01:00' },
    );
    expect(result.value.events[0]).toStrictEqual({
      id: 'e',
      date: '2023-02-21T14:30+01:00',
      title: 'E',
    });
    expect(result.problems).toEqual([]);
  });

  it('keeps a display date from the date object in the note', () => {
    const result = one({
      start_date: { year: 1943, month: 6, display_date: 'Summer 1943' },
      text: { headline: 'E' },
    });
    expect(result.value.events[0]!.note).toBe('TimelineJS showed the date as “Summer 1943”.');
  });

  it.each([
    [{ year: 2023, month: 13 }, '$.events[0].start_date.month', 'month 13 does not exist'],
    [{ year: 2023, month: 2, day: 30 }, '$.events[0].start_date.day', 'February 2023 has 28 days'],
    [{ year: 2023, day: 3 }, '$.events[0].start_date.day', 'a day needs a month'],
    [{ year: 2023, month: 2, hour: 3 }, '$.events[0].start_date.hour', 'a hour needs a day'],
    [
      { year: 2023, month: 2, day: 3, hour: 24 },
      '$.events[0].start_date.hour',
      'hour 24 does not exist',
    ],
    [
      { year: 2023, month: 'Feb' },
      '$.events[0].start_date.month',
      'must be a whole number, not "Feb"',
    ],
    [{ year: 2.5 }, '$.events[0].start_date.year', 'must be a whole number'],
    // Years before 1 AD import since issue 12 (see "BC years" below); 0 and 10000 still do not.
    [{ year: 0 }, '$.events[0].start_date.year', 'TimelineJS has no year 0'],
    [{ year: 10000 }, '$.events[0].start_date.year', 'Dateline dates run to year 9999'],
    [{ year: -20000, month: 3 }, '$.events[0].start_date', 'only the year'],
    [{ month: 2 }, '$.events[0].start_date.year', 'a date needs at least a year'],
    ['2023-02-21', '$.events[0].start_date', 'a date must be an object'],
  ])('refuses %j at its path', (start_date, path, message) => {
    const text = JSON.stringify({ events: [{ start_date, text: { headline: 'E' } }] }, null, 2);
    const result = fromTimelineJsJson(JSON.parse(text), { text });
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ path, message: expect.stringContaining(message) }),
    ]);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('reports an event without a start_date as an error', () => {
    const result = one({ text: { headline: 'E' } });
    expect(at(result)).toEqual([
      ['$.events[0].start_date', 'error', expect.stringContaining('no start_date')],
    ]);
  });

  it('passes on the validator’s findings, located in the TimelineJS file', () => {
    const result = one({
      start_date: { year: 2023, month: 3 },
      end_date: { year: 2023, month: 1 },
      text: { headline: 'E' },
    });
    expect(at(result)).toEqual([
      [
        '$.events[0].end_date',
        'error',
        'the end (2023-01) is before the date the event starts (2023-03) ' +
          '(in the converted timeline at $.events[0].end)',
      ],
    ]);
  });

  it('treats a spreadsheet-style empty end date as none', () => {
    const result = one({
      start_date: { year: 2023 },
      end_date: { year: '', month: '' },
      text: { headline: 'E' },
    });
    expect(result.value.events[0]).not.toHaveProperty('end');
    expect(result.problems).toEqual([]);
  });
});

describe('ids, titles and groups', () => {
  it('makes unique URL-safe ids, keeping usable unique_ids', () => {
    const result = fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      events: [
        { start_date: { year: 2020 }, text: { headline: 'Same' } },
        { start_date: { year: 2021 }, text: { headline: 'Same' } },
        { start_date: { year: 2022 }, text: { headline: 'Other' }, unique_id: 'same-2' },
        { start_date: { year: 2023 }, text: { headline: 'Dup' }, unique_id: 'same-2' },
        { start_date: { year: 2024 }, text: { headline: 'Bad id' }, unique_id: 'not ok!' },
      ],
    });
    expect(result.value.events.map((e) => e.id)).toEqual([
      'same',
      'same-3',
      'same-2',
      'dup',
      'bad-id',
    ]);
    expect(at(result)).toEqual([
      ['$.events[3].unique_id', 'warning', expect.stringContaining('used by an earlier event')],
      ['$.events[4].unique_id', 'warning', expect.stringContaining('the event id is "bad-id"')],
    ]);
  });

  it('titles an event without a headline from its text, with a warning', () => {
    const result = one({
      start_date: { year: 2023 },
      text: { text: '<p>First line.</p><p>More.</p>' },
    });
    expect(result.value.events[0]).toMatchObject({
      title: 'First line.',
      summary: 'First line.\n\nMore.',
    });
    expect(at(result)).toEqual([
      ['$.events[0].text.headline', 'warning', expect.stringContaining('no headline')],
    ]);
  });

  it('refuses an event with neither headline nor text', () => {
    const result = one({ start_date: { year: 2023 }, media: { url: 'https://example.com/a.jpg' } });
    expect(result.value.events).toEqual([]);
    expect(at(result)).toEqual([
      ['$.events[0].text.headline', 'error', expect.stringContaining('no headline and no text')],
    ]);
  });

  it('titles a file without a title slide from the fallback, with a warning', () => {
    const result = fromTimelineJsJson(
      { events: [{ start_date: { year: 2023 }, text: { headline: 'E' } }] },
      { fallbackTitle: 'war-2022' },
    );
    expect(result.value.title).toBe('war-2022');
    expect(at(result)).toEqual([['$', 'warning', expect.stringContaining('no title slide')]]);
  });

  it('keys groups by the slug of their label, keeping labels apart', () => {
    const result = fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      events: [
        { start_date: { year: 2020 }, text: { headline: 'A' }, group: 'U.S.' },
        { start_date: { year: 2021 }, text: { headline: 'B' }, group: 'U S' },
        { start_date: { year: 2022 }, text: { headline: 'C' }, group: 'U.S.' },
      ],
    });
    expect(result.value.groups).toStrictEqual({
      'u-s': { label: 'U.S.' },
      'u-s-2': { label: 'U S' },
    });
    expect(result.value.events.map((e) => e.groups)).toEqual([['u-s'], ['u-s-2'], ['u-s']]);
  });

  it('reuses a person cited twice and warns when the roles differ', () => {
    const quote = (role: string) =>
      `<blockquote>Words.<cite>Antony Blinken, ${role}</cite></blockquote>`;
    const result = fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      events: [
        { start_date: { year: 2020 }, text: { headline: 'A', text: quote('Secretary of State') } },
        { start_date: { year: 2021 }, text: { headline: 'B', text: quote('Deputy Secretary') } },
      ],
    });
    expect(result.value.people).toStrictEqual({
      'antony-blinken': { name: 'Antony Blinken', role: 'Secretary of State' },
    });
    expect(at(result)).toEqual([
      ['$.events[1].text.text', 'warning', expect.stringContaining('keeps one role per person')],
    ]);
  });

  it.each([
    [
      'Jens Stoltenberg, NATO Secretary-General',
      { name: 'Jens Stoltenberg', role: 'NATO Secretary-General' },
    ],
    [
      'Edith Clarke — first female professor',
      { name: 'Edith Clarke', role: 'first female professor' },
    ],
    [
      'Martin Luther King, Jr., civil rights leader',
      { name: 'Martin Luther King, Jr.', role: 'civil rights leader' },
    ],
    ['Martin Luther King Jr.', { name: 'Martin Luther King Jr.' }],
    ['Thomas-Greenfield', { name: 'Thomas-Greenfield' }],
  ])('splitCite(%j)', (cite, expected) => {
    expect(splitCite(cite)).toStrictEqual(expected);
  });
});

describe('media', () => {
  // Issue 12 §1: what Dateline can show becomes media; the rest stays a link, with a warning.
  it('maps a YouTube video onto media: alt text, caption, credit and link kept', () => {
    const result = one({
      start_date: { year: 2023 },
      text: { headline: 'E' },
      media: {
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        title: 'The speech',
        caption: 'At the <b>podium</b>',
        credit: 'NATO',
        alt: 'A man speaking',
        link: 'https://www.nato.int/',
        link_target: '_blank',
      },
    });
    expect(result.value.events[0]!.media).toEqual({
      src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      alt: 'A man speaking',
      caption: 'At the podium',
      credit: 'NATO',
      link: 'https://www.nato.int/',
    });
    expect(result.value.events[0]!.sources).toBeUndefined();
    expect(result.value.events[0]!.note).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  it.each([
    ['https://example.com/a/photo.JPG', 'https://example.com/a/photo.JPG'],
    ['https://vimeo.com/76979871', 'https://vimeo.com/76979871'],
    ['https://example.com/interview.mp3', 'https://example.com/interview.mp3'],
    ['https://example.com/clip.mp4', 'https://example.com/clip.mp4'],
  ])('maps %s onto media, its title standing in for alt text', (url, src) => {
    const result = one({
      start_date: { year: 2023 },
      text: { headline: 'E' },
      media: { url, title: 'What it shows' },
    });
    expect(result.value.events[0]!.media).toEqual({ src, alt: 'What it shows' });
    expect(hasErrors(result.problems)).toBe(false);
    expect(validateTimeline(result.value).ok).toBe(true);
  });

  it('asks for alt text when there is none, the headline standing in', () => {
    const result = one({
      start_date: { year: 2023 },
      text: { headline: 'Summit opens' },
      media: { url: 'https://example.com/a.png', credit: 'AFP' },
    });
    expect(result.value.events[0]!.media).toEqual({
      src: 'https://example.com/a.png',
      alt: 'Summit opens',
      credit: 'AFP',
    });
    expect(at(result)).toEqual([
      [
        '$.events[0].media.alt',
        'warning',
        expect.stringContaining('describe what the media shows'),
      ],
    ]);
  });

  it.each([
    ['https://twitter.com/nato/status/1627999999999999999', 'twitter.com'],
    ['https://www.google.com/maps/place/Brussels', 'google.com'],
    ['https://en.wikipedia.org/wiki/NATO', 'en.wikipedia.org'],
    ['https://www.youtube.com/watch?v=x', 'youtube.com'],
  ])('keeps %s as a source and says it cannot be shown', (url, host) => {
    const result = one({
      start_date: { year: 2023 },
      text: { headline: 'E' },
      media: { url, caption: 'A caption', credit: 'A credit', link: 'https://www.nato.int/' },
    });
    expect(result.value.events[0]).toMatchObject({
      sources: [{ url }, { url: 'https://www.nato.int/' }],
      note: 'Media caption: A caption\nMedia credit: A credit',
    });
    expect(result.value.events[0]!.media).toBeUndefined();
    expect(at(result)).toEqual([
      [
        '$.events[0].media.url',
        'warning',
        expect.stringContaining(`cannot show this media (${host})`),
      ],
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'removed a javascript: link'],
    ['data:image/png;base64,AAAA', 'removed a data: link'],
    ['images/local.jpg', 'is not a full http(s) address'],
  ])('does not keep the media url %j, and says why', (url, message) => {
    const result = one({ start_date: { year: 2023 }, text: { headline: 'E' }, media: { url } });
    expect(result.value.events[0]).not.toHaveProperty('sources');
    expect(at(result)).toEqual([
      ['$.events[0].media.url', 'warning', expect.stringContaining(message)],
    ]);
    expect(result.problems[0]!.message).toContain('the media was not imported');
  });

  it('converts embed code like text: an iframe is dropped and reported', () => {
    const result = one({
      start_date: { year: 2023 },
      text: { headline: 'E' },
      media: { url: '<iframe src="https://www.google.com/maps/embed?x"></iframe>' },
    });
    expect(result.value.events[0]).toStrictEqual({ id: 'e', date: '2023', title: 'E' });
    expect(at(result)).toEqual([
      ['$.events[0].media.url', 'warning', expect.stringContaining('removed an embedded <iframe>')],
    ]);
  });

  it('reports unknown fields and backgrounds rather than dropping them silently', () => {
    const result = fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      events: [
        {
          start_date: { year: 2023, era: 'x' },
          text: { headline: 'E', subtitle: 'x' },
          background: { color: '#000' },
          location: { lat: 1 },
        },
      ],
      options: {},
      scale: 'geological',
    });
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.options', 'warning'],
      ['$.scale', 'warning'],
      ['$.events[0].location', 'warning'],
      ['$.events[0].start_date.era', 'warning'],
      ['$.events[0].text.subtitle', 'warning'],
      ['$.events[0].background', 'warning'],
    ]);
  });
});

describe('BC years and deep time (issue 12)', () => {
  // TimelineJS counts as historians do (-44 is 44 BC); ISO 8601 astronomically (-0043).
  it.each([
    [{ year: -44, month: 3, day: 15 }, '-0043-03-15'],
    [{ year: '-44' }, '-0043'],
    [{ year: -1 }, '0000'],
    [{ year: 1 }, '0001'],
    [{ year: -45, month: 2, day: 29 }, '-0044-02-29'],
    [{ year: -10000 }, '-9999'],
    [{ year: -10001 }, '-10001'],
    [{ year: '-13800000000' }, '-13800000000'],
  ])('%j becomes %s', (start_date, raw) => {
    const result = one({ start_date, text: { headline: 'E' } });
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(result.value.events[0]!.date).toBe(raw);
  });

  it('takes the cosmological scale without a warning', () => {
    const result = fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      scale: 'cosmological',
      events: [{ start_date: { year: -4600000000 }, text: { headline: 'Earth' } }],
    });
    expect(result.problems.filter((p) => p.path === '$.scale')).toEqual([]);
    expect(result.value.events[0]!.date).toBe('-4600000000');
  });
});

describe('eras import as periods (issue 12)', () => {
  const withEras = (eras: unknown[]) =>
    fromTimelineJsJson({
      title: { text: { headline: 'T' } },
      eras,
      events: [{ start_date: { year: 2013 }, text: { headline: 'E' } }],
    });

  it('overlapping eras become overlapping periods, labelled by their headline', () => {
    const result = withEras([
      { start_date: { year: 2013 }, end_date: { year: 2016 }, text: { headline: 'Second term' } },
      {
        start_date: { year: 2014, month: 2 },
        end_date: { year: 2014, month: 3 },
        text: { headline: 'Crimea' },
      },
    ]);
    expect(result.value.periods).toEqual([
      { id: 'second-term', label: 'Second term', date: '2013', end: '2016' },
      { id: 'crimea', label: 'Crimea', date: '2014-02', end: '2014-03' },
    ]);
    expect(validateTimeline(result.value).ok).toBe(true);
  });

  it('an era without an end is reported at its path and left out', () => {
    const result = withEras([{ start_date: { year: 2013 }, text: { headline: 'Open' } }]);
    expect(result.value.periods).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ path: '$.eras[0]', severity: 'warning' }),
    ]);
  });
});

describe('files that are not TimelineJS 3', () => {
  it.each([
    [[], '$'],
    [{ title: { text: { headline: 'T' } } }, '$.events'],
    [{ timeline: { headline: 'T', date: [] } }, '$.timeline'],
  ])('%j: an error at %s', (value, path) => {
    const result = fromTimelineJsJson(value);
    expect(result.problems).toEqual([expect.objectContaining({ path, severity: 'error' })]);
  });

  it('says when there are no events', () => {
    const result = fromTimelineJsJson({ title: { text: { headline: 'T' } }, events: [] });
    expect(at(result)).toContainEqual(['$.events', 'error', 'the TimelineJS file has no events']);
  });
});

describe('escaped markup', () => {
  it('is an error where it was written, since decoded it reads as a tag', () => {
    const result = one({
      start_date: { year: 2023 },
      text: { headline: 'E', text: 'Use &lt;b&gt; for bold' },
    });
    expect(at(result)).toEqual([
      [
        '$.events[0].text.text',
        'error',
        expect.stringMatching(/^HTML is not allowed here.*"<b>".*at \$\.events\[0\]\.summary\)$/),
      ],
    ]);
  });
});

describe('hostile HTML', () => {
  const result = fromTimelineJsJson(JSON.parse(HOSTILE), { text: HOSTILE });

  it('never reaches the output', () => {
    const out = JSON.stringify(result.value);
    expect(out).not.toMatch(/<\s*\/?\s*[a-z!?]/i);
    expect(out).not.toMatch(/javascript:|vbscript:|data:text|onerror|onload|onclick|alert\(/i);
    expect(validateTimeline(result.value).ok).toBe(true);
  });

  it('is neutralised with a warning for each thing removed, at its path', () => {
    expect(hasErrors(result.problems)).toBe(false);
    const paths = new Set(result.problems.map((p) => p.path));
    expect([...paths].sort()).toEqual([
      '$.events[0].group',
      '$.events[0].media.caption',
      '$.events[0].media.credit',
      '$.events[0].media.url',
      '$.events[0].text.headline',
      '$.events[0].text.text',
      '$.title.text.text',
    ]);
    for (const p of result.problems) expect(p.line).toBeGreaterThan(1);
  });

  it('keeps the words around the markup', () => {
    expect(result.value.title).toBe('Safe title');
    expect(result.value.events[0]).toMatchObject({
      title: 'Headline',
      summary: 'Visible text.\n\nclick me',
      groups: ['nato'],
      quotes: [{ text: 'Real words.', by: 'someone' }],
      note: 'Media caption: caption\nMedia credit: credit',
    });
  });
});
