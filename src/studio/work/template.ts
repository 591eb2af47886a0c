/**
 * The blank template: Dateline's spreadsheet layout with its header and one example row of each
 * kind, filled in so that it is a valid timeline from the start (a test imports it) and every
 * column has an example somewhere below its header (a test checks that too). Its media are on
 * example.org, an origin no page allows: the preview shows their alt text, caption and credit
 * and requests nothing.
 */
import { DATELINE_COLUMNS } from '../../import/dateline-csv';

export const TEMPLATE_ROWS: readonly (readonly string[])[] = [
  [...DATELINE_COLUMNS],
  row({
    kind: 'timeline',
    title: 'Untitled timeline',
    text: 'One line that says what the timeline is about.',
    locale: 'en-US',
    note: 'A note for readers: how the timeline was made, what is inferred.',
    media: 'https://example.org/video/explainer.mp4',
    'media alt': 'Video: the plan explained in two minutes',
    'media type': 'video/mp4',
    'media tracks': 'https://example.org/video/explainer.en.vtt | en | English | captions',
  }),
  row({ kind: 'group', id: 'city-hall', name: 'City Hall', color: '#1f77b4' }),
  row({ kind: 'person', id: 'jane-doe', name: 'Jane Doe', role: 'Mayor', groups: 'city-hall' }),
  row({
    kind: 'event',
    id: 'first-event',
    date: '2024-03',
    end: '2024-04',
    approximate: 'false',
    title: 'What happened first',
    text: 'A sentence or two about it. "2024-03" is a month; write 2024-03-05 for a day.',
    place: 'Springfield',
    people: 'jane-doe',
    outlet: 'Example News',
    programme: 'Evening Bulletin',
    'source title': 'Mayor announces the plan',
    author: 'A. Reporter',
    'source date': '2024-03-05',
    url: 'https://example.org/story',
    media: 'https://example.org/photos/city-hall.jpg',
    'media alt': 'The mayor at a lectern on the steps of City Hall',
    'media decorative': 'false',
    'media caption': 'The mayor announces the plan.',
    'media credit': 'A. Photographer/Example News',
    'media link': 'https://example.org/photos/city-hall',
    'media width': '1200',
    'media height': '800',
    'media srcset': 'https://example.org/photos/city-hall-600.jpg 600w',
  }),
  row({
    kind: 'quote',
    text: 'The words, exactly as they were said.',
    by: 'jane-doe',
    context: 'at a press conference',
  }),
];

function row(cells: Record<string, string>): string[] {
  return DATELINE_COLUMNS.map((h) => cells[h] ?? '');
}

/** Cells as a CSV file (RFC 4180: quoted when they hold a comma, quote or line break). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
