import type { TenantContext } from '../../../db/database.ts';
import { BadRequest } from '../../../platform/errors.ts';
import { companyToday } from '../../../platform/tenancy/company-calendar.ts';
import { assertQuantityFitsUnit, productsById, UnknownReference } from '../../catalog/index.ts';
import { warehouseStockLocation } from '../../inventory/index.ts';
import { getCustomer } from '../../partners/index.ts';
import { CustomerInactive } from '../errors.ts';
import { priceLines } from '../pricing.ts';
import { salesOrderLines } from '../schema.ts';

export interface SalesOrderLineInput {
  productId: string;
  quantity: string;
  unitPrice?: string | undefined;
  discountPercent?: string | undefined;
  description?: string | undefined;
}

export interface SalesOrderInput {
  customerId: string;
  orderDate?: string | undefined;
  warehouseId?: string | undefined;
  notes?: string | undefined;
  lines: SalesOrderLineInput[];
}

/** Lines priced from the products (unit price defaults to the sale price); totals by the server. */
export async function priceOrderLines(ctx: TenantContext, lines: readonly SalesOrderLineInput[], currency: string) {
  const products = await productsById(
    ctx,
    lines.map((l) => l.productId),
  );
  const resolved = lines.map((line, i) => {
    const product = products.get(line.productId);
    assertQuantityFitsUnit(product, line.quantity, `lines.${i}`);
    if (!product.active) {
      throw new BadRequest(
        'validation_failed',
        `Invalid request. lines.${i}.productId: ${product.sku} is deactivated`,
        {
          fields: [{ path: `lines.${i}.productId`, message: `${product.sku} is deactivated` }],
        },
      );
    }
    return {
      product,
      quantity: line.quantity,
      unitPrice: line.unitPrice ?? product.salePrice,
      discountPercent: line.discountPercent ?? '0',
      description: line.description ?? null,
    };
  });
  const priced = priceLines(resolved, currency);
  return {
    totals: priced.totals,
    lines: resolved.map((line, i) => ({ ...line, lineTotal: priced.lines[i]!.lineTotal })),
  };
}

export async function orderHeader(ctx: TenantContext, input: SalesOrderInput) {
  const customer = await getCustomer(ctx, input.customerId);
  if (!customer) throw new UnknownReference('customerId', 'Customer');
  if (!customer.active) throw new CustomerInactive(customer.name);
  const { warehouseId } = await warehouseStockLocation(ctx, input.warehouseId);
  return { customer, warehouseId, orderDate: input.orderDate ?? (await companyToday(ctx)) };
}

export async function insertLines(
  ctx: TenantContext,
  orderId: string,
  lines: Awaited<ReturnType<typeof priceOrderLines>>['lines'],
) {
  await ctx.tx.insert(salesOrderLines).values(
    lines.map((line, i) => ({
      tenantId: ctx.tenantId,
      salesOrderId: orderId,
      lineNo: i + 1,
      productId: line.product.id,
      sku: line.product.sku,
      productName: line.product.name,
      description: line.description,
      unitOfMeasure: line.product.unitOfMeasure,
      stocked: line.product.type !== 'service',
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      lineTotal: line.lineTotal,
    })),
  );
}
