import type { TenantContext } from '../../db/database.ts';
import type { Permission } from '../permissions/permissions.ts';
import type { Cell } from './import-file.ts';
import { parseLocaleNumber } from './locale-number.ts';

export interface ImportColumn {
  /** The field's name in the template and in a mapping. */
  name: string;
  /** Other headers people give the column (any case, any spacing), matched automatically. */
  aliases: readonly string[];
  required?: boolean;
  /** A value the template shows in its example row; plain decimal text (`1250000.5`) for numbers. */
  example: string;
  /** The template writes the example as a number: in the company's locale in CSV, a number cell in XLSX. */
  number?: boolean;
}

export interface RowError {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  column: string | null;
  message: string;
}

/** A parsed row, with where it came from so later checks can name it. */
export interface ImportRow<Record> {
  row: number;
  record: Record;
}

export interface ImportCheck {
  /** Natural keys already stored: these rows update (with upsert) instead of create. */
  existingKeys: ReadonlySet<string>;
  errors: RowError[];
}

/**
 * What can be imported, declared once by the module that owns the records (like its audit
 * references): the columns, how a row becomes a record, the natural key for upserts, the checks
 * that need the database, and the commit, which the platform runs inside one transaction.
 */
export interface ImportKind<Record> {
  name: string;
  /** Needed to preview and commit: the module's permission to create these records. */
  permission: Permission;
  /** Also needed when the import updates existing records (upsert). */
  updatePermission: Permission;
  columns: readonly ImportColumn[];
  /** The column holding the natural key (SKU, code): upserts match on it. */
  keyColumn: string;
  parseRow(cells: RowCells): Record;
  /** Case-folded the way the database's unique index folds it. */
  naturalKey(record: Record): string;
  check(ctx: TenantContext, rows: ImportRow<Record>[], options: { upsert: boolean }): Promise<ImportCheck>;
  /**
   * Writes the rows in the caller's transaction. On upsert, only `columns` (those the file
   * maps) overwrite a stored record; the others keep their values.
   */
  commit(
    ctx: TenantContext,
    rows: ImportRow<Record>[],
    options: { upsert: boolean; columns: readonly string[] },
  ): Promise<{ createdIds: string[]; updated: number }>;
}

const kinds = new Map<string, ImportKind<unknown>>();

export function defineImportKind<Record>(kind: ImportKind<Record>): ImportKind<Record> {
  if (kinds.has(kind.name)) throw new Error(`Import kind ${kind.name} is declared twice`);
  kinds.set(kind.name, kind as ImportKind<unknown>);
  return kind;
}

export const importKind = (name: string): ImportKind<unknown> | undefined => kinds.get(name);
export const importKindNames = (): string[] => [...kinds.keys()];

/** A row's cells by column name, read with the company's locale; each refusal is noted against its column. */
export class RowCells {
  readonly errors: Array<{ column: string; message: string }> = [];

  constructor(
    private readonly cells: ReadonlyMap<string, Cell>,
    private readonly locale: string,
  ) {}

  private fail(column: string, message: string): undefined {
    this.errors.push({ column, message });
    return undefined;
  }

  /** The cell's text, or undefined when empty; a required empty cell is an error. */
  text(
    column: string,
    options: { required?: boolean; max?: number; pattern?: { regex: RegExp; message: string } } = {},
  ): string | undefined {
    const cell = this.cells.get(column);
    const value = cell === undefined ? '' : String(cell).trim();
    if (value === '') return options.required ? this.fail(column, 'Required') : undefined;
    if (options.max && value.length > options.max) return this.fail(column, `At most ${options.max} characters`);
    if (options.pattern && !options.pattern.regex.test(value)) return this.fail(column, options.pattern.message);
    return value;
  }

  /** A whole number within bounds. */
  integer(column: string, bounds: { min: number; max: number }): number | undefined {
    const value = this.decimal(column, { scale: 0 });
    if (value === undefined) return undefined;
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) return this.fail(column, `Must be between ${bounds.min} and ${bounds.max}`);
    return n;
  }

  /** A non-negative decimal: spreadsheet numbers as they are, text in the company's locale. */
  decimal(column: string, options: { scale?: number } = {}): string | undefined {
    const cell = this.cells.get(column);
    if (cell === undefined || cell === '') return undefined;
    const value = typeof cell === 'number' ? numberText(cell) : parseLocaleNumber(cell, this.locale);
    if (value === null) {
      const example = new Intl.NumberFormat(this.locale).format(1250000.5);
      return this.fail(column, `"${cell}" is not a number; write it like ${example}`);
    }
    if (value.startsWith('-')) return this.fail(column, 'Must not be negative');
    const decimals = value.split('.')[1]?.length ?? 0;
    if (decimals > (options.scale ?? 4)) return this.fail(column, `At most ${options.scale ?? 4} decimal places`);
    return value;
  }

  /** One of `values`, matched without regard to case, spaces or dashes (`Finished good` → `finished_good`). */
  choice<T extends string>(column: string, values: readonly T[]): T | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const folded = value.toLowerCase().replace(/[\s-]+/g, '_');
    const match = values.find((v) => v === folded);
    return match ?? this.fail(column, `Must be one of ${values.join(', ')}`);
  }
}

/** A spreadsheet number as decimal text: its shortest round-trip form, never an exponent. */
const numberText = (n: number): string | null => {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(10).replace(/\.?0+$/, '') : text;
};
