/**
 * What the studio refuses before reading a file or a paste, each with a message a reporter can
 * act on. The limit is generous for a timeline (a 10,000-event chronology is about 5 MB) and
 * keeps a mistaken video or database dump from filling the tab's memory.
 */
export const MAX_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function sizeProblem(name: string, size: number): string | null {
  if (size === 0) return `${name} is empty: there is nothing to open`;
  if (size > MAX_BYTES) {
    return `${name} is ${megabytes(size)}; the studio opens files up to ${megabytes(MAX_BYTES)}. A timeline that large is better split, or imported with npm run import`;
  }
  return null;
}

/** An .xlsx workbook is a zip archive: "PK\3\4" at the start. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Text files have no NUL bytes and few control characters; images, PDFs, Word files and
 * archives have many. Looks at the first 8 KB.
 */
export function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export const BINARY_MESSAGE =
  'is not a text file. Open a timeline as .json, a spreadsheet saved as .csv or .tsv, or an .xlsx workbook';
