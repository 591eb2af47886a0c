import { describe, expect, it } from 'vitest';
import {
  isZip,
  looksBinary,
  MAX_BYTES,
  MAX_ROWS,
  rowsProblem,
  sizeProblem,
} from '../../../src/studio/input/limits';
import { sheetFromRows } from '../../../src/studio/work/open-input';
import { decode } from '../../../src/studio/input/read-file';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('input limits', () => {
  it.each([
    [0, /is empty/],
    [50 * 1024 * 1024, /is 50 MB; the studio opens files up to 20 MB/],
    [MAX_BYTES + 1, /up to 20 MB/],
  ])('refuses %i bytes', (size, message) => expect(sizeProblem('f.csv', size)).toMatch(message));

  it('accepts a timeline-sized file', () => expect(sizeProblem('f.csv', 5_000_000)).toBeNull());

  it.each([
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), true],
    [
      'control characters',
      new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 65 : 2))),
      true,
    ],
    ['CSV text', bytes('kind,title\ntimeline,“Quoted” — dash\n'), false],
    ['UTF-16 text (NUL bytes)', new Uint8Array([0xff, 0xfe, 0x6b, 0, 0x69, 0]), true],
  ])('%s looks binary: %s', (_what, head, binary) => expect(looksBinary(head)).toBe(binary));

  it('knows a zip (an .xlsx) by its first bytes', () => {
    expect(isZip(new Uint8Array([0x50, 0x4b, 3, 4, 20]))).toBe(true);
    expect(isZip(bytes('PK,x'))).toBe(false);
  });

  it('decodes UTF-8, and falls back to a single-byte reading when the bytes are not UTF-8', () => {
    expect(decode(bytes('Kuleba’s'))).toBe('Kuleba’s');
    // Browsers read 0x93/0x94 as Windows-1252 “ ”; Node's decoder as Latin-1: the text survives.
    expect(decode(new Uint8Array([0x93, 0x68, 0x69, 0x94]))).toMatch(/^.hi.$/);
  });
});

describe('the row limit', () => {
  it('opens a sheet at the limit and refuses one past it, saying what to do', () => {
    const rows = (n: number) => [
      ['kind', 'id', 'date', 'title'],
      ...Array.from({ length: n - 1 }, (_, i) => ['event', `e${i}`, '2023', `E${i}`]),
    ];
    expect(sheetFromRows(rows(MAX_ROWS)).ok).toBe(true);
    const refused = sheetFromRows(rows(100_002));
    expect(refused).toEqual({ ok: false, message: rowsProblem(100_002) });
    expect(rowsProblem(100_002)).toMatch(
      /has 100,002 rows; .* up to 20,000 rows .* npm run import/,
    );
    expect(rowsProblem(MAX_ROWS)).toBeNull();
  });
});
