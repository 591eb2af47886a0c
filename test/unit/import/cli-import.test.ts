import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/import';
import { toDatelineCsv } from '../../../src/import/dateline-csv-write';
import type { TimelineInput } from '../../../src/format/types';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
const SEED_PATH = fileURLToPath(new URL('../../../data/nato-china-2023.json', import.meta.url));
const SEED = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as TimelineInput;

const dir = mkdtempSync(join(tmpdir(), 'dateline-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const temp = (name: string, text?: string) => {
  const path = join(dir, name);
  if (text !== undefined) writeFileSync(path, text);
  return path;
};

describe('npm run import', () => {
  it('converts TimelineJS JSON to pretty JSON on stdout, $schema first; warnings keep exit 0', () => {
    const { code, stdout, stderr } = run([fixture('timelinejs-sample.json')]);
    expect(code).toBe(0);
    expect(stdout.startsWith('{\n  "$schema": "./timeline.schema.json",\n  "version": 1,\n')).toBe(
      true,
    );
    expect(JSON.parse(stdout).events).toHaveLength(4);
    expect(stderr).toMatch(
      /timelinejs-sample\.json:29:68 \$\.events\[1\]\.start_date\.hour warning: /,
    );
    expect(stderr).toMatch(
      /\(TimelineJS JSON\) → stdout: 4 events, 3 quotes, 3 people, Jan 2022 – Feb 2023; 10 warnings\n$/,
    );
  });

  it('writes --out and reports where', () => {
    const out = temp('from-csv.json');
    const { code, stdout, stderr } = run([
      '--',
      fixture('timelinejs-sample.csv'),
      '--out',
      out,
      '--offset',
      '+01:00',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = JSON.parse(readFileSync(out, 'utf8')) as TimelineInput;
    expect(written.$schema).toBe('./timeline.schema.json');
    expect(written.events[1]!.date).toBe('2023-02-21T14:30+01:00');
    expect(stderr).toContain(`(TimelineJS CSV) → ${out}: 3 events`);
  });

  it('exports Dateline JSON to the CSV layout and imports it back identical', () => {
    const csv = temp('seed.csv');
    expect(run([SEED_PATH, `--out=${csv}`]).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(toDatelineCsv(SEED));
    const json = temp('seed.json');
    const back = run([csv, '--out', json]);
    expect(back.code).toBe(0);
    expect(back.stderr).toContain('(Dateline CSV)');
    expect(JSON.parse(readFileSync(json, 'utf8'))).toStrictEqual(SEED);
  });

  it('prints every error as file:line:col path message, writes nothing and exits 1', () => {
    const out = temp('never.json');
    const { code, stdout, stderr } = run([fixture('timelinejs-broken.csv'), '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    const file = fixture('timelinejs-broken.csv');
    expect(stderr).toContain(
      `${file}:3:2 row 3 › Month month 13 does not exist; months run from 1 to 12\n`,
    );
    expect(stderr).toContain(`${file}:1:19 row 1 › Notes warning: the column "Notes"`);
    expect(stderr).toMatch(/: 7 errors, 2 warnings — nothing was written\n$/);
  });

  it('locates a JSON syntax error', () => {
    const bad = temp('bad.json', '{\n  "events": [\n    {"start_date": }\n  ]\n}\n');
    const { code, stderr } = run([bad]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:20 \\$ `));
  });

  it('says when a CSV is neither layout', () => {
    const odd = temp('odd.csv', 'date,what\n2023,x\n');
    const { code, stderr } = run([odd]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${odd}:1:1 row 1 the header row is neither Dateline's layout`);
  });

  it('recognises content when the extension says nothing', () => {
    const file = temp('timeline.txt', readFileSync(fixture('timelinejs-sample.json'), 'utf8'));
    expect(run([file]).stderr).toContain('(TimelineJS JSON)');
  });

  it('mentions that --offset does nothing for Dateline files', () => {
    const { code, stderr } = run([SEED_PATH, '--offset', 'Z']);
    expect(code).toBe(0);
    expect(stderr).toContain('--offset is for TimelineJS files');
  });

  it.each([
    [[], 'usage:'],
    [['--help'], 'usage:'],
    [['a.json', 'b.json'], 'one file at a time'],
    [['a.json', '--out'], '--out needs a value'],
    [['a.json', '--frobnicate'], 'unknown option --frobnicate'],
    [['a.json', '--offset', '+1'], 'is not valid; write it as +01:00'],
    [['/no/such/file.json'], 'cannot read the file (ENOENT)'],
  ])('exits 2 for %j', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("Knight Lab's deep-time samples (issue 12)", () => {
  const sample = (name: string) =>
    fileURLToPath(
      new URL(`../../../node_modules/@knight-lab/timelinejs/src/template/${name}`, import.meta.url),
    );

  it.each([
    ['cosmo.json', 7, /13\.8 billion years ago – 3500 BC/],
    ['cosmo-mixed.json', 11, /13\.8 billion years ago – Apr 1990/],
  ])('%s imports with exit 0 and validates', (name, count, span) => {
    const { code, stdout, stderr } = run([sample(name)]);
    expect(code, stderr).toBe(0);
    const timeline = JSON.parse(stdout) as TimelineInput;
    expect(timeline.events).toHaveLength(count);
    expect(timeline.events[0]!.date).toBe('-13800000000');
    expect(stderr).toMatch(span);
  });
});

describe('npm run import arguments (node:util parseArgs)', () => {
  it.each([
    [['a.json', '--out='], '--out needs a value'],
    [['a.json', '--offset'], '--offset needs a value'],
    [['a.json', '-x'], 'unknown option -x'],
    [['-h'], 'usage:'],
    [['--', 'a.json', 'b.json'], 'one file at a time, please (got a.json and b.json)'],
  ])('exits 2 for %j', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('takes --out=value and --out value alike, after "--" too', () => {
    const out = temp('args.json');
    expect(run(['--', SEED_PATH, `--out=${out}`]).code).toBe(0);
    expect(run([SEED_PATH, '--out', out, '--offset', '+01:00']).code).toBe(0);
  });
});
