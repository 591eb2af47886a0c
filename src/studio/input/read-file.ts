/**
 * A file the reporter dropped or opened, read as what it is: a spreadsheet workbook (.xlsx,
 * through exceljs, loaded only now), text, or something the studio cannot open, with a message
 * that says why.
 */
import { BINARY_MESSAGE, isZip, looksBinary, sizeProblem } from './limits';

export type ReadFile =
  | { kind: 'text'; text: string }
  | { kind: 'rows'; rows: string[][] }
  | { kind: 'error'; message: string };

export async function readFile(file: File): Promise<ReadFile> {
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) return { kind: 'error', message: tooBig };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes) && /\.xlsx$/i.test(file.name)) {
    try {
      const { workbookRows } = await import('./xlsx');
      const rows = await workbookRows(bytes);
      if (rows.length === 0)
        return { kind: 'error', message: `${file.name}: its first sheet is empty` };
      return { kind: 'rows', rows };
    } catch (error) {
      return {
        kind: 'error',
        message: `${file.name} could not be read as an Excel workbook (${(error as Error).message})`,
      };
    }
  }
  if (looksBinary(bytes)) return { kind: 'error', message: `${file.name} ${BINARY_MESSAGE}` };
  return { kind: 'text', text: decode(bytes) };
}

/** UTF-8, or Windows-1252 for the CSV files older Excel versions still save. */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
