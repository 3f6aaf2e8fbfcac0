import { type SQL, sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { containsPattern, decimalText, literalList, startsWithPattern } from '../../../db/sql-fragments.ts';
import { keyset, parseSort, toPage } from '../../../platform/http/pagination.ts';
import { journalEntryNumberOf } from '../../accounting/index.ts';
import { customerNameOf } from '../../partners/index.ts';
import { salesOrderNumberOf } from '../../sales/index.ts';
import { invoiceFlow, openInvoiceStates } from '../invoice.workflow.ts';
import type { InvoiceKind, InvoiceState, PaymentMethod } from '../schema.ts';

export interface InvoiceFilter {
  state?: InvoiceState | undefined;
  kind?: InvoiceKind | undefined;
  customerId?: string | undefined;
  salesOrderId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  /** Open invoices past their due date on this day. */
  overdueOn?: string | undefined;
  search?: string | undefined;
  /** Only these invoices (the rows a user selected), still within the other filters. */
  ids?: string[] | undefined;
}

export const invoiceSorts = [
  '-invoiceDate',
  'invoiceDate',
  '-dueDate',
  'dueDate',
  'customerName',
  '-customerName',
  'total',
  '-total',
] as const;

type InvoiceSortField = Exclude<(typeof invoiceSorts)[number], `-${string}`>;

/** Each sort's column and how its value travels in the cursor; ties break on the id. */
const sortKeys = {
  invoiceDate: { column: sql`i.invoice_date`, keyType: 'date' },
  dueDate: { column: sql`i.due_date`, keyType: 'date' },
  customerName: { column: sql`i.customer_name`, keyType: 'text' },
  total: { column: sql`i.total`, keyType: 'decimal' },
} as const satisfies Record<InvoiceSortField, { column: SQL; keyType: string }>;

export interface InvoiceSummary {
  id: string;
  kind: InvoiceKind;
  number: string | null;
  customerId: string;
  customerName: string;
  salesOrderId: string | null;
  salesOrderNumber: string | null;
  invoiceDate: string;
  dueDate: string;
  currency: string;
  state: InvoiceState;
  subtotal: string;
  taxTotal: string;
  total: string;
  amountPaid: string;
  amountDue: string;
}

const summaryColumns = (
  ctx: TenantContext,
) => sql`i.id, i.kind, i.number, i.customer_id as "customerId", i.customer_name as "customerName",
  i.sales_order_id as "salesOrderId", ${salesOrderNumberOf(ctx, sql`i.sales_order_id`)} as "salesOrderNumber", i.invoice_date::text as "invoiceDate",
  i.due_date::text as "dueDate", i.currency, i.state, ${decimalText(sql`i.subtotal`)} as subtotal,
  ${decimalText(sql`i.tax_total`)} as "taxTotal", ${decimalText(sql`i.total`)} as total,
  ${decimalText(sql`i.amount_paid`)} as "amountPaid",
  ${decimalText(sql`case when i.kind = 'invoice' and i.state in (${literalList(openInvoiceStates)}) then i.total - i.amount_paid else 0 end`)} as "amountDue"`;

function conditions(ctx: TenantContext, filter: InvoiceFilter): SQL[] {
  return [
    sql`i.tenant_id = ${ctx.tenantId}`,
    filter.state ? sql`i.state = ${filter.state}` : undefined,
    filter.kind ? sql`i.kind = ${filter.kind}` : undefined,
    filter.customerId ? sql`i.customer_id = ${filter.customerId}` : undefined,
    filter.salesOrderId ? sql`i.sales_order_id = ${filter.salesOrderId}` : undefined,
    filter.dateFrom ? sql`i.invoice_date >= ${filter.dateFrom}` : undefined,
    filter.dateTo ? sql`i.invoice_date <= ${filter.dateTo}` : undefined,
    filter.overdueOn
      ? sql`i.kind = 'invoice' and i.state in (${literalList(openInvoiceStates)}) and i.due_date < ${filter.overdueOn}`
      : undefined,
    filter.search
      ? sql`(i.number ilike ${startsWithPattern(filter.search)} or i.customer_name ilike ${containsPattern(filter.search)})`
      : undefined,
    filter.ids
      ? sql`i.id in (${sql.join(
          filter.ids.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : undefined,
  ].filter((c): c is SQL => c !== undefined);
}

/** Invoices and credit notes, newest first unless sorted otherwise. */
export async function listInvoices(
  ctx: TenantContext,
  filter: InvoiceFilter & { sort: (typeof invoiceSorts)[number]; cursor?: string | undefined; limit: number },
) {
  const { field, descending } = parseSort(filter.sort);
  const { column, keyType } = sortKeys[field];
  const page = keyset({ key: column, id: sql`i.id`, descending, cursor: filter.cursor, keyType });
  const where = conditions(ctx, filter);
  if (page.where) where.push(page.where);
  const rows = await queryRows<InvoiceSummary>(
    ctx.tx,
    sql`select ${summaryColumns(ctx)} from customer_invoices i where ${sql.join(where, sql` and `)}
        order by ${sql.join(page.orderBy, sql`, `)} limit ${filter.limit + 1}`,
  );
  return toPage(rows, filter.limit, (last) => [last[field], last.id]);
}

/** How many invoices and credit notes of the filters are in each state, for the kanban's columns. */
export function countInvoicesByState(ctx: TenantContext, filter: InvoiceFilter) {
  return queryRows<{ state: InvoiceState; count: number }>(
    ctx.tx,
    sql`select i.state, count(*)::int as count from customer_invoices i
        where ${sql.join(conditions(ctx, filter), sql` and `)} group by i.state`,
  );
}

export function allInvoices(ctx: TenantContext, filter: InvoiceFilter, cap: number) {
  return queryRows<InvoiceSummary>(
    ctx.tx,
    sql`select ${summaryColumns(ctx)} from customer_invoices i where ${sql.join(conditions(ctx, filter), sql` and `)}
        order by i.invoice_date desc, i.id desc limit ${cap}`,
  );
}

export interface InvoiceLineView {
  lineNo: number;
  salesOrderLineId: string | null;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  netAmount: string;
  taxRate: string;
  taxAmount: string;
}

/** An invoice with its lines, the payments settling it, its journal entry and credit note. */
export async function getInvoice(ctx: TenantContext, id: string) {
  const invoice = await queryOne<
    InvoiceSummary & {
      notes: string | null;
      creditedInvoiceId: string | null;
      creditedInvoiceNumber: string | null;
      creditNoteId: string | null;
      creditNoteNumber: string | null;
      journalEntryId: string | null;
      journalEntryNumber: string | null;
      cancelReason: string | null;
      paymentTermName: string | null;
      earlyPaymentDiscountPercent: string | null;
      earlyPaymentDiscountDueDate: string | null;
    }
  >(
    ctx.tx,
    sql`select ${summaryColumns(ctx)}, i.notes, i.credited_invoice_id as "creditedInvoiceId", ci.number as "creditedInvoiceNumber",
               cn.id as "creditNoteId", cn.number as "creditNoteNumber", i.journal_entry_id as "journalEntryId",
               ${journalEntryNumberOf(ctx, sql`i.journal_entry_id`)} as "journalEntryNumber", i.cancel_reason as "cancelReason",
               i.payment_term_name as "paymentTermName", ${decimalText(sql`i.early_payment_discount_percent`)} as "earlyPaymentDiscountPercent",
               i.early_payment_discount_due_date::text as "earlyPaymentDiscountDueDate"
        from customer_invoices i
        left join customer_invoices ci on ci.tenant_id = i.tenant_id and ci.id = i.credited_invoice_id
        left join customer_invoices cn on cn.tenant_id = i.tenant_id and cn.credited_invoice_id = i.id
        where i.tenant_id = ${ctx.tenantId} and i.id = ${id}`,
  );
  if (!invoice) return undefined;
  const lines = await queryRows<InvoiceLineView>(
    ctx.tx,
    sql`select line_no as "lineNo", sales_order_line_id as "salesOrderLineId", product_id as "productId", description,
               ${decimalText(sql`quantity`)} as quantity, ${decimalText(sql`unit_price`)} as "unitPrice",
               ${decimalText(sql`discount_percent`)} as "discountPercent", ${decimalText(sql`net_amount`)} as "netAmount",
               ${decimalText(sql`tax_rate`)} as "taxRate", ${decimalText(sql`tax_amount`)} as "taxAmount"
        from customer_invoice_lines where tenant_id = ${ctx.tenantId} and invoice_id = ${id} order by line_no`,
  );
  const payments = await queryRows<{ paymentId: string; number: string; allocatedOn: string; amount: string }>(
    ctx.tx,
    sql`select p.id as "paymentId", p.number, a.allocated_on::text as "allocatedOn", ${decimalText(sql`a.amount`)} as amount
        from payment_allocations a join customer_payments p on p.tenant_id = a.tenant_id and p.id = a.payment_id
        where a.tenant_id = ${ctx.tenantId} and a.invoice_id = ${id} order by a.allocated_on, p.number`,
  );
  return {
    ...invoice,
    lines,
    payments,
    allowedActions: invoice.kind === 'invoice' ? invoiceFlow.actionsFrom(invoice.state) : [],
  };
}

export interface PaymentView {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  paymentDate: string;
  method: PaymentMethod;
  reference: string | null;
  amount: string;
  allocatedAmount: string;
  unallocatedAmount: string;
  journalEntryId: string;
}

const paymentColumns = (ctx: TenantContext) => sql`p.id, p.number, p.customer_id as "customerId",
  ${customerNameOf(ctx, sql`p.customer_id`)} as "customerName",
  p.payment_date::text as "paymentDate", p.method, p.reference, ${decimalText(sql`p.amount`)} as amount,
  ${decimalText(sql`p.allocated_amount`)} as "allocatedAmount",
  ${decimalText(sql`p.amount - p.allocated_amount`)} as "unallocatedAmount", p.journal_entry_id as "journalEntryId"`;

export async function listPayments(
  ctx: TenantContext,
  filter: {
    customerId?: string | undefined;
    withCredit?: boolean | undefined;
    dateFrom?: string | undefined;
    dateTo?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const page = keyset({
    key: sql`p.payment_date`,
    id: sql`p.id`,
    descending: true,
    cursor: filter.cursor,
    keyType: 'date',
  });
  const where = [
    sql`p.tenant_id = ${ctx.tenantId}`,
    filter.customerId ? sql`p.customer_id = ${filter.customerId}` : undefined,
    filter.withCredit ? sql`p.allocated_amount < p.amount` : undefined,
    filter.dateFrom ? sql`p.payment_date >= ${filter.dateFrom}` : undefined,
    filter.dateTo ? sql`p.payment_date <= ${filter.dateTo}` : undefined,
    page.where,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await queryRows<PaymentView>(
    ctx.tx,
    sql`select ${paymentColumns(ctx)} from customer_payments p where ${sql.join(where, sql` and `)}
        order by p.payment_date desc, p.id desc limit ${filter.limit + 1}`,
  );
  return toPage(rows, filter.limit, (last) => [last.paymentDate, last.id]);
}

export async function getPayment(ctx: TenantContext, id: string) {
  const payment = await queryOne<PaymentView>(
    ctx.tx,
    sql`select ${paymentColumns(ctx)} from customer_payments p where p.tenant_id = ${ctx.tenantId} and p.id = ${id}`,
  );
  if (!payment) return undefined;
  const allocations = await queryRows<{ invoiceId: string; number: string; allocatedOn: string; amount: string }>(
    ctx.tx,
    sql`select i.id as "invoiceId", i.number, a.allocated_on::text as "allocatedOn", ${decimalText(sql`a.amount`)} as amount
        from payment_allocations a join customer_invoices i on i.tenant_id = a.tenant_id and i.id = a.invoice_id
        where a.tenant_id = ${ctx.tenantId} and a.payment_id = ${id} order by a.allocated_on, i.number`,
  );
  // A payment is posted when received and has no states; what is left to do is applying its credit.
  const allowedActions: 'apply_credit'[] = Number(payment.unallocatedAmount) > 0 ? ['apply_credit'] : [];
  return { ...payment, allocations, allowedActions };
}
