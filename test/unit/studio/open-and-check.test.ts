import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openText, sheetFromRows } from '../../../src/studio/work/open-input';
import { checkDoc } from '../../../src/studio/work/check-doc';
import { TEMPLATE_ROWS, toCsv } from '../../../src/studio/work/template';
import { DATELINE_COLUMNS } from '../../../src/import/dateline-csv';
import { templateXlsx } from '../../../src/studio/work/template-xlsx';
import { workbookRows } from '../../../src/studio/input/xlsx';
import { dateHint } from '../../../src/studio/work/date-hint';
import { csvParseRows } from 'd3-dsv';

const seedText = readFileSync('data/nato-china-2023.json', 'utf8');
const seedCsv = readFileSync('data/nato-china-2023.csv', 'utf8');
const tjsCsv = readFileSync('test/fixtures/import/timelinejs-sample.csv', 'utf8');
const tjsBroken = readFileSync('test/fixtures/import/timelinejs-broken.csv', 'utf8');
const tjsJson = readFileSync('test/fixtures/import/timelinejs-sample.json', 'utf8');

const opened = (text: string, name: string) => {
  const result = openText(text, name);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('opening', () => {
  it.each([
    ['Dateline JSON', seedText, 'seed.json', 'json', 'Dateline JSON'],
    ['Dateline CSV', seedCsv, 'seed.csv', 'sheet', 'Dateline sheet'],
    ['TimelineJS CSV', tjsCsv, 'tjs.csv', 'sheet', 'TimelineJS sheet'],
    ['TimelineJS JSON', tjsJson, 'tjs.json', 'json', 'TimelineJS JSON'],
    [
      'pasted TSV',
      seedCsv.replaceAll(',', '\t').split('\n').slice(0, 3).join('\n'),
      '',
      'sheet',
      'Dateline sheet',
    ],
  ])('%s', (_what, text, name, kind, format) => {
    const result = opened(text, name);
    expect(result.doc.kind).toBe(kind);
    expect(result.format).toBe(format);
  });

  it.each([
    ['an empty file', '  \n', 'x.csv', /empty/],
    [
      'a stray quote',
      'kind,title\ntimeline,"Unclosed\nevent,x\n',
      'x.csv',
      /line 2: a cell starts with a quotation mark/,
    ],
    ['an unknown header', 'a,b\n1,2\n', 'x.csv', /the first row must be a header/],
  ])('refuses %s with a message', (_what, text, name, message) => {
    const result = openText(text, name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('keeps a JSON file with a syntax error as it is, for the JSON view', () => {
    const result = opened('{"version": 1,', 'x.json');
    expect(result.doc).toEqual({ kind: 'json', text: '{"version": 1,' });
  });

  it('squares pasted rows and drops blank rows at the end', () => {
    const result = sheetFromRows([['kind', 'title'], ['timeline'], ['', ''], ['']]);
    expect(result.ok && result.doc).toEqual({
      kind: 'sheet',
      rows: [
        ['kind', 'title'],
        ['timeline', ''],
      ],
    });
  });
});

describe('checking', () => {
  it('gives the seed timeline from its JSON and from its sheet alike', () => {
    const json = checkDoc(opened(seedText, 'seed.json').doc);
    const sheet = checkDoc(opened(seedCsv, 'seed.csv').doc);
    expect(json.problems).toEqual([]);
    expect(sheet.problems).toEqual([]);
    expect(sheet.timeline).toEqual(json.timeline);
    expect(json.asSheet?.[0]).toEqual([...DATELINE_COLUMNS]);
  });

  it('places each problem of a TimelineJS sheet at its cell', () => {
    const checked = checkDoc(opened(tjsBroken, 'broken.csv').doc);
    expect(checked.timeline).toBeNull();
    const month = checked.problems.find((p) => p.where === 'row 3 › Month');
    expect(month).toMatchObject({ severity: 'error', place: { kind: 'cell', row: 2, column: 1 } });
    const notes = checked.problems.find((p) => p.where === 'row 1 › Notes');
    expect(notes).toMatchObject({
      severity: 'warning',
      place: { kind: 'cell', row: 0, column: 18 },
    });
  });

  it('places each problem of a JSON document at its line', () => {
    const broken = seedText.replace('"date": "2023-02-21"', '"date": "2023-02-30"');
    const checked = checkDoc({ kind: 'json', text: broken });
    const line = broken.split('\n').findIndex((l) => l.includes('2023-02-30')) + 1;
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatchObject({ severity: 'error', place: { kind: 'line', line } });
    expect(checked.value?.title).toBe(JSON.parse(seedText).title);
  });

  it('says what a sheet without a known header needs', () => {
    const checked = checkDoc({ kind: 'sheet', rows: [['a', 'b']] });
    expect(checked.problems[0]?.message).toMatch(/the first row must be a header/);
  });
});

describe('the template', () => {
  it('has Dateline’s columns and imports without problems', () => {
    expect(TEMPLATE_ROWS[0]).toEqual([...DATELINE_COLUMNS]);
    const checked = checkDoc({ kind: 'sheet', rows: TEMPLATE_ROWS });
    expect(checked.problems).toEqual([]);
    expect(checked.timeline?.events).toHaveLength(1);
  });

  it('has an example for every column', () => {
    const empty = DATELINE_COLUMNS.filter((_, c) => TEMPLATE_ROWS.slice(1).every((r) => !r[c]));
    expect(empty).toEqual([]);
  });

  it('is written as an .xlsx workbook that reads back to the same cells', async () => {
    const bytes = await templateXlsx(TEMPLATE_ROWS);
    expect(await workbookRows(bytes)).toEqual(TEMPLATE_ROWS);
  });

  it('is written as CSV that reads back to the same cells', () => {
    expect(csvParseRows(toCsv(TEMPLATE_ROWS).trimEnd())).toEqual(TEMPLATE_ROWS);
  });
});

describe('dates typed in a sheet', () => {
  it('are checked and converted as the hint reads them, before the cell is left', () => {
    const rows = TEMPLATE_ROWS.map((r) => [...r]);
    const date = DATELINE_COLUMNS.indexOf('date');
    const event = rows.findIndex((r) => r[0] === 'event');
    rows[event]![date] = '21 Feb 2024';
    const checked = checkDoc({ kind: 'sheet', rows });
    expect(checked.problems).toEqual([]);
    expect(checked.timeline?.events[0]?.date.raw).toBe('2024-02-21');
    rows[event]![date] = 'next Tuesday';
    expect(checkDoc({ kind: 'sheet', rows }).problems[0]?.place).toEqual({
      kind: 'cell',
      row: event,
      column: date,
    });
  });
});

describe('date hints', () => {
  it.each([
    ['2023', 'read as year'],
    ['2023-02', 'read as month'],
    ['2023-02-21', 'read as day'],
    ['2023-02-21T14:30+01:00', 'read as minute with offset +01:00'],
    ['Feb 2023', 'read as month: 2023-02'],
    ['21 Feb 2023', 'read as day: 2023-02-21'],
    ['2023-02-21 14:30 +01:00', 'read as minute with offset +01:00: 2023-02-21T14:30+01:00'],
    ['2023-02-30', 'not a valid date: February 2023 has 28 days'],
    [
      'nonsense',
      '“nonsense” is not a date: write it as 2023, Feb 2023, 21 Feb 2023, 2023-02-21, or a time with its UTC offset, 2023-02-21 14:30 +01:00',
    ],
  ])('%s → %s', (raw, text) => expect(dateHint(raw)?.text).toBe(text));

  it('says nothing for an empty cell', () => expect(dateHint('  ')).toBeNull());
});
