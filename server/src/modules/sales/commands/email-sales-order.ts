import type { TenantContext } from '../../../db/database.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { emailDocument } from '../../../platform/mail/document-mail.ts';
import { getCustomer } from '../../partners/index.ts';
import { orderConfirmationPdf } from '../order-pdf.ts';
import { getSalesOrder } from '../queries/sales-order-queries.ts';

/**
 * Sends the order confirmation as a PDF to the customer (or the address given), from the sales
 * order template; it shows in the order's timeline. A draft is not confirmed yet and a cancelled
 * order has nothing to confirm.
 */
export async function emailSalesOrder(ctx: TenantContext, id: string, request: { to?: string | undefined }) {
  const order = await getSalesOrder(ctx, id);
  if (!order) throw new NotFound('Sales order', id);
  if (order.state === 'draft' || order.state === 'cancelled') {
    throw new Conflict('order_not_confirmed', `Order ${order.number} is ${order.state}: confirm it before sending it`);
  }
  const customer = await getCustomer(ctx, order.customerId);
  return emailDocument(ctx, {
    entity: 'sales_order',
    entityId: id,
    template: 'salesOrder',
    to: request.to ?? customer?.email,
    recipientName: order.customerName,
    values: { number: order.number, customer: order.customerName },
    attachment: { filename: `${order.number}.pdf`, pdf: await orderConfirmationPdf(ctx, order) },
  });
}
