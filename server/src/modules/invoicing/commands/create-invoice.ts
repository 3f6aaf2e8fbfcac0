import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField, NotFound } from '../../../platform/errors.ts';
import { Exact, roundMoney } from '../../../platform/money.ts';
import { readCompanySetting } from '../../../platform/settings/company-settings.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import { productsById } from '../../catalog/index.ts';
import { customerInvoiceTerms, getCustomer, getPaymentTerm } from '../../partners/index.ts';
import { type InvoiceableOrder, lockInvoiceableOrder, priceLines } from '../../sales/index.ts';
import { MoreThanInvoiceable } from '../errors.ts';
import { customerInvoiceLines, customerInvoices } from '../schema.ts';
import { defaultVatRate } from '../settings.ts';

export interface OrderLineToInvoice {
  salesOrderLineId: string;
  quantity: string;
  taxRate?: string | undefined;
}

export interface DirectInvoiceLine {
  productId?: string | undefined;
  description?: string | undefined;
  quantity: string;
  unitPrice?: string | undefined;
  discountPercent?: string | undefined;
  taxRate?: string | undefined;
}

export type NewInvoice = {
  invoiceDate: string;
  notes?: string | undefined;
} & (
  | { salesOrderId: string; lines?: OrderLineToInvoice[] | undefined }
  | { customerId: string; lines: DirectInvoiceLine[] }
);

interface DraftLine {
  salesOrderLineId: string | null;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  revenueAccount: 'sales_revenue' | 'service_revenue';
}

/**
 * What an order line may still invoice, checked for every requested line at once so the refusal
 * names all of them. Used when the draft is made and again, under the order's lock, when it is posted.
 */
export function assertInvoiceable(
  order: InvoiceableOrder,
  wanted: ReadonlyArray<{ lineId: string; quantity: string }>,
) {
  const over = wanted.flatMap((w, i) => {
    const line = order.lines.find((l) => l.lineId === w.lineId);
    if (!line) invalidField(`lines.${i}.salesOrderLineId`, `Not a line of ${order.number}`);
    return new Exact(w.quantity).gt(line.invoiceable)
      ? [{ path: `lines.${i}.quantity`, sku: line.sku, requested: w.quantity, invoiceable: line.invoiceable }]
      : [];
  });
  if (over.length > 0) throw new MoreThanInvoiceable(over);
}

function linesFromOrder(
  order: InvoiceableOrder,
  requested: OrderLineToInvoice[] | undefined,
  vatRate: string,
): DraftLine[] {
  const wanted =
    requested && requested.length > 0
      ? requested.map((r) => ({ lineId: r.salesOrderLineId, quantity: r.quantity, taxRate: r.taxRate }))
      : order.lines
          .filter((l) => new Exact(l.invoiceable).gt(0))
          .map((l) => ({ lineId: l.lineId, quantity: l.invoiceable, taxRate: undefined }));
  if (wanted.length === 0) {
    invalidField('lines', `Nothing of ${order.number} is delivered and not yet invoiced`);
  }
  assertInvoiceable(order, wanted);
  return wanted.map((w) => {
    const line = order.lines.find((l) => l.lineId === w.lineId)!;
    return {
      salesOrderLineId: line.lineId,
      productId: line.productId,
      description: line.description ?? `${line.sku} ${line.productName}`,
      quantity: w.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      taxRate: w.taxRate ?? vatRate,
      revenueAccount: line.stocked ? 'sales_revenue' : 'service_revenue',
    };
  });
}

async function directLines(ctx: TenantContext, lines: DirectInvoiceLine[], vatRate: string): Promise<DraftLine[]> {
  const products = await productsById(
    ctx,
    lines.flatMap((l) => (l.productId ? [l.productId] : [])),
  );
  return lines.map((line, i) => {
    const product = line.productId ? products.get(line.productId) : undefined;
    if (line.productId && !product) invalidField(`lines.${i}.productId`, 'No such product');
    if (product && product.type !== 'service') {
      invalidField(`lines.${i}.productId`, `${product.sku} is stocked: invoice it from its delivered sales order`);
    }
    const description = line.description ?? (product ? `${product.sku} ${product.name}` : undefined);
    if (!description) invalidField(`lines.${i}.description`, 'Give a description or a product');
    const unitPrice = line.unitPrice ?? product?.salePrice;
    if (unitPrice === undefined) invalidField(`lines.${i}.unitPrice`, 'Give a price or a product');
    return {
      salesOrderLineId: null,
      productId: product?.id ?? null,
      description,
      quantity: line.quantity,
      unitPrice,
      discountPercent: line.discountPercent ?? '0',
      taxRate: line.taxRate ?? vatRate,
      revenueAccount: 'service_revenue',
    };
  });
}

/**
 * A draft invoice: from a sales order (what is delivered and not yet invoiced, or the lines and
 * quantities asked for; services straight from the order) or directly to a customer for
 * services. Amounts are the server's: net per line as on the order, VAT per line rounded to the
 * currency. The due date follows the customer's payment terms.
 */
export async function createInvoice(ctx: TenantContext, input: NewInvoice) {
  const vatRate = await readCompanySetting(ctx, defaultVatRate);
  let customerId: string;
  let salesOrderId: string | null = null;
  let lines: DraftLine[];
  if ('salesOrderId' in input) {
    const order = await lockInvoiceableOrder(ctx, input.salesOrderId);
    customerId = order.customerId;
    salesOrderId = order.id;
    lines = linesFromOrder(order, input.lines, vatRate);
  } else {
    customerId = input.customerId;
    lines = await directLines(ctx, input.lines, vatRate);
  }
  const customer = await getCustomer(ctx, customerId);
  if (!customer) throw new NotFound('Customer', customerId);
  const currency = await companyCurrency(ctx);
  const priced = priceLines(lines, currency);
  const taxes = lines.map((line, i) =>
    roundMoney(new Exact(priced.lines[i]!.lineTotal).times(line.taxRate).div(100), currency),
  );
  const taxTotal = taxes.reduce((sum, t) => sum.plus(t), new Exact(0));
  const terms = customerInvoiceTerms(
    customer,
    customer.paymentTermId ? await getPaymentTerm(ctx, customer.paymentTermId) : undefined,
    input.invoiceDate,
  );

  const [invoice] = await ctx.tx
    .insert(customerInvoices)
    .values({
      tenantId: ctx.tenantId,
      customerId,
      customerName: customer.name,
      salesOrderId,
      invoiceDate: input.invoiceDate,
      dueDate: terms.dueDate,
      paymentTermName: terms.termName,
      earlyPaymentDiscountPercent: terms.discountPercent,
      earlyPaymentDiscountDueDate: terms.discountDueDate,
      currency,
      subtotal: priced.totals.total,
      taxTotal: taxTotal.toFixed(),
      total: taxTotal.plus(priced.totals.total).toFixed(),
      notes: input.notes ?? null,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await ctx.tx.insert(customerInvoiceLines).values(
    lines.map((line, i) => ({
      tenantId: ctx.tenantId,
      invoiceId: invoice!.id,
      lineNo: i + 1,
      ...line,
      netAmount: priced.lines[i]!.lineTotal,
      taxAmount: taxes[i]!.toFixed(),
    })),
  );
  await recordAudit(ctx, {
    action: 'customer_invoice.created',
    entity: 'customer_invoice',
    entityId: invoice!.id,
    after: { customer: customer.name, salesOrderId, total: invoice!.total, lines: lines.length },
  });
  return invoice!;
}
