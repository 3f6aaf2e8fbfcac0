import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ImportFormat } from './import-file.ts';
import type { ImportKind } from './import-kind.ts';

/**
 * A file to fill in: the kind's columns as headers and one example row. The CSV separates
 * fields with `;` where the company's numbers use a decimal comma (id-ID), as its spreadsheets do.
 */
export async function importTemplate(kind: ImportKind<unknown>, format: ImportFormat, locale: string): Promise<Buffer> {
  const headers = kind.columns.map((c) => c.name);
  if (format === 'csv') {
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, numberingSystem: 'latn' });
    const example = kind.columns.map((c) => (c.number && c.example ? numbers.format(Number(c.example)) : c.example));
    const decimalComma = new Intl.NumberFormat(locale).format(1.5).includes(',');
    return Buffer.from(`\ufeff${stringify([headers, example], { delimiter: decimalComma ? ';' : ',' })}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind.name);
  sheet.addRow(headers).font = { bold: true };
  sheet.addRow(kind.columns.map((c) => (c.number && c.example ? Number(c.example) : c.example)));
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
