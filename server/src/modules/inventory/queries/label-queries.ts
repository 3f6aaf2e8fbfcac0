import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import type { Label } from '../../../platform/export/labels-pdf.ts';
import type { Words } from '../../../platform/i18n/index.ts';

/** A lot's or serial number's label: the number (what a scan finds it by), its product and expiry. */
export async function lotLabels(ctx: TenantContext, ids: readonly string[], words: Words) {
  const rows = await queryRows<{
    id: string;
    number: string;
    is_serial: boolean;
    expiry_date: string | null;
    sku: string;
    name: string;
  }>(
    ctx.tx,
    sql`select l.id, l.number, l.is_serial, l.expiry_date, p.sku, p.name
        from lots l join products p on p.tenant_id = l.tenant_id and p.id = l.product_id
        where l.tenant_id = ${ctx.tenantId} and l.id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map<string, Label>(
    rows.map((lot) => [
      lot.id,
      {
        code: lot.number,
        title: lot.name,
        lines: [
          words.t('labels.sku', { sku: lot.sku }),
          words.t(lot.is_serial ? 'labels.serial' : 'labels.lot', { number: lot.number }),
          ...(lot.expiry_date ? [words.t('labels.expires', { date: lot.expiry_date })] : []),
        ],
      },
    ]),
  );
}

/** A location's label, for its shelf or bin: its code (what a scan finds it by), name and warehouse. */
export async function locationLabels(ctx: TenantContext, ids: readonly string[]) {
  const rows = await queryRows<{ id: string; code: string; name: string; warehouse: string | null }>(
    ctx.tx,
    sql`select l.id, l.code, l.name, w.name as warehouse
        from locations l left join warehouses w on w.tenant_id = l.tenant_id and w.id = l.warehouse_id
        where l.tenant_id = ${ctx.tenantId} and l.id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map<string, Label>(
    rows.map((location) => [
      location.id,
      { code: location.code, title: location.name, lines: location.warehouse ? [location.warehouse] : [] },
    ]),
  );
}
