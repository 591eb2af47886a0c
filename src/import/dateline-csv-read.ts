/** Dateline's spreadsheet layout (`dateline-csv.ts`), read back into a timeline. */
import { formatPath } from '../validate/json-locate';
import type {
  EventInput,
  GroupInput,
  PeriodInput,
  PersonInput,
  QuoteInput,
  SourceInput,
  TimelineInput,
} from '../format/types';
import { cellProblem, isBlankRow, type CsvRow } from './csv-rows';
import { checkConverted, sortProblems, type ImportResult } from './origins';
import { compact, RESERVED_KEYS } from '../format/objects';
import { DatelineCells } from './dateline-csv-cells';

export function fromDatelineCsv(text: string): ImportResult {
  return new Reader(text).run();
}
class Reader extends DatelineCells {
  run(): ImportResult {
    this.readHeader();
    const timeline: Partial<TimelineInput> = {};
    const groups: Record<string, GroupInput> = {};
    const people: Record<string, PersonInput> = {};
    const periods: PeriodInput[] = [];
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
              media: this.media(row, '$'),
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
        } else if (kind === 'period') {
          const path = `$.periods[${periods.length}]`;
          const periodGroups = this.list(row, 'groups');
          if (periodGroups.length > 1) {
            this.error(row, 'groups', 'a period takes the colour of one group; list one');
          }
          periods.push(
            compact({
              id: this.text(row, 'id') ?? '',
              label: this.text(row, 'name') ?? '',
              date: this.text(row, 'date') ?? '',
              end: this.text(row, 'end') ?? '',
              group: periodGroups[0],
              color: this.text(row, 'color'),
            }),
          );
          this.mapObject(
            path,
            row,
            { id: 'id', label: 'name', date: 'date', end: 'end', group: 'groups', color: 'color' },
            'id',
          );
        } else if (kind === 'event') {
          const path = `$.events[${drafts.length}]`;
          const first = this.source(row);
          const value: EventInput = {
            id: this.text(row, 'id') ?? '',
            date: this.text(row, 'date') ?? '',
            end: this.text(row, 'end'),
            approximate: this.flag(row, 'approximate'),
            title: this.text(row, 'title') ?? '',
            summary: this.text(row, 'text'),
            place: this.text(row, 'place'),
            people: this.optionalList(row, 'people'),
            groups: this.optionalList(row, 'groups'),
            note: this.text(row, 'note'),
            media: this.media(row, path),
          };
          this.mapObject(path, row, {
            id: 'id',
            date: 'date',
            end: 'end',
            approximate: 'approximate',
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
      const { id, date, end, approximate, title, summary, place, people, groups, note, media } =
        value;
      return compact({
        id,
        date,
        end,
        approximate,
        title,
        summary,
        place,
        people,
        groups,
        quotes: quotes.length ? quotes : undefined,
        sources: sources.length ? sources : undefined,
        note,
        media,
      });
    });
    const value: TimelineInput = compact({
      version: 1 as const,
      title: timeline.title ?? '',
      summary: timeline.summary,
      locale: timeline.locale,
      source: timeline.source,
      note: timeline.note,
      media: timeline.media,
      people: Object.keys(people).length ? people : undefined,
      groups: Object.keys(groups).length ? groups : undefined,
      periods: periods.length ? periods : undefined,
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
}

/** The validator speaks of JSON keys; in the sheet, people and groups are rows. */
function inSheetWords(message: string): string {
  return message
    .replace(/add "decorative": true/, 'write true in the "media decorative" column')
    .replace(/add it under "people"/, 'add a person row with that id')
    .replace(/add it under "groups"/, 'add a group row with that id')
    .replace(/there is no such key in "people"/, 'there is no person row with that id')
    .replace(/there is no such key in "groups"/, 'there is no group row with that id')
    .replace(/the timeline has no "people" to refer to/, 'the sheet has no person rows')
    .replace(/the timeline has no "groups" to refer to/, 'the sheet has no group rows');
}
