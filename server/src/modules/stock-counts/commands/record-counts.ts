import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField } from '../../../platform/errors.ts';
import { type ProductRow, productIdByCode, productsById } from '../../catalog/index.ts';
import { currentUnitCosts, lotOfProduct } from '../../inventory/index.ts';
import { countLines, type StockCountLineRow } from '../queries/count-lines.ts';
import type { StockCountRow } from '../queries/stock-count-queries.ts';
import { stockCountLines, type VarianceReason } from '../schema.ts';
import { assertMayCount, type Counter, countFor } from './lock-stock-count.ts';
import { countLocations, countProducts } from './start-stock-count.ts';

/**
 * One entry of a save: a line named by its id, or by the product (id, or the SKU or barcode a
 * scanner read) with its location and lot when the product is on several lines. A product, lot
 * or location the snapshot did not have becomes a new line with a system quantity of zero.
 */
export interface CountEntry {
  lineId?: string | undefined;
  productId?: string | undefined;
  code?: string | undefined;
  locationId?: string | undefined;
  lotId?: string | undefined;
  lotNumber?: string | undefined;
  /** null clears a count recorded earlier. */
  countedQuantity?: string | null | undefined;
  recount?: boolean | undefined;
  reason?: VarianceReason | null | undefined;
  note?: string | null | undefined;
}

function assertFitsUnit(product: ProductRow, quantity: string, path: string) {
  const decimals = quantity.includes('.') ? quantity.replace(/0+$/, '').split('.')[1]!.length : 0;
  if (decimals <= product.uomDecimals) return;
  invalidField(
    path,
    product.uomDecimals === 0
      ? `${product.sku} is counted in whole ${product.unitOfMeasure}`
      : `${product.sku} allows at most ${product.uomDecimals} decimal places`,
  );
}

class LineResolver {
  private products = new Map<string, ProductRow>();
  private locations: Awaited<ReturnType<typeof countLocations>> | undefined;
  private productScope: Set<string> | undefined | null = null;

  constructor(
    private readonly ctx: TenantContext,
    private readonly count: StockCountRow,
    readonly lines: StockCountLineRow[],
  ) {}

  async product(id: string): Promise<ProductRow | undefined> {
    if (!this.products.has(id)) {
      const found = (await productsById(this.ctx, [id])).get(id);
      if (found) this.products.set(id, found);
    }
    return this.products.get(id);
  }

