import { describe, expect, it } from 'vitest';
import {
  addOfKind,
  blockOf,
  columnsOfKind,
  moveBlock,
  removeBlock,
  rowsOfKind,
} from '../../../src/studio/work/sheet-kinds';
import { TEMPLATE_ROWS } from '../../../src/studio/work/template';
import { DATELINE_COLUMNS } from '../../../src/import/dateline-csv';

const SHEET = [
  ['kind', 'id', 'title', 'text', 'name'],
  ['timeline', '', 'T', '', ''],
  ['group', 'g', '', '', 'G'],
  ['person', 'p', '', '', 'P'],
  ['event', 'a', 'A', '', ''],
  ['quote', '', '', 'qa1', ''],
  ['via', '', '', '', ''],
  ['quote', '', '', 'qa2', ''],
  ['event', 'b', 'B', '', ''],
  ['source', '', '', '', ''],
  ['event', 'c', 'C', '', ''],
];
const ids = (rows: readonly (readonly string[])[]) => rows.map((r) => r[1] || r[3] || r[0]);

describe('the sheet by kind', () => {
  it.each([
    ['event', [4, 8, 10]],
    ['quote', [5, 7]],
    ['person', [3]],
    ['group', [2]],
  ] as const)('%s rows', (kind, rows) => expect(rowsOfKind(SHEET, kind)).toEqual(rows));

  it('shows the columns a kind uses, kind first', () => {
    const header = [...DATELINE_COLUMNS];
    const names = (kind: Parameters<typeof columnsOfKind>[1]) =>
      columnsOfKind(header, kind).map((c) => header[c]);
    expect(names('person')).toEqual(['kind', 'id', 'groups', 'name', 'role']);
    expect(names('group')).toEqual(['kind', 'id', 'name', 'color']);
    expect(names('quote')).toEqual([
      'kind',
      'date',
      'text',
      'by',
      'context',
      'outlet',
      'programme',
      'source title',
      'author',
      'source date',
      'url',
    ]);
  });

  it.each([
    [4, [4, 8]],
    [5, [5, 7]],
    [7, [7, 8]],
    [8, [8, 10]],
    [3, [3, 4]],
  ])('the block of row %i is %j', (row, block) => expect(blockOf(SHEET, row)).toEqual(block));

  it('moves an event with its quotes and sources', () => {
    expect(ids(moveBlock(SHEET, 8, -1, 'event'))).toEqual(
      ids([...SHEET.slice(0, 4), ...SHEET.slice(8, 10), ...SHEET.slice(4, 8), SHEET[10]!]),
    );
    expect(moveBlock(SHEET, 8, -1, 'event')).toHaveLength(SHEET.length);
    expect(moveBlock(SHEET, 4, -1, 'event')).toBe(SHEET);
    expect(moveBlock(SHEET, 10, 1, 'event')).toBe(SHEET);
  });

  it('moves a quote with its via rows, within and across events', () => {
    expect(ids(moveBlock(SHEET, 5, 1, 'quote')).slice(4, 8)).toEqual(['a', 'qa2', 'qa1', 'via']);
  });

  it('removes an event with what belongs to it, and a person alone', () => {
    expect(ids(removeBlock(SHEET, 4))).toEqual(ids([...SHEET.slice(0, 4), ...SHEET.slice(8)]));
    expect(ids(removeBlock(SHEET, 3))).toEqual(ids([...SHEET.slice(0, 3), ...SHEET.slice(4)]));
    expect(removeBlock(SHEET, 0)).toBe(SHEET);
  });

  it.each([
    ['person', 4],
    ['group', 3],
    ['event', 11],
    ['quote', 8],
  ] as const)('adds a %s at row %i', (kind, at) => {
    const { rows, row } = addOfKind(SHEET, kind);
    expect(row).toBe(at);
    expect(rows[at]).toEqual([kind, '', '', '', '']);
    expect(rows).toHaveLength(SHEET.length + 1);
  });

  it('adds a first person before the first event, a first quote under the last event', () => {
    const bare = [SHEET[0]!, SHEET[1]!, SHEET[4]!, SHEET[8]!];
    expect(addOfKind(bare, 'person').row).toBe(2);
    expect(addOfKind(bare, 'quote').row).toBe(4);
  });

  it('finds every kind in the template', () => {
    for (const kind of ['event', 'person', 'group', 'quote'] as const)
      expect(rowsOfKind(TEMPLATE_ROWS, kind)).toHaveLength(1);
  });
});
