import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { listDocument, renderPdf } from './pdf.ts';

export const exportFormat = z.enum(['csv', 'xlsx', 'pdf']).describe('File format');

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Excel column width in characters. */
  width?: number;
}

/** At most this many rows per export; larger lists should be filtered first. */
export const EXPORT_ROW_LIMIT = 100_000;

/** Sends the rows of a list, with its current filters, as a CSV, XLSX or PDF download. */
export async function sendExport<T>(
  reply: FastifyReply,
  format: 'csv' | 'xlsx' | 'pdf',
  name: string,
  columns: ExportColumn<T>[],
  rows: T[],
  title = name,
): Promise<FastifyReply> {
  const filename = `${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  reply.header('content-disposition', `attachment; filename="${filename}"`);
  if (format === 'pdf') {
    const document = listDocument(
      title,
      `${rows.length} rows, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      columns.map((c) => c.header),
      rows.map((row) => columns.map((c) => c.value(row))),
    );
    return reply.type('application/pdf').send(await renderPdf(document));
  }
  if (format === 'csv') {
    const body = stringify([
      columns.map((c) => c.header),
      ...rows.map((row) => columns.map((c) => c.value(row) ?? '')),
    ]);
    return reply.type('text/csv; charset=utf-8').send(`\uFEFF${body}`);
  }
  // exceljs costs about 25 MB: it loads with the first spreadsheet rather than at start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  const buffer = await workbook.xlsx.writeBuffer();
  return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(Buffer.from(buffer));
}
