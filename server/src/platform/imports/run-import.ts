import type { TenantContext } from '../../db/database.ts';
import { BusinessRuleViolation } from '../errors.ts';
import { companyIdentity } from '../tenancy/company-calendar.ts';
import type { Cell, ImportTable } from './import-file.ts';
import { type ImportKind, type ImportRow, RowCells, type RowError } from './import-kind.ts';

/** Which header of the file feeds each column of the kind. */
export type ColumnMapping = Record<string, string>;

/** At most this many row errors travel in an answer; the summary still counts them all. */
const errorsShown = 1000;
const sampleRows = 10;

const folded = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The mapping the import uses: the one sent, completed by matching each remaining column's
 * name and aliases against the headers. A mapping naming a header the file lacks is refused.
 */
export function resolveMapping(kind: ImportKind<unknown>, headers: string[], sent: ColumnMapping = {}): ColumnMapping {
  const unknown = Object.entries(sent).filter(
    ([column, header]) => !kind.columns.some((c) => c.name === column) || !headers.includes(header),
  );
  if (unknown.length > 0) {
    throw new BusinessRuleViolation(
      'invalid_mapping',
      `The mapping names columns or headers that do not exist: ${unknown.map(([c, h]) => `${c} → ${h}`).join(', ')}`,
      { headers, columns: kind.columns.map((c) => c.name) },
    );
  }
  const mapping: ColumnMapping = { ...sent };
  const taken = new Set(Object.values(sent));
  for (const column of kind.columns) {
    if (mapping[column.name]) continue;
    const names = new Set([column.name, ...column.aliases].map(folded));
    const header = headers.find((h) => !taken.has(h) && names.has(folded(h)));
    if (header) {
      mapping[column.name] = header;
      taken.add(header);
    }
  }
  const missing = kind.columns.filter((c) => c.required && !mapping[c.name]).map((c) => c.name);
  if (missing.length > 0) {
    throw new BusinessRuleViolation(
      'missing_columns',
      `The file lacks required columns: ${missing.join(', ')}. Add them, or map them to the file's headers`,
      { missing, headers, mapping },
    );
  }
  return mapping;
}

export interface ImportEvaluation<Record> {
  headers: string[];
  mapping: ColumnMapping;
  rows: ImportRow<Record>[];
  errors: RowError[];
  summary: { rows: number; new: number; updated: number; errors: number };
  sample: Array<{ row: number; values: { [column: string]: Cell } }>;
}

/** Parses and checks every row, in the caller's transaction; writes nothing. */
export async function evaluateImport<Record>(
  ctx: TenantContext,
  kind: ImportKind<Record>,
  table: ImportTable,
  options: { mapping?: ColumnMapping | undefined; upsert: boolean },
): Promise<ImportEvaluation<Record>> {
  const mapping = resolveMapping(kind as ImportKind<unknown>, table.headers, options.mapping);
  const { locale } = await companyIdentity(ctx);
  const positions = Object.entries(mapping).map(([column, header]) => [column, table.headers.indexOf(header)] as const);
  const errors: RowError[] = [];
  const parsed: ImportRow<Record>[] = [];
  const rowsByKey = new Map<string, number>();
  const { keyColumn } = kind;
  for (const { row, cells } of table.rows) {
    const reader = new RowCells(new Map(positions.map(([column, i]) => [column, cells[i]!])), locale);
    const record = kind.parseRow(reader);
    if (reader.errors.length > 0) {
      for (const e of reader.errors) errors.push({ row, ...e });
      continue;
    }
    const key = kind.naturalKey(record);
    const first = rowsByKey.get(key);
    if (first !== undefined) {
      errors.push({ row, column: keyColumn, message: `Repeats row ${first}` });
      continue;
    }
    rowsByKey.set(key, row);
    parsed.push({ row, record });
  }
  const check = await kind.check(ctx, parsed, { upsert: options.upsert });
  errors.push(...check.errors);
  if (!options.upsert) {
    for (const { row, record } of parsed) {
      if (check.existingKeys.has(kind.naturalKey(record))) {
        errors.push({ row, column: keyColumn, message: 'Already exists; import with upsert to update it' });
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const badRows = new Set(errors.map((e) => e.row));
  const good = parsed.filter((r) => !badRows.has(r.row));
  const updated = good.filter((r) => check.existingKeys.has(kind.naturalKey(r.record))).length;
  return {
    headers: table.headers,
    mapping,
    rows: good,
    errors,
    summary: { rows: table.rows.length, new: good.length - updated, updated, errors: badRows.size },
    sample: table.rows.slice(0, sampleRows).map(({ row, cells }) => ({
      row,
      values: Object.fromEntries(positions.map(([column, i]) => [column, cells[i]!])),
    })),
  };
}

/** All rows or none: any row error refuses the whole file, and the transaction writes nothing. */
export async function commitImport<Record>(
  ctx: TenantContext,
  kind: ImportKind<Record>,
  table: ImportTable,
  options: { mapping?: ColumnMapping | undefined; upsert: boolean },
) {
  const evaluation = await evaluateImport(ctx, kind, table, options);
  if (evaluation.errors.length > 0) {
    throw new BusinessRuleViolation(
      'import_rows_invalid',
      `${evaluation.summary.errors} rows have errors; nothing was imported. Fix them and import the file again`,
      { errors: evaluation.errors.slice(0, errorsShown), summary: evaluation.summary },
    );
  }
  const result = await kind.commit(ctx, evaluation.rows, {
    upsert: options.upsert,
    columns: Object.keys(evaluation.mapping),
  });
  return {
    mapping: evaluation.mapping,
    created: result.createdIds.length,
    updated: result.updated,
    createdIds: result.createdIds,
  };
}

export const shownErrors = (errors: RowError[]) => errors.slice(0, errorsShown);
