/** A workbook built with ExcelJS, as a file the sheet import reads: the tests' way to write a department's .xlsx. */
import ExcelJS from 'exceljs';

/** The bytes of the workbook `build` fills, named `unit.xlsx`. */
export async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<{ name: string; data: Uint8Array }> {
  const book = new ExcelJS.Workbook();
  build(book);
  return { name: 'unit.xlsx', data: new Uint8Array(await book.xlsx.writeBuffer()) };
}
