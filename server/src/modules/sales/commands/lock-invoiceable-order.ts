import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { type InvoiceableOrder, invoiceLimit } from './invoiceable-lines.ts';
import { lockSalesOrder } from './lock-sales-order.ts';

/** Locks the order and tells what of each line can still be invoiced. */
export async function lockInvoiceableOrder(ctx: TenantContext, orderId: string): Promise<InvoiceableOrder> {
  const { order, lines } = await lockSalesOrder(ctx, orderId);
  salesOrderFlow.assert(order.state, 'invoice');
  return {
    id: order.id,
    number: order.number,
    customerId: order.customerId,
    customerName: order.customerName,
    currency: order.currency,
    lines: lines.map((line) => ({
      lineId: line.id,
      lineNo: line.line_no,
      productId: line.product_id,
      sku: line.sku,
      productName: line.product_name,
      description: line.description,
      unitOfMeasure: line.unit_of_measure,
      stocked: line.stocked,
      unitPrice: line.unit_price,
      discountPercent: line.discount_percent,
      invoiceable: Exact.max(invoiceLimit(line).minus(line.invoiced_quantity), 0).toFixed(),
    })),
  };
}
