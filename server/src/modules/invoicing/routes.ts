import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../db/database.ts';
import { NotFound } from '../../platform/errors.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../platform/export/export.ts';
import { access } from '../../platform/http/access.ts';
import { pageQuery, selectedIds } from '../../platform/http/pagination.ts';
import { booleanQuery, email, idParams, optionalText, text } from '../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../platform/money.ts';
import { readCompanySetting, writeCompanySetting } from '../../platform/settings/company-settings.ts';
import { companyToday } from '../../platform/tenancy/company-calendar.ts';
import { getCustomer } from '../partners/index.ts';
import { applyCustomerCredit } from './commands/apply-customer-credit.ts';
import { cancelInvoice } from './commands/cancel-invoice.ts';
import { createInvoice } from './commands/create-invoice.ts';
import { emailInvoice } from './commands/email-invoice.ts';
import { postInvoice } from './commands/post-invoice.ts';
import { receivePayment } from './commands/receive-payment.ts';
import { type InvoiceAction, invoiceFlow } from './invoice.workflow.ts';
import { invoicePdf } from './invoice-pdf.ts';
import {
  allInvoices,
  countInvoicesByState,
  getInvoice,
  getPayment,
  invoiceSorts,
  listInvoices,
  listPayments,
} from './queries/invoice-queries.ts';
import { agingBuckets, arAging, customerStatement } from './queries/receivables.ts';
import { invoiceKinds, invoiceStates, paymentMethods } from './schema.ts';
import { defaultVatRate } from './settings.ts';
import { statementPdf } from './statement-pdf.ts';

const tags = ['Invoicing'];
const day = z.iso.date();
const today = day.optional().describe('Defaults to today in the company’s time zone');
const percent = decimalInput({ scale: 2, max: '100' });
const quantity = decimalInput({ sign: 'positive' });
const money = decimalInput({ sign: 'positive' });

const InvoiceSummaryOut = z.object({
  id: z.uuid(),
  kind: z.enum(invoiceKinds),
  number: z.string().nullable(),
  customerId: z.uuid(),
  customerName: z.string(),
  salesOrderId: z.uuid().nullable(),
  salesOrderNumber: z.string().nullable(),
  invoiceDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  state: z.enum(invoiceStates),
  subtotal: decimalOut,
  taxTotal: decimalOut,
  total: decimalOut,
  amountPaid: decimalOut,
  amountDue: decimalOut.describe('Still to pay; zero unless posted or partially paid'),
});

const InvoiceOut = InvoiceSummaryOut.extend({
  notes: z.string().nullable(),
  creditedInvoiceId: z.uuid().nullable(),
  creditedInvoiceNumber: z.string().nullable(),
  creditNoteId: z.uuid().nullable(),
  creditNoteNumber: z.string().nullable(),
  journalEntryId: z.uuid().nullable(),
  journalEntryNumber: z.string().nullable(),
  cancelReason: z.string().nullable(),
  paymentTermName: z.string().nullable().describe('The customer’s payment term when the invoice was made'),
  earlyPaymentDiscountPercent: decimalOut
    .nullable()
    .describe('Offered for paying by earlyPaymentDiscountDueDate; not yet deducted by payments'),
  earlyPaymentDiscountDueDate: z.iso.date().nullable(),
  lines: z.array(
    z.object({
      lineNo: z.number(),
      salesOrderLineId: z.uuid().nullable(),
      productId: z.uuid().nullable(),
      description: z.string(),
      quantity: decimalOut,
      unitPrice: decimalOut,
      discountPercent: decimalOut,
      netAmount: decimalOut,
      taxRate: decimalOut,
      taxAmount: decimalOut,
    }),
  ),
  payments: z.array(z.object({ paymentId: z.uuid(), number: z.string(), allocatedOn: z.string(), amount: decimalOut })),
  allowedActions: z
    .array(z.enum(invoiceFlow.actions as [InvoiceAction, ...InvoiceAction[]]))
    .describe('What the invoice’s state allows now; a credit note allows nothing'),
});

