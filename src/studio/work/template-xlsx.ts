/**
 * The template as an Excel workbook (.xlsx), written with exceljs — loaded only when asked for,
 * as when a workbook is opened. The header row is bold and stays in view; date columns are
 * formatted as text, so that a month typed as 2024-03 stays a month instead of becoming a date.
 */
import { isDateColumn } from './date-hint';

export async function templateXlsx(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dateline Studio';
  const sheet = workbook.addWorksheet('Timeline', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = rows[0] ?? [];
  sheet.columns = header.map((name) => ({
    header: name,
    width: Math.max(12, Math.min(40, name.length + 4)),
    style: isDateColumn(name) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.slice(1)) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
