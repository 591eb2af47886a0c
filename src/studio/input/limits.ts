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

/**
 * Rows of a sheet the studio edits. Every edit sends the whole sheet to the worker and saves it
 * as a draft; past this the page would stutter at each keystroke. It is twice the design's
 * largest timeline (ten thousand events) with room for their people and quotes; `npm run import`
 * has no such limit.
 */
export const MAX_ROWS = 20_000;

export function rowsProblem(rows: number): string | null {
  if (rows <= MAX_ROWS) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return `the sheet has ${n(rows)} rows; the studio edits sheets of up to ${n(MAX_ROWS)} rows (about ten thousand events with their people and quotes). Split it into smaller timelines, or convert it with npm run import, which has no such limit`;
}

/**
 * Clipboard HTML over this size is left aside for the clipboard's plain text (the TSV every
 * spreadsheet also puts there): HTML can only be parsed on the page (DOMParser has no worker
 * version), and a 100,000-row table would freeze it for seconds; the TSV is parsed in the worker.
 */
export const MAX_PASTED_HTML = 1024 * 1024;

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