const PaymentOut = z.object({
  id: z.uuid(),
  number: z.string(),
  customerId: z.uuid(),
  customerName: z.string(),
  paymentDate: z.string(),
  method: z.enum(paymentMethods),
  reference: z.string().nullable(),
  amount: decimalOut,
  allocatedAmount: decimalOut,
  unallocatedAmount: decimalOut.describe('The customer’s credit left on this payment'),
  journalEntryId: z.uuid(),
});
const PaymentDetailOut = PaymentOut.extend({
  allocations: z.array(
    z.object({ invoiceId: z.uuid(), number: z.string(), allocatedOn: z.string(), amount: decimalOut }),
  ),
  allowedActions: z
    .array(z.enum(['apply_credit']))
    .describe('What may be done with the payment now: applying the credit it still holds'),
});

const InvoiceListQuery = z.strictObject({
  state: z.enum(invoiceStates).optional(),
  kind: z.enum(invoiceKinds).optional(),
  customerId: z.uuid().optional(),
  salesOrderId: z.uuid().optional(),
  dateFrom: day.optional(),
  dateTo: day.optional(),
  overdueOn: day.optional().describe('Only open invoices past due on this day'),
  search: optionalText(100).describe('Invoice number prefix or customer name'),
  sort: z.enum(invoiceSorts).default('-invoiceDate'),
  ...pageQuery,
});

const allocations = z
  .array(z.strictObject({ invoiceId: z.uuid(), amount: money }))
  .min(1)
  .max(200)
  .optional()
  .describe('Which invoices to settle and how much; oldest due first when omitted');

async function invoiceDetail(ctx: TenantContext, id: string) {
  const invoice = await getInvoice(ctx, id);
  if (!invoice) throw new NotFound('Customer invoice', id);
  return invoice;
}

async function paymentDetail(ctx: TenantContext, id: string) {
  const payment = await getPayment(ctx, id);
  if (!payment) throw new NotFound('Customer payment', id);
  return payment;
}

