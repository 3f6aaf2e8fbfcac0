import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { CodeList, Message } from '../i18n/index.ts';
import { companyIdentity } from '../tenancy/company-calendar.ts';
import { DocumentFormat } from './document-format.ts';
import { listDocument, renderPdf } from './pdf.ts';

export const exportFormat = z.enum(['csv', 'xlsx', 'pdf']).describe('File format');

export interface ExportColumn<T> {
  header: Message;
  value: (row: T) => string | number | null;
  /** The list the value's code is in: a printed list names it ("Partially delivered"), a file for machines keeps the code. */
  codes?: CodeList;
  /** Excel column width in characters. */
  width?: number;
}

/** At most this many rows per export; larger lists should be filtered first. */
export const EXPORT_ROW_LIMIT = 100_000;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A spreadsheet reads a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a
 * formula (OWASP "CSV injection"): such text gets a leading apostrophe, which spreadsheets show as
 * text. Numbers stay as they are, also when they come as a plain decimal string such as
 * "-1250.50": a number cannot run, and a negative balance must stay a number.
 */
export function neutralisedCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number' || PLAIN_DECIMAL.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Sends the rows of a list, with its current filters, as a CSV, XLSX or PDF download named with
 * the company's date (`invoices-2026-12-08.csv`). Column headers and the title are in the
 * company's language. CSV and XLSX carry values for machines (plain decimals, ISO dates,
 * timestamps at the company's UTC offset, codes such as `partially_delivered`); the PDF is for
 * people: the company's name, the report's title and a print stamp in the company's time zone,
 * numbers and dates in its locale and codes by their names.
 */
export async function sendExport<T>(
  reply: FastifyReply,
  format: 'csv' | 'xlsx' | 'pdf',
  name: string,
  columns: ExportColumn<T>[],
  rows: T[],
  title: Message | ((format: DocumentFormat) => string),
): Promise<FastifyReply> {
  const company = await reply.request.withTenant(companyIdentity);
  const now = reply.server.platform.now();
  const style = new DocumentFormat(company);
  const { words } = style;
  const headers = columns.map((c) => words.say(c.header));
  reply.header('content-disposition', `attachment; filename="${name}-${style.day(now)}.${format}"`);
  if (format === 'pdf') {
    const document = listDocument({
      company: company.name,
      title: style.text(typeof title === 'function' ? title(style) : words.say(title)),
      subtitle: words.t('list.rows', { count: rows.length, printed: style.timestamp(now) }),
      headers,
      rows: rows.map((row) =>
        columns.map((c) => {
          const value = c.value(row);
          return c.codes && typeof value === 'string' ? words.code(c.codes, value) : value;
        }),
      ),
      format: style,
    });
    return reply.type('application/pdf').send(await renderPdf(document));
  }
  if (format === 'csv') {
    const body = stringify([
      headers.map(neutralisedCell),
      ...rows.map((row) => columns.map((c) => neutralisedCell(style.machineCell(c.value(row))))),
    ]);
    return reply.type('text/csv; charset=utf-8').send(`\uFEFF${body}`);
  }
  // exceljs costs about 25 MB: it loads with the first spreadsheet rather than at start-up.
  const { default: ExcelJS } = await import('exceljs');
  // exceljs writes a string as a string cell, never as a formula (only `{ formula }` values are),
  // so names such as "=1+1" stay exactly as typed here.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c, i) => ({ header: headers[i], width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(columns.map((c) => style.machineCell(c.value(row))));
  const buffer = await workbook.xlsx.writeBuffer();
  return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(Buffer.from(buffer));
}
