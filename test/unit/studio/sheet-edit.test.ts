import { describe, expect, it } from 'vitest';
import { insertRow, moveRow, removeRow, setCell } from '../../../src/studio/work/sheet-edit';

const rows = [
  ['kind', 'id'],
  ['event', 'a'],
  ['event', 'b'],
];

describe('sheet edits', () => {
  it('set a cell in a copy, widening a short row', () => {
    const next = setCell(rows, 1, 3, 'x');
    expect(next[1]).toEqual(['event', 'a', '', 'x']);
    expect(rows[1]).toEqual(['event', 'a']);
    expect(next[2]).toBe(rows[2]);
  });

  it.each([
    ['inserts an event row in Dateline layout', rows, 2, ['event', '']],
    [
      'inserts a blank row in another layout',
      [
        ['Year', 'Headline'],
        ['2023', 'x'],
      ],
      1,
      ['', ''],
    ],
  ])('%s', (_why, input, at, inserted) => {
    expect(insertRow(input, at)[at]).toEqual(inserted);
  });

  it('never inserts above the header', () => {
    expect(insertRow(rows, 0)[0]).toEqual(['kind', 'id']);
  });

  it.each([
    [1, -1, rows],
    [1, 1, [rows[0], rows[2], rows[1]]],
    [2, -1, [rows[0], rows[2], rows[1]]],
    [2, 1, rows],
    [0, 1, rows],
  ] as const)('moves row %i by %i', (row, by, expected) => {
    expect(moveRow(rows, row, by)).toEqual(expected);
  });

  it('removes a data row, never the header', () => {
    expect(removeRow(rows, 1)).toEqual([rows[0], rows[2]]);
    expect(removeRow(rows, 0)).toBe(rows);
  });
});