  async resolve(entry: CountEntry, path: string): Promise<StockCountLineRow> {
    if (entry.lineId) {
      const line = this.lines.find((l) => l.id === entry.lineId);
      if (!line) invalidField(`${path}.lineId`, 'Not a line of this count');
      return line;
    }
    const productId = entry.productId ?? (entry.code ? await productIdByCode(this.ctx, entry.code) : undefined);
    if (!productId) {
      if (entry.code) invalidField(`${path}.code`, `No product has the barcode or SKU ${entry.code}`);
      invalidField(path, 'Name the line by lineId, productId or code');
    }
    const product = await this.product(productId);
    if (!product) invalidField(`${path}.productId`, 'Product was not found');
    let lotId = entry.lotId;
    if (!lotId && entry.lotNumber) {
      lotId = (await lotOfProduct(this.ctx, product.id, { number: entry.lotNumber }))?.id;
      if (!lotId) invalidField(`${path}.lotNumber`, `${product.sku} has no lot ${entry.lotNumber}`);
    }
    const candidates = this.lines.filter(
      (l) =>
        l.productId === product.id &&
        (!entry.locationId || l.locationId === entry.locationId) &&
        (!lotId || l.lotId === lotId),
    );
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length > 1) {
      invalidField(
        `${path}.locationId`,
        `${product.sku} is on several lines (${candidates.map((l) => l.locationCode + (l.lotNumber ? ` lot ${l.lotNumber}` : '')).join(', ')}): name the location and lot`,
      );
    }
    return this.addLine(product, entry.locationId, lotId, path);
  }

  /**
   * A balance the snapshot did not have: counted from zero at the product's current cost. Without
   * a location it is the count's only location, or else the warehouse's main stock location.
   */
  private async addLine(product: ProductRow, locationId: string | undefined, lotId: string | undefined, path: string) {
    if (product.type === 'service')
      invalidField(`${path}.productId`, `${product.sku} is a service and carries no stock`);
    this.productScope = this.productScope === null ? await countProducts(this.ctx, this.count) : this.productScope;
    if (this.productScope && !this.productScope.has(product.id)) {
      invalidField(`${path}.productId`, `${product.sku} is not in the count’s product categories`);
    }
    this.locations ??= await countLocations(this.ctx, this.count);
    const location = locationId
      ? this.locations.find((l) => l.id === locationId)
      : this.locations.length === 1
        ? this.locations[0]
        : this.locations.find((l) => l.isDefault);
    if (!location) {
      invalidField(
        `${path}.locationId`,
        locationId ? 'The location is not one this count covers' : `Name the location where ${product.sku} was found`,
      );
    }
    let lot: { id: string; number: string } | undefined;
    if (product.tracking !== 'none') {
      if (!lotId) invalidField(`${path}.lotId`, `${product.sku} is tracked by ${product.tracking}: name the lot`);
      lot = await lotOfProduct(this.ctx, product.id, { id: lotId });
      if (!lot) invalidField(`${path}.lotId`, `Not a lot of ${product.sku}`);
    } else if (lotId) {
      invalidField(`${path}.lotId`, `${product.sku} is not tracked by lot`);
    }
    const unitCost = (await currentUnitCosts(this.ctx, [product])).get(product.id)!;
    const [line] = await this.ctx.tx
      .insert(stockCountLines)
      .values({
        tenantId: this.ctx.tenantId,
        countId: this.count.id,
        lineNo: Math.max(0, ...this.lines.map((l) => l.lineNo)) + 1,
        productId: product.id,
        locationId: location.id,
        lotId: lot?.id ?? null,
        sku: product.sku,
        productName: product.name,
        barcode: product.barcode,
        unitOfMeasure: product.unitOfMeasure,
        locationCode: location.code,
        lotNumber: lot?.number ?? null,
        systemQuantity: '0',
        unitCost,
        addedWhileCounting: true,
      })
      .returning();
    this.lines.push(line!);
    return line!;
  }
}

/**
 * Saves counting progress: counted quantities, recount flags, reasons and notes of some lines,
 * adding lines for what the snapshot did not have. Only while counting; saves may repeat.
 */
export async function recordCounts(
  ctx: TenantContext,
  id: string,
  entries: CountEntry[],
  counter: Counter,
): Promise<string[]> {
  const count = await countFor(ctx, id, 'record');
  assertMayCount(ctx, count, counter);
  const resolver = new LineResolver(ctx, count, await countLines(ctx, id));
  const touched: StockCountLineRow[] = [];
  for (const [i, entry] of entries.entries()) {
    const path = `lines.${i}`;
    const line = await resolver.resolve(entry, path);
    const change: Partial<typeof stockCountLines.$inferInsert> = {};
    if (entry.countedQuantity !== undefined) {
      if (entry.countedQuantity !== null) {
        assertFitsUnit((await resolver.product(line.productId))!, entry.countedQuantity, `${path}.countedQuantity`);
      }
      change.countedQuantity = entry.countedQuantity;
      change.countedAt = entry.countedQuantity === null ? null : new Date();
      change.countedBy = entry.countedQuantity === null ? null : ctx.actor.userId;
    }
    if (entry.recount !== undefined) change.recount = entry.recount;
    if (entry.reason !== undefined) change.reason = entry.reason;
    if (entry.note !== undefined) change.note = entry.note || null;
    if (Object.keys(change).length > 0) {
      const [updated] = await ctx.tx
        .update(stockCountLines)
        .set(change)
        .where(and(eq(stockCountLines.tenantId, ctx.tenantId), eq(stockCountLines.id, line.id)))
        .returning();
      resolver.lines[resolver.lines.indexOf(line)] = updated!;
    }
    touched.push(line);
  }
  await recordAudit(ctx, {
    action: 'stock_count.counts_recorded',
    entity: 'stock_count',
    entityId: id,
    after: {
      lines: entries.map((entry, i) => ({
        lineNo: touched[i]!.lineNo,
        ...(entry.countedQuantity !== undefined ? { counted: entry.countedQuantity } : {}),
        ...(entry.recount !== undefined ? { recount: entry.recount } : {}),
        ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      })),
    },
  });
  return touched.map((l) => l.id);
}
