import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../db/database.ts';

const prefixes = new Map<string, string>();

/** Modules register their document types once, e.g. `defineDocumentNumbering('sales_order', 'SO')`. */
export function defineDocumentNumbering(documentType: string, prefix: string): void {
  const existing = prefixes.get(documentType);
  if (existing && existing !== prefix) throw new Error(`Document type ${documentType} already uses ${existing}`);
  prefixes.set(documentType, prefix);
}

/**
 * Allocates the next number, e.g. `SO-2026-00001`, inside the document's own transaction. The
 * upsert locks the counter row until commit, so concurrent callers queue instead of sharing a
 * number, and a rolled-back transaction gives its number back: no duplicates, no gaps.
 */
export async function allocateDocumentNumber(
  ctx: TenantContext,
  documentType: string,
  documentDate: string,
): Promise<string> {
  const prefix = prefixes.get(documentType);
  if (!prefix) throw new Error(`Unknown document type ${documentType}`);
  const year = Number(documentDate.slice(0, 4));
  const row = await queryOne<{ last_value: number }>(
    ctx.tx,
    sql`insert into document_sequences (tenant_id, document_type, year, last_value)
        values (${ctx.tenantId}, ${documentType}, ${year}, 1)
        on conflict (tenant_id, document_type, year)
        do update set last_value = document_sequences.last_value + 1
        returning last_value`,
  );
  return formatDocumentNumber(prefix, year, row!.last_value);
}

export function formatDocumentNumber(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(5, '0')}`;
}
