import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BadRequest, NotFound } from '../../../platform/errors.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { companyCurrency, companyToday } from '../../../platform/tenancy/company-calendar.ts';
import { assertQuantityFitsUnit, productsById, UnknownReference } from '../../catalog/index.ts';
import { warehouseStockLocation } from '../../inventory/index.ts';
import { getCustomer } from '../../partners/index.ts';
import { CustomerInactive } from '../errors.ts';
import { priceLines } from '../pricing.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { salesOrderLines, salesOrders } from '../schema.ts';

defineDocumentNumbering('sales_order', 'SO');

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

async function orderHeader(ctx: TenantContext, input: SalesOrderInput) {
  const customer = await getCustomer(ctx, input.customerId);
  if (!customer) throw new UnknownReference('customerId', 'Customer');
  if (!customer.active) throw new CustomerInactive(customer.name);
  const { warehouseId } = await warehouseStockLocation(ctx, input.warehouseId);
  return { customer, warehouseId, orderDate: input.orderDate ?? (await companyToday(ctx)) };
}

async function insertLines(
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

/** A draft order with the next `SO-YYYY-NNNNN` number. */
export async function createSalesOrder(ctx: TenantContext, input: SalesOrderInput): Promise<string> {
  const { customer, warehouseId, orderDate } = await orderHeader(ctx, input);
  const currency = await companyCurrency(ctx);
  const priced = await priceOrderLines(ctx, input.lines, currency);
  const number = await allocateDocumentNumber(ctx, 'sales_order', orderDate);
  const [order] = await ctx.tx
    .insert(salesOrders)
    .values({
      tenantId: ctx.tenantId,
      number,
      customerId: customer.id,
      customerName: customer.name,
      orderDate,
      currency,
      warehouseId,
      notes: input.notes ?? null,
      ...priced.totals,
      createdBy: ctx.actor.userId,
    })
    .returning({ id: salesOrders.id });
  await insertLines(ctx, order!.id, priced.lines);
  await recordAudit(ctx, {
    action: 'sales_order.created',
    entity: 'sales_order',
    entityId: order!.id,
    after: { number, customer: customer.name, ...priced.totals, lines: priced.lines.length },
  });
  return order!.id;
}

/** Replaces a draft order's header and lines. */
export async function updateSalesOrder(ctx: TenantContext, id: string, input: SalesOrderInput): Promise<void> {
  const where = and(eq(salesOrders.tenantId, ctx.tenantId), eq(salesOrders.id, id));
  const [before] = await ctx.tx.select().from(salesOrders).where(where).for('update');
  if (!before) throw new NotFound('Sales order', id);
  salesOrderFlow.assert(before.state, 'edit');
  const { customer, warehouseId, orderDate } = await orderHeader(ctx, input);
  const priced = await priceOrderLines(ctx, input.lines, before.currency);
  await ctx.tx
    .update(salesOrders)
    .set({
      customerId: customer.id,
      customerName: customer.name,
      orderDate,
      warehouseId,
      notes: input.notes ?? null,
      ...priced.totals,
      updatedAt: new Date(),
    })
    .where(where);
  await ctx.tx
    .delete(salesOrderLines)
    .where(and(eq(salesOrderLines.tenantId, ctx.tenantId), eq(salesOrderLines.salesOrderId, id)));
  await insertLines(ctx, id, priced.lines);
  await recordAudit(ctx, {
    action: 'sales_order.updated',
    entity: 'sales_order',
    entityId: id,
    before: { customer: before.customerName, total: before.total },
    after: { customer: customer.name, ...priced.totals, lines: priced.lines.length },
  });
}
