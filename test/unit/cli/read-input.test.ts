/**
 * Issue 16, finding 11: the CLI reads only regular files, up to a stated size, and only UTF-8.
 */
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as validate } from '../../../src/cli/validate';
import { run as importFile } from '../../../src/cli/import';
import { MAX_INPUT_BYTES } from '../../../src/cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'dateline-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED_START = '{\n  "version": 1,\n  "title": "Caf';

describe('CLI input', () => {
  it('says where a file is not UTF-8, by byte offset, instead of reading U+FFFD', () => {
    const file = join(dir, 'latin1.json');
    // "Café" saved as Latin-1: the é is the lone byte 0xE9.
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(SEED_START),
        Buffer.from([0xe9]),
        Buffer.from('",\n  "events": [{ "id": "a", "date": "2020", "title": "x" }]\n}\n'),
      ]),
    );
    const message =
      `${file}: not UTF-8 text: byte 0xE9 at offset 33 (line 3) does not start a valid ` +
      'UTF-8 character; save the file as UTF-8';
    expect(validate([file])).toEqual({ code: 2, out: `${message}\n` });
    expect(importFile([file])).toMatchObject({ code: 2, stderr: `${message}\n` });
  });

  it('refuses what is not a regular file, at once', () => {
    expect(validate(['/dev/zero']).out).toBe(
      '/dev/zero: not a regular file; give the path of a timeline file\n',
    );
    expect(importFile(['/dev/zero'])).toMatchObject({ code: 2 });
    expect(validate([dir]).out).toContain('not a regular file');
  });

  it(`refuses a file over ${MAX_INPUT_BYTES / 1024 / 1024} MB without reading it`, () => {
    const file = join(dir, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1); // Sparse: no disk, no memory.
    closeSync(fd);
    expect(validate([file])).toEqual({
      code: 2,
      out: `${file}: the file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most Dateline reads\n`,
    });
    expect(importFile([file])).toMatchObject({ code: 2 });
  });

  it('reads a UTF-8 file with a byte order mark as before', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(
      file,
      '\uFEFF' +
        JSON.stringify({ version: 1, title: 'T', events: [{ id: 'a', date: '2020', title: 'x' }] }),
    );
    expect(validate([file]).code).toBe(0);
  });
});
