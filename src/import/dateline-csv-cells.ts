/**
 * Reading Dateline's spreadsheet layout (`dateline-csv.ts`), cell by cell: the header, each
 * row's kind, its cells as text, lists and sources, and where each output field came from.
 * The base of the reader in `dateline-csv-read.ts`.
 */
import { didYouMean } from '../validate/did-you-mean';
import type { MediaInput, Problem, SourceInput } from '../format/types';
import { cellProblem, isBlankRow, normaliseHeader, readCsv, type CsvRow } from './csv-rows';
import { Origins, type Finding } from './origins';
import { MEDIA_FIELDS, readMedia } from './dateline-csv-media';
import {
  DATELINE_COLUMNS,
  KIND_NAMES,
  KINDS,
  SOURCE_FIELDS,
  unguardCell,
  yesNo,
  type Column,
  type Kind,
} from './dateline-csv';

export type Cell = { row: number; line: number; column?: { index: number; name: string } };

export abstract class DatelineCells {
  protected readonly table;
  protected readonly problems: Problem[] = [];
  protected readonly findings: Finding<Cell>[] = [];
  protected readonly columns = new Map<Column, number>();
  protected readonly origins: Origins<Cell>;
  protected readonly header: Cell = { row: 1, line: 1 };

  constructor(text: string) {
    this.table = readCsv(text);
    this.problems.push(...this.table.problems);
    this.origins = new Origins<Cell>(this.header);
  }

  protected readHeader(): void {
    const known = new Map<string, Column>(DATELINE_COLUMNS.map((c) => [c, c]));
    this.table.header.forEach((name, index) => {
      if (name === '') return;
      const normal = normaliseHeader(name);
      const column = known.get(normal);
      const at = { row: 1, line: 1, column: { index, name } };
      if (normal === 'media thumbnail') {
        // TimelineJS's template has it; a sheet copied from one should not fail for it.
        this.findings.push({
          at,
          message:
            'Dateline shows no thumbnails (the picture itself is shown, scaled): ' +
            'the column is not read',
          severity: 'warning',
        });
        return;
      }
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

  protected kind(row: CsvRow): Kind | undefined {
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
  protected checkColumns(row: CsvRow, kind: Kind): void {
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

  protected raw(row: CsvRow, column: Column): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : unguardCell(row.cells[index] ?? '');
  }

  /** A text cell: trimmed, line breaks as "\n", `undefined` when empty. */
  protected text(row: CsvRow, column: Column): string | undefined {
    const value = this.raw(row, column).replace(/\r\n?/g, '\n').trim();
    return value === '' ? undefined : value;
  }

  protected list(row: CsvRow, column: Column): string[] {
    return this.raw(row, column)
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** A true/false cell, `undefined` when empty; anything else is an error. */
  protected flag(row: CsvRow, column: Column): boolean | undefined {
    const value = this.text(row, column);
    if (value === undefined) return undefined;
    const flag = yesNo(value);
    if (flag === undefined) {
      this.error(row, column, `"${value}" is not true or false; write true, false, or nothing`);
    }
    return flag;
  }

  protected optionalList(row: CsvRow, column: Column): string[] | undefined {
    const list = this.list(row, column);
    return list.length ? list : undefined;
  }

  protected source(row: CsvRow): SourceInput | undefined {
    const source: SourceInput = {};
    for (const [field, column] of SOURCE_FIELDS) {
      const value = this.text(row, column);
      if (value !== undefined) source[field] = value;
    }
    return Object.keys(source).length ? source : undefined;
  }

  /** The row's media, located: its object on the `media` cell, each field on its column. */
  protected media(row: CsvRow, path: string): MediaInput | undefined {
    const media = readMedia({
      text: (column) => this.text(row, column),
      error: (column, message) => this.error(row, column, message),
    });
    if (media) this.mapObject(`${path}.media`, row, MEDIA_FIELDS, 'media');
    return media;
  }

  protected cell(row: CsvRow, column: Column | undefined): Cell {
    const index = column === undefined ? undefined : this.columns.get(column);
    return index === undefined
      ? { row: row.row, line: row.line }
      : { row: row.row, line: row.line, column: { index, name: this.table.header[index]! } };
  }

  /** Locates an output object on its row and each of its fields on its column. */
  protected mapObject(
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

  protected mapSource(path: string, row: CsvRow): void {
    this.mapObject(path, row, Object.fromEntries(SOURCE_FIELDS.map(([f, c]) => [f, c])), 'outlet');
  }

  protected error(row: CsvRow, column: Column, message: string): void {
    this.findings.push({ at: this.cell(row, column), message, severity: 'error' });
  }
}