export function registerInvoicingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/customer-invoices', {
    config: { access: access.tenant('invoicing.invoice.read') },
    schema: {
      tags,
      summary: 'List customer invoices and credit notes, newest first',
      querystring: InvoiceListQuery,
      response: { 200: z.object({ items: z.array(InvoiceSummaryOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) => request.withTenant((ctx) => listInvoices(ctx, request.query)),
  });

  r.get('/api/customer-invoices/state-counts', {
    config: { access: access.tenant('invoicing.invoice.read') },
    schema: {
      tags,
      summary: 'How many invoices and credit notes of the list’s filters are in each state',
      description: 'States without any are left out.',
      querystring: InvoiceListQuery.omit({ sort: true, cursor: true, limit: true }),
      response: {
        200: z.object({ counts: z.array(z.object({ state: z.enum(invoiceStates), count: z.number().int() })) }),
      },
    },
    handler: async (request) => ({
      counts: await request.withTenant((ctx) => countInvoicesByState(ctx, request.query)),
    }),
  });

  r.get('/api/customer-invoices/export', {
    config: { access: access.tenant('invoicing.invoice.read') },
    schema: {
      tags,
      summary: 'Export the invoice list, with the same filters, as CSV, XLSX or PDF',
      querystring: InvoiceListQuery.omit({ sort: true, cursor: true, limit: true }).extend({
        format: exportFormat,
        ids: selectedIds,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const rows = await request.withTenant((ctx) => allInvoices(ctx, filter, EXPORT_ROW_LIMIT));
      return sendExport(
        reply,
        format,
        'invoices',
        [
          { header: 'columns.number', value: (i) => i.number },
          { header: 'columns.kind', value: (i) => i.kind, codes: 'invoiceKind' },
          { header: 'columns.date', value: (i) => i.invoiceDate },
          { header: 'columns.due', value: (i) => i.dueDate },
          { header: 'columns.customer', value: (i) => i.customerName, width: 28 },
          { header: 'columns.order', value: (i) => i.salesOrderNumber },
          { header: 'columns.state', value: (i) => i.state, codes: 'invoiceState' },
          { header: 'columns.net', value: (i) => Number(i.subtotal) },
          { header: 'columns.vat', value: (i) => Number(i.taxTotal) },
          { header: 'columns.total', value: (i) => Number(i.total) },
          { header: 'columns.dueAmount', value: (i) => Number(i.amountDue) },
        ],
        rows,
        'exports.customerInvoices',
      );
    },
  });

  r.post('/api/customer-invoices', {
    config: { access: access.tenant('invoicing.invoice.create') },
    schema: {
      tags,
      summary: 'Draft an invoice from a sales order, or directly for services',
      description:
        'With `salesOrderId`: the lines and quantities given, or everything delivered and not yet invoiced (services: ordered). With `customerId`: service lines by product or free text. Amounts, VAT (company default rate unless a line says otherwise) and the due date (customer payment terms) are computed by the server.',
      body: z.union([
        z.strictObject({
          salesOrderId: z.uuid(),
          invoiceDate: today,
          notes: optionalText(1000),
          lines: z
            .array(z.strictObject({ salesOrderLineId: z.uuid(), quantity, taxRate: percent.optional() }))
            .max(500)
            .optional(),
        }),
        z.strictObject({
          customerId: z.uuid(),
          invoiceDate: today,
          notes: optionalText(1000),
          lines: z
            .array(
              z.strictObject({
                productId: z.uuid().optional(),
                description: optionalText(500),
                quantity,
                unitPrice: decimalInput().optional(),
                discountPercent: percent.optional(),
                taxRate: percent.optional(),
              }),
            )
            .min(1)
            .max(500),
        }),
      ]),
      response: { 201: InvoiceOut },
    },
    handler: async (request, reply) => {
      const invoice = await request.withTenant(async (ctx) => {
        const { id } = await createInvoice(ctx, {
          ...request.body,
          invoiceDate: request.body.invoiceDate ?? (await companyToday(ctx)),
        });
        return invoiceDetail(ctx, id);
      });
      return reply.code(201).send(invoice);
    },
  });

  r.get('/api/customer-invoices/:id', {
    config: { access: access.tenant('invoicing.invoice.read') },
    schema: {
      tags,
      summary: 'An invoice or credit note with its lines and payments',
      params: idParams,
      response: { 200: InvoiceOut },
    },
    handler: (request) => request.withTenant((ctx) => invoiceDetail(ctx, request.params.id)),
  });

  r.get('/api/customer-invoices/:id/pdf', {
    config: { access: access.tenant('invoicing.invoice.read') },
    schema: {
      tags,
      summary: 'The invoice or credit note as a PDF to send',
      params: idParams,
      produces: ['application/pdf'],
      response: { 200: z.string().describe('The PDF') },
    },
    handler: async (request, reply) => {
      const { invoice, pdf } = await request.withTenant(async (ctx) => {
        const invoice = await invoiceDetail(ctx, request.params.id);
        return { invoice, pdf: await invoicePdf(ctx, invoice) };
      });
      // The PDF is not the JSON response schema, so the reply is used untyped.
      const file: FastifyReply = reply;
      file.header('content-disposition', `inline; filename="${invoice.number ?? `draft-${invoice.id}`}.pdf"`);
      return file.type('application/pdf').send(pdf);
    },
  });

  r.post('/api/customer-invoices/:id/post', {
    config: { access: access.tenant('invoicing.invoice.post') },
    schema: {
      tags,
      summary: 'Post a draft: number it, count it as invoiced on its order, and book it (AR / revenue / output VAT)',
      params: idParams,
      response: { 200: InvoiceOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await postInvoice(ctx, request.params.id);
        return invoiceDetail(ctx, request.params.id);
      }),
  });

  r.post('/api/customer-invoices/:id/email', {
    config: { access: access.tenant('invoicing.invoice.send') },
    schema: {
      tags,
      summary: 'Email a posted invoice or credit note as a PDF to the customer; it shows in the invoice’s timeline',
      params: idParams,
      body: z.strictObject({ to: email.optional().describe('Another address than the customer’s') }).nullish(),
      response: { 202: z.object({ to: z.string(), subject: z.string() }) },
    },
    handler: async (request, reply) => {
      const sent = await request.withTenant((ctx) => emailInvoice(ctx, request.params.id, { to: request.body?.to }));
      reply.code(202);
      return sent;
    },
  });

  r.post('/api/customer-invoices/:id/cancel', {
    config: { access: access.tenant('invoicing.invoice.cancel') },
    schema: {
      tags,
      summary: 'Cancel a draft, or an unpaid posted invoice by a credit note',
      params: idParams,
      body: z.strictObject({ reason: text(500), creditDate: today }),
      response: { 200: InvoiceOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await cancelInvoice(ctx, request.params.id, {
          reason: request.body.reason,
          creditDate: request.body.creditDate ?? (await companyToday(ctx)),
        });
        return invoiceDetail(ctx, request.params.id);
      }),
  });

  r.get('/api/customer-payments', {
    config: { access: access.tenant('invoicing.payment.read') },
    schema: {
      tags,
      summary: 'List customer payments, newest first',
      querystring: z.strictObject({
        customerId: z.uuid().optional(),
        withCredit: booleanQuery.optional().describe('Only payments with credit left'),
        dateFrom: day.optional(),
        dateTo: day.optional(),
        ...pageQuery,
      }),
      response: { 200: z.object({ items: z.array(PaymentOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) => request.withTenant((ctx) => listPayments(ctx, request.query)),
  });

  r.post('/api/customer-payments', {
    config: { access: access.tenant('invoicing.payment.create') },
    schema: {
      tags,
      summary: 'Record money received from a customer',
      description:
        'Cash or bank is debited; the receivable is credited for what settles invoices; anything over is kept as the customer’s credit.',
      body: z.strictObject({
        customerId: z.uuid(),
        paymentDate: today,
        amount: money,
        method: z.enum(paymentMethods),
        reference: optionalText(100),
        notes: optionalText(1000),
        allocations,
      }),
      response: { 201: PaymentDetailOut },
    },
    handler: async (request, reply) => {
      const payment = await request.withTenant(async (ctx) => {
        const { id } = await receivePayment(ctx, {
          ...request.body,
          paymentDate: request.body.paymentDate ?? (await companyToday(ctx)),
        });
        return paymentDetail(ctx, id);
      });
      return reply.code(201).send(payment);
    },
  });

  r.get('/api/customer-payments/:id', {
    config: { access: access.tenant('invoicing.payment.read') },
    schema: {
      tags,
      summary: 'A payment and the invoices it settled',
      params: idParams,
      response: { 200: PaymentDetailOut },
    },
    handler: (request) => request.withTenant((ctx) => paymentDetail(ctx, request.params.id)),
  });

  r.post('/api/customer-payments/:id/apply-credit', {
    config: { access: access.tenant('invoicing.payment.create') },
    schema: {
      tags,
      summary: 'Settle open invoices with the credit left on a payment',
      params: idParams,
      body: z.strictObject({ date: today, allocations }).nullish(),
      response: { 200: PaymentDetailOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await applyCustomerCredit(ctx, request.params.id, {
          date: request.body?.date ?? (await companyToday(ctx)),
          allocations: request.body?.allocations,
        });
        return paymentDetail(ctx, request.params.id);
      }),
  });

  const AgingOut = z.object({
    asOf: z.string(),
    items: z.array(
      z.object({
        customerId: z.uuid(),
        customerName: z.string(),
        ...Object.fromEntries(agingBuckets.map((b) => [b, decimalOut])),
        total: decimalOut,
      }),
    ),
    totals: z.object({ ...Object.fromEntries(agingBuckets.map((b) => [b, decimalOut])), total: decimalOut }),
  });

  r.get('/api/receivables/aging', {
    config: { access: access.tenant('invoicing.report.read') },
    schema: {
      tags,
      summary: 'Accounts receivable aging: what each customer owed on a day, by days past due',
      querystring: z.strictObject({ asOf: today, customerId: z.uuid().optional(), format: exportFormat.optional() }),
      produces: [
        'application/json',
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/pdf',
      ],
      response: { 200: AgingOut },
    },
    handler: async (request, reply) => {
      const aging = await request.withTenant(async (ctx) =>
        arAging(ctx, { asOf: request.query.asOf ?? (await companyToday(ctx)), customerId: request.query.customerId }),
      );
      if (!request.query.format) return aging;
      return sendExport(
        reply,
        request.query.format,
        'ar-aging',
        [
          { header: 'columns.customer', value: (row) => row.customerName, width: 28 },
          { header: 'columns.current', value: (row) => Number(row.current) },
          { header: 'columns.days1to30', value: (row) => Number(row.days1to30) },
          { header: 'columns.days31to60', value: (row) => Number(row.days31to60) },
          { header: 'columns.days61to90', value: (row) => Number(row.days61to90) },
          { header: 'columns.daysOver90', value: (row) => Number(row.over90) },
          { header: 'columns.total', value: (row) => Number(row.total) },
        ],
        aging.items,
        ['exports.arAging', { asOf: aging.asOf }],
      );
    },
  });

  const StatementOut = z.object({
    from: z.string(),
    to: z.string(),
    openingBalance: decimalOut,
    closingBalance: decimalOut,
    lines: z.array(
      z.object({
        date: z.string(),
        kind: z.enum(['invoice', 'credit_note', 'payment']),
        number: z.string(),
        reference: z.string().nullable(),
        debit: decimalOut,
        credit: decimalOut,
        balance: decimalOut,
      }),
    ),
  });

  r.get('/api/customers/:id/statement', {
    config: { access: access.tenant('invoicing.report.read') },
    schema: {
      tags,
      summary: 'A customer’s statement of account between two dates (JSON or PDF)',
      params: idParams,
      querystring: z.strictObject({ from: day, to: day, format: z.enum(['pdf']).optional() }),
      produces: ['application/json', 'application/pdf'],
      response: { 200: StatementOut },
    },
    handler: async (request, reply) => {
      const { customer, statement, pdf } = await request.withTenant(async (ctx) => {
        const customer = await getCustomer(ctx, request.params.id);
        if (!customer) throw new NotFound('Customer', request.params.id);
        const statement = await customerStatement(ctx, customer.id, request.query);
        return { customer, statement, pdf: request.query.format ? await statementPdf(ctx, customer, statement) : null };
      });
      if (!pdf) return statement;
      const file: FastifyReply = reply;
      file.header('content-disposition', `attachment; filename="statement-${customer.code}-${statement.to}.pdf"`);
      return file.type('application/pdf').send(pdf);
    },
  });

  const SettingsOut = z.object({ defaultVatRate: decimalOut });
  r.get('/api/invoicing/settings', {
    config: { access: access.tenant('invoicing.invoice.read') },
    schema: { tags, summary: 'Invoicing settings: the default VAT (PPN) rate', response: { 200: SettingsOut } },
    handler: (request) =>
      request.withTenant(async (ctx) => ({ defaultVatRate: await readCompanySetting(ctx, defaultVatRate) })),
  });
  r.put('/api/invoicing/settings', {
    config: { access: access.tenant('invoicing.settings.manage') },
    schema: {
      tags,
      summary: 'Change the default VAT (PPN) rate for new invoice lines',
      body: z.strictObject({ defaultVatRate: percent }),
      response: { 200: SettingsOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        defaultVatRate: await writeCompanySetting(ctx, defaultVatRate, request.body.defaultVatRate),
      })),
  });
}
