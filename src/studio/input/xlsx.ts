/**
 * The first worksheet of an .xlsx workbook as rows of cell text, read with exceljs — loaded only
 * when a workbook is opened (it is large), never on the reader's pages.
 */
export async function workbookRows(bytes: Uint8Array): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      // A date cell is a calendar date (exceljs gives it at UTC midnight): its day, not its zone.
      cells.push(
        cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : (cell.text ?? ''),
      );
    }
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
