import type { TenantContext } from '../../db/database.ts';
import { Exact } from '../../platform/money.ts';
import {
  addDays,
  type DeliveredDemoOrder,
  type DemoBusiness,
  type DemoHistory,
  demoCommands,
} from '../demo-history.ts';
import { cancelInvoice } from './commands/cancel-invoice.ts';
import { createInvoice } from './commands/create-invoice.ts';
import { postInvoice } from './commands/post-invoice.ts';
import { receivePayment } from './commands/receive-payment.ts';

const command = demoCommands({ cancelInvoice, createInvoice, postInvoice, receivePayment });
interface PlannedPayment {
  invoiceId: string;
  number: string;
  customerId: string;
  amount: string;
  on: string;
}

interface InvoicingDemo {
  toInvoice: Array<DeliveredDemoOrder & { on: string }>;
  payments: PlannedPayment[];
  cancellations: Array<{ invoiceId: string; on: string }>;
}

const state = new WeakMap<DemoBusiness, InvoicingDemo>();

/**
 * Bills a delivered order and plans what the customer does with the invoice: most pay in full
 * around the due date, some pay half, some not yet (overdue once the due date passes), a few
 * invoices are cancelled by a credit note and a few stay drafts.
 */
async function bill(
  ctx: TenantContext,
  demo: DemoBusiness,
  invoicing: InvoicingDemo,
  order: DeliveredDemoOrder,
  day: string,
) {
  const { random } = demo;
  const draft = await command.createInvoice(ctx, { salesOrderId: order.orderId, invoiceDate: day });
  if (random.chance(0.03)) return;
  const invoice = await command.postInvoice(ctx, draft.id);
  const fate = random.next();
  const planned = { invoiceId: invoice.id, number: invoice.number!, customerId: order.customerId };
  if (fate < 0.03) invoicing.cancellations.push({ invoiceId: invoice.id, on: addDays(day, random.int(2, 5)) });
  else if (fate < 0.7) {
    invoicing.payments.push({ ...planned, amount: invoice.total, on: addDays(invoice.dueDate, random.int(-5, 8)) });
  } else if (fate < 0.82) {
    const half = new Exact(invoice.total).div(2).toDecimalPlaces(0).toFixed();
    invoicing.payments.push({ ...planned, amount: half, on: addDays(invoice.dueDate, random.int(-3, 5)) });
  }
}

async function invoicingDay(ctx: TenantContext, demo: DemoBusiness, day: string) {
  let invoicing = state.get(demo);
  if (!invoicing) {
    invoicing = { toInvoice: [], payments: [], cancellations: [] };
    state.set(demo, invoicing);
  }
  for (const order of demo.deliveredOrders.splice(0)) {
    invoicing.toInvoice.push({ ...order, on: addDays(order.deliveredOn, demo.random.int(0, 2)) });
  }
  for (const order of invoicing.toInvoice.filter((o) => o.on === day)) await bill(ctx, demo, invoicing, order, day);
  for (const cancellation of invoicing.cancellations.filter((c) => c.on === day)) {
    await command.cancelInvoice(ctx, cancellation.invoiceId, { reason: 'Billed to the wrong branch', creditDate: day });
  }
  // A customer pays what is due on a day in one transfer; payments planned before the invoice
  // date (early payers) come in on the invoice date.
  const paying = new Map<string, PlannedPayment[]>();
  for (const p of invoicing.payments.filter((p) => p.on <= day)) {
    paying.set(p.customerId, [...(paying.get(p.customerId) ?? []), p]);
  }
  for (const [customerId, payments] of paying) {
    await command.receivePayment(ctx, {
      customerId,
      paymentDate: day,
      amount: payments.reduce((sum, p) => sum.plus(p.amount), new Exact(0)).toFixed(),
      method: 'bank',
      reference: `Transfer for ${payments.map((p) => p.number).join(', ')}`,
      allocations: payments.map((p) => ({ invoiceId: p.invoiceId, amount: p.amount })),
    });
  }
  invoicing.toInvoice = invoicing.toInvoice.filter((o) => o.on > day);
  invoicing.payments = invoicing.payments.filter((p) => p.on > day);
  invoicing.cancellations = invoicing.cancellations.filter((c) => c.on > day);
}

/** Invoices of delivered orders and the customers' payments: some on time, some late, some overdue. */
export const invoicingDemoHistory: DemoHistory = { day: invoicingDay };
