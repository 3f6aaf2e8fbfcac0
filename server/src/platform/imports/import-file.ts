import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError, BadRequest, BusinessRuleViolation } from '../errors.ts';

/** A cell as the file holds it: spreadsheet numbers stay numbers, so no locale reading applies to them. */
export type Cell = string | number;

export interface ImportTable {
  headers: string[];
  /** Data rows after the header row, each as long as `headers`; blank rows are left out. */
  rows: Array<{ row: number; cells: Cell[] }>;
}

export type ImportFormat = 'csv' | 'xlsx';

export class FileTooLarge extends AppError {
  constructor(maxBytes: number) {
    super(413, 'payload_too_large', `Send a file of at most ${Math.round(maxBytes / 1024 / 1024)} MB`, { maxBytes });
  }
}

export function formatOf(fileName: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new BadRequest('unsupported_file', 'Import a .csv or .xlsx file', { fileName });
}

export async function readImportFile(format: ImportFormat, bytes: Buffer): Promise<ImportTable> {
  const table = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  if (table.headers.every((h) => h === '')) {
    throw new BadRequest('empty_file', 'The file has no header row: its first row must name the columns');
  }
  return table;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readCsv(bytes: Buffer): ImportTable {
  let text: string;
  try {
    // A byte-order mark from Excel's "CSV UTF-8" is dropped by TextDecoder itself.
    text = utf8.decode(bytes);
  } catch {
    throw new BadRequest(
      'invalid_encoding',
      'The file is not UTF-8 text. Save it as "CSV UTF-8" (in Excel: Save As → CSV UTF-8) and upload it again',
    );
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Spreadsheets in comma-decimal locales (id-ID) write `;` between fields.
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw new BadRequest('invalid_csv', `The CSV file cannot be read: ${(error as Error).message}`);
  }
  const [headers = [], ...data] = records;
  return tableOf(
    headers,
    data.map((cells, i) => ({ row: i + 2, cells })),
  );
}

const count = (text: string, char: string) => text.split(char).length - 1;

async function readXlsx(bytes: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BadRequest('invalid_xlsx', 'The file is not a readable .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadRequest('empty_file', 'The workbook has no sheet');
  const rows: Array<{ row: number; cells: Cell[] }> = [];
  const formulas: Array<{ row: number; column: string }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push({ row: rowNumber, column: cell.address });
      cells[column - 1] = cellValue(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  if (formulas.length > 0) {
    // A formula's cached result may be stale or missing; importing it would guess.
    throw new BusinessRuleViolation(
      'formula_cells',
      `The sheet holds formulas (first in ${formulas[0]!.column}). Replace them by their values (copy, paste values) and upload again`,
      { cells: formulas.slice(0, 20).map((f) => f.column) },
    );
  }
  const [header, ...data] = rows;
  return tableOf(
    (header?.cells ?? []).map((c) => String(c)),
    data,
  );
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  return String(value);
}

function tableOf(headers: Cell[], data: Array<{ row: number; cells: Cell[] }>): ImportTable {
  const names = headers.map((h) => String(h).trim());
  const rows = data
    .filter(({ cells }) => cells.some((c) => c !== ''))
    .map(({ row, cells }) => ({ row, cells: names.map((_, i) => cells[i] ?? '') }));
  return { headers: names, rows };
}
