import { describe, expect, it } from 'vitest';
import { cellProblem, isBlankRow, normaliseHeader, readCsv } from '../../../src/import/csv-rows';

describe('readCsv', () => {
  it('numbers rows as a spreadsheet does and lines as the file has them', () => {
    const table = readCsv('a,b\n1,"two\nlines"\n\n3,"x\r\ny"\r\n4,z\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.row, r.line, r.cells])).toEqual([
      [2, 2, ['1', 'two\nlines']],
      [3, 4, ['']],
      [4, 5, ['3', 'x\r\ny']],
      [5, 7, ['4', 'z']],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('drops a byte-order mark and trims header names', () => {
    expect(readCsv('\uFEFF Year , Headline\n').header).toEqual(['Year', 'Headline']);
  });

  it.each([
    ['a;b;c\n1;2;3', ['1', '2', '3']],
    ['a\tb\n1\t2', ['1', '2']],
    ['a,b;c\n1,2;3', ['1', '2;3']],
  ])('finds the delimiter of %j', (text, cells) => {
    expect(readCsv(text).rows[0]!.cells).toEqual(cells);
  });

  it('reports a quoted cell that never closes, on the line it opens', () => {
    const table = readCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: 1,
        severity: 'error',
        message: expect.stringContaining('never closed'),
      }),
    ]);
  });

  it('accepts doubled quotation marks inside quoted cells', () => {
    const table = readCsv('a,b\n"say ""hi""",2\n');
    expect(table.problems).toEqual([]);
    expect(table.rows[0]!.cells).toEqual(['say "hi"', '2']);
  });
});

describe('helpers', () => {
  it('normalises header names', () => {
    expect(normaliseHeader('  End_Year ')).toBe('end year');
    expect(normaliseHeader('SOURCE   TITLE')).toBe('source title');
  });

  it('sees blank rows', () => {
    expect(isBlankRow(['', '  '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });

  it('writes a cell location as row › column with a 1-based column index', () => {
    expect(cellProblem({ row: 5, line: 7 }, { index: 9, name: 'Headline' }, 'm')).toEqual({
      path: 'row 5 › Headline',
      message: 'm',
      line: 7,
      column: 10,
      severity: 'error',
    });
    expect(cellProblem({ row: 5, line: 7 }, undefined, 'm', 'warning')).toEqual({
      path: 'row 5',
      message: 'm',
      line: 7,
      severity: 'warning',
    });
  });
});
