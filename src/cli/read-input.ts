/**
 * How the CLI reads a timeline or a sheet: a regular file only (`/dev/zero` would grow without
 * end), at most `MAX_INPUT_BYTES`, and UTF-8 only: a byte that is not UTF-8 is named with its
 * offset, rather than read as U+FFFD and passed as if nothing happened.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The largest file the CLI reads: 128 MB (a 100,000-event timeline is about 60 MB). */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

/** The file's text, or one sentence saying why it cannot be read (after "file: "). */
export function readInput(file: string): { ok: true; text: string } | { ok: false; why: string } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { ok: false, why: cannotRead(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { ok: false, why: 'not a regular file; give the path of a timeline file' };
    if (stat.size > MAX_INPUT_BYTES) return { ok: false, why: tooLarge() };
    // The size may change while we read: read at most one byte past the limit, to notice.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_INPUT_BYTES) return { ok: false, why: tooLarge() };
        break;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    const bytes = buffer.subarray(0, length);
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      };
    } catch {
      return { ok: false, why: notUtf8(bytes) };
    }
  } catch (error) {
    return { ok: false, why: cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}

function cannotRead(error: unknown): string {
  return `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
}

function tooLarge(): string {
  return `the file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most Dateline reads`;
}

function notUtf8(bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return (
    `not UTF-8 text: byte 0x${hex} at offset ${at} (line ${line}) does not start a valid ` +
    'UTF-8 character; save the file as UTF-8'
  );
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // No overlong forms,
      if (b === 0xed) max = 0x9f; // no surrogates.
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // Nothing above U+10FFFF.
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
