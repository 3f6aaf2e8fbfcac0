import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import type { Label } from '../../../platform/export/labels-pdf.ts';
import { isEan13 } from '../../../platform/export/labels-pdf.ts';
import type { Words } from '../../../platform/i18n/index.ts';

/**
 * A product's label carries its barcode where it has one (printed as EAN-13 when it is a valid
 * one), else its SKU: both are what the scan fields look products up by.
 */
export async function productLabels(ctx: TenantContext, ids: readonly string[], words: Words) {
  const rows = await queryRows<{ id: string; sku: string; name: string; barcode: string | null }>(
    ctx.tx,
    sql`select id, sku, name, barcode from products
        where tenant_id = ${ctx.tenantId} and id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map<string, Label>(
    rows.map((p) => [
      p.id,
      {
        code: p.barcode ?? p.sku,
        ean13: isEan13(p.barcode),
        title: p.name,
        lines: [words.t('labels.sku', { sku: p.sku })],
      },
    ]),
  );
}
