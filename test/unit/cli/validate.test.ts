import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/validate';

const SEED = 'data/nato-china-2023.json';
const BROKEN = 'test/fixtures/broken';

describe('validate CLI', () => {
  it('summarises a valid file in one line and exits 0', () => {
    expect(run([SEED])).toEqual({
      code: 0,
      out: `${SEED}: valid — 8 events, 12 quotes, 8 people, Nov 2022 – Feb 2023\n`,
    });
  });

  it('prints every problem as file:line:col path message, then a count, and exits 1', () => {
    const file = `${BROKEN}/multi-error.json`;
    const { code, out } = run([file]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${file}:3:12 $.title HTML is not allowed here; write plain text (found "<b>")`,
    );
    expect(lines).toContain(
      `${file}:12:15 $.events[0].date "2023-02-30" is not a valid date: February 2023 has 28 days`,
    );
    expect(lines.at(-1)).toBe(`${file}: 11 problems`);
  });

  it('checks every file, and exits 2 when one cannot be read', () => {
    const { code, out } = run(['--', SEED, 'no/such/file.json', `${BROKEN}/version-2.json`]);
    expect(code).toBe(2);
    expect(out).toContain(`${SEED}: valid`);
    expect(out).toContain('no/such/file.json: cannot read the file (ENOENT)');
    expect(out).toContain(`${BROKEN}/version-2.json:2:14 $.version this file says version 2`);
  });

  it('explains itself when given no file', () => {
    expect(run([])).toEqual({ code: 2, out: expect.stringContaining('usage: npm run validate') });
  });

  it('says when a one-month timeline spans one month', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-'));
    const file = join(dir, 'one.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        title: 'T',
        events: [{ id: 'a', date: '2023-01', title: 'A' }],
      }),
    );
    expect(run([file]).out).toBe(`${file}: valid — 1 event, 0 quotes, 0 people, Jan 2023\n`);
  });

  it('runs as a command, with the exit status in the process status', () => {
    const ok = execFileSync('npx', ['tsx', 'src/cli/validate.ts', SEED], { encoding: 'utf8' });
    expect(ok).toContain('valid — 8 events');
    let status = 0;
    let stdout = '';
    try {
      execFileSync('npx', ['tsx', 'src/cli/validate.ts', `${BROKEN}/url-javascript.json`], {
        encoding: 'utf8',
      });
    } catch (error) {
      ({ status, stdout } = error as { status: number; stdout: string });
    }
    expect(status).toBe(1);
    expect(stdout).toContain(':14:50 $.events[0].sources[0].url only http: and https:');
  }, 30_000);
});

describe('validate CLI arguments (node:util parseArgs)', () => {
  it.each([
    [['--help'], 'usage: npm run validate'],
    [['-h'], 'usage: npm run validate'],
    [['--frobnicate', SEED], 'unknown option --frobnicate\nusage: npm run validate'],
  ])('%j exits 2: %j', (args, out) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.out).toContain(out);
  });

  it('takes files after npm\'s "--"', () => {
    expect(run(['--', SEED]).code).toBe(0);
  });
});
