import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { queryRows } from '../../../db/database.ts';
import type { ImportCheck, ImportRow, RowError } from '../../../platform/imports/import-kind.ts';
import type { ProductType } from '../schema.ts';

/** A product row of an import; null where the cell was empty (a default on create, or kept on update). */
export interface ImportedProduct {
  sku: string;
  name: string;
  type: ProductType | null;
  category: string | null;
  unitOfMeasure: string | null;
  salePrice: string | null;
  standardCost: string | null;
  reorderPoint: string | null;
  reorderQuantity: string | null;
  costingMethod: 'average' | 'fifo' | null;
  tracking: 'none' | 'lot' | 'serial' | null;
  barcode: string | null;
  description: string | null;
}

const defaultUnit = 'pcs';
/** Rows per statement: arrays of this size stay well inside one message on either engine. */
const chunkSize = 5_000;

/** The checks that need the database: SKUs already stored, units that exist, barcodes another product holds. */
export async function checkProductImport(ctx: TenantContext, rows: ImportRow<ImportedProduct>[]): Promise<ImportCheck> {
  const errors: RowError[] = [];
  const skus = rows.map((r) => r.record.sku.toLowerCase());
  const existing = await queryRows<{ sku: string }>(
    ctx.tx,
    // A join, not `= any(array)`: that compares every stored row with every key of the file.
    sql`select k.sku from products p join unnest(${sql.param(skus)}::text[]) as k(sku) on lower(p.sku) = k.sku
        where p.tenant_id = ${ctx.tenantId}`,
  );
  const units = await queryRows<{ code: string; decimals: number }>(
    ctx.tx,
    sql`select lower(code) as code, decimals from units_of_measure where tenant_id = ${ctx.tenantId}`,
  );
  const decimalsByUnit = new Map(units.map((u) => [u.code, u.decimals]));
  const barcodes = rows.flatMap((r) => (r.record.barcode ? [r.record.barcode] : []));
  const heldBarcodes = await queryRows<{ barcode: string; sku: string }>(
    ctx.tx,
    sql`select p.barcode, lower(p.sku) as sku from products p join unnest(${sql.param(barcodes)}::text[]) as b(barcode)
        on p.barcode = b.barcode where p.tenant_id = ${ctx.tenantId}`,
  );
  const barcodeOwner = new Map(heldBarcodes.map((b) => [b.barcode, b.sku]));
  const barcodeRow = new Map<string, number>();
  for (const { row, record } of rows) {
    const unit = (record.unitOfMeasure ?? defaultUnit).toLowerCase();
    const decimals = decimalsByUnit.get(unit);
    if (decimals === undefined) {
      errors.push({ row, column: 'unitOfMeasure', message: `Unknown unit of measure "${record.unitOfMeasure}"` });
    } else {
      for (const column of ['reorderPoint', 'reorderQuantity'] as const) {
        const places = record[column]?.split('.')[1]?.length ?? 0;
        if (places > decimals)
          errors.push({ row, column, message: `A quantity in ${unit} has at most ${decimals} decimals` });
      }
    }
    if (record.barcode) {
      const owner = barcodeOwner.get(record.barcode);
      const earlier = barcodeRow.get(record.barcode);
      if (owner && owner !== record.sku.toLowerCase()) {
        errors.push({ row, column: 'barcode', message: `Barcode already belongs to product ${owner.toUpperCase()}` });
      } else if (earlier !== undefined) {
        errors.push({ row, column: 'barcode', message: `Barcode repeats row ${earlier}` });
      }
      barcodeRow.set(record.barcode, row);
    }
  }
  return { existingKeys: new Set(existing.map((e) => e.sku)), errors };
}

/** Which file column overwrites which product column on upsert. */
const updatedColumns: Record<string, string> = {
  name: 'name',
  type: 'type',
  category: 'category_id',
  unitOfMeasure: 'uom_id',
  salePrice: 'sale_price',
  standardCost: 'standard_cost',
  reorderPoint: 'reorder_point',
  reorderQuantity: 'reorder_quantity',
  costingMethod: 'costing_method',
  tracking: 'tracking',
  barcode: 'barcode',
  description: 'description',
};

/**
 * Writes the products set-based: missing categories are created by name, then each chunk of
 * rows is one `insert ... select from unnest(...)`, upserting on the SKU index when asked.
 */
export async function commitProductImport(
  ctx: TenantContext,
  rows: ImportRow<ImportedProduct>[],
  options: { upsert: boolean; columns: readonly string[] },
): Promise<{ createdIds: string[]; updated: number }> {
  const categories = [...new Set(rows.flatMap((r) => (r.record.category ? [r.record.category] : [])))];
  if (categories.length > 0) {
    await ctx.tx.execute(sql`
      insert into product_categories (tenant_id, name)
      select ${ctx.tenantId}, name from unnest(${sql.param(categories)}::text[]) as c(name)
      on conflict (tenant_id, lower(name)) do nothing`);
  }
  const updates = options.columns.flatMap((c) =>
    updatedColumns[c] ? [`${updatedColumns[c]} = excluded.${updatedColumns[c]}`] : [],
  );
  const onConflict = options.upsert
    ? sql.raw(`on conflict (tenant_id, lower(sku)) do update set ${[...updates, 'updated_at = now()'].join(', ')}`)
    : sql.raw('');
  const createdIds: string[] = [];
  let updated = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize).map((r) => r.record);
    const column = <K extends keyof ImportedProduct>(key: K) => sql.param(chunk.map((p) => p[key]));
    const written = await queryRows<{ id: string; created: boolean }>(
      ctx.tx,
      sql`
        insert into products (tenant_id, sku, name, description, type, category_id, uom_id, sale_price, standard_cost,
                              reorder_point, reorder_quantity, costing_method, tracking, barcode)
        select ${ctx.tenantId}, r.sku, r.name, r.description, coalesce(r.type, 'finished_good'), c.id, u.id,
               coalesce(r.sale_price, 0), coalesce(r.standard_cost, 0), coalesce(r.reorder_point, 0),
               coalesce(r.reorder_quantity, 0), coalesce(r.costing_method, 'average'), coalesce(r.tracking, 'none'), r.barcode
        from unnest(${column('sku')}::text[], ${column('name')}::text[], ${column('description')}::text[],
                    ${column('type')}::text[], ${column('category')}::text[], ${column('unitOfMeasure')}::text[],
                    ${column('salePrice')}::numeric[], ${column('standardCost')}::numeric[],
                    ${column('reorderPoint')}::numeric[], ${column('reorderQuantity')}::numeric[],
                    ${column('costingMethod')}::text[], ${column('tracking')}::text[], ${column('barcode')}::text[])
             as r(sku, name, description, type, category, unit, sale_price, standard_cost, reorder_point,
                  reorder_quantity, costing_method, tracking, barcode)
        join units_of_measure u on u.tenant_id = ${ctx.tenantId} and lower(u.code) = lower(coalesce(r.unit, ${defaultUnit}))
        left join product_categories c on c.tenant_id = ${ctx.tenantId} and lower(c.name) = lower(r.category)
        ${onConflict}
        returning id, (xmax = 0) as created`,
    );
    for (const row of written) {
      if (row.created) createdIds.push(row.id);
      else updated += 1;
    }
  }
  return { createdIds, updated };
}
