import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Forbidden, NotFound } from '../../platform/errors.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../platform/export/export.ts';
import { access } from '../../platform/http/access.ts';
import { pageQuery, selectedIds } from '../../platform/http/pagination.ts';
import { idParams, iso, optionalText, timestampOut } from '../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../platform/money.ts';
import { companyCurrency, companyToday } from '../../platform/tenancy/company-calendar.ts';
import { type RecordedOperation, returnConditions } from '../inventory/index.ts';
import { cancelSalesOrder } from './commands/cancel-sales-order.ts';
import { confirmSalesOrder } from './commands/confirm-sales-order.ts';
import { createSalesOrder } from './commands/create-sales-order.ts';
import { deliverSalesOrder } from './commands/deliver-sales-order.ts';
import { returnSalesOrder } from './commands/return-sales-order.ts';
import { priceOrderLines } from './commands/sales-order-lines.ts';
import { updateSalesOrder } from './commands/update-sales-order.ts';
import {
  getSalesOrder,
  groupSalesOrders,
  listAllSalesOrders,
  listSalesOrders,
  salesOrderGroupings,
  salesOrderSorts,
} from './queries/sales-order-queries.ts';
import { type SalesOrderAction, salesOrderFlow } from './sales-order.workflow.ts';
import { type SalesOrderState, salesOrderStates } from './schema.ts';

const ignoredTotal = z
  .string()
  .max(40)
  .optional()
  .describe('Read-only: the server computes it; a value sent here is ignored');

const LineInput = z.strictObject({
  productId: z.uuid(),
  quantity: decimalInput({ sign: 'positive' }).describe('Greater than zero; whole numbers for units counted in pieces'),
  unitPrice: decimalInput().optional().describe('Defaults to the product’s sale price'),
  discountPercent: decimalInput({ scale: 2, max: '100' }).optional(),
  description: optionalText(500),
  lineTotal: ignoredTotal,
});

const OrderInput = z.strictObject({
  customerId: z.uuid(),
  orderDate: z.iso.date().optional().describe('Defaults to today in the company’s time zone'),
  warehouseId: z.uuid().optional().describe('Defaults to the default warehouse'),
  notes: optionalText(2000),
  lines: z.array(LineInput).min(1).max(200),
  subtotal: ignoredTotal,
  discountTotal: ignoredTotal,
  total: ignoredTotal,
});

const Totals = { subtotal: decimalOut, discountTotal: decimalOut, total: decimalOut };

const LineOut = z.object({
  id: z.uuid(),
  lineNo: z.number().int(),
  productId: z.uuid(),
  sku: z.string(),
  productName: z.string(),
  description: z.string().nullable(),
  unitOfMeasure: z.string(),
  stocked: z.boolean(),
  quantity: decimalOut,
  unitPrice: decimalOut,
  discountPercent: decimalOut,
  lineTotal: decimalOut,
  deliveredQuantity: decimalOut,
  returnedQuantity: decimalOut,
  invoicedQuantity: decimalOut.describe('Posted on invoices, less credit notes'),
});

const SalesOrderSummary = z
  .object({
    id: z.uuid(),
    number: z.string(),
    customerId: z.uuid(),
    customerName: z.string(),
    orderDate: z.iso.date(),
    state: z.enum(salesOrderStates),
    currency: z.string(),
    total: decimalOut,
    createdAt: timestampOut,
  })
  .meta({ id: 'SalesOrderSummary' });

const SalesOrderOut = z
  .object({
    id: z.uuid(),
    number: z.string(),
    customerId: z.uuid(),
    customerName: z.string(),
    orderDate: z.iso.date(),
    currency: z.string(),
    state: z.enum(salesOrderStates),
    warehouseId: z.uuid(),
    notes: z.string().nullable(),
    ...Totals,
    createdAt: timestampOut,
    updatedAt: timestampOut,
    confirmedAt: timestampOut.nullable(),
    cancelledAt: timestampOut.nullable(),
    cancelReason: z.string().nullable(),
    allowedActions: z
      .array(z.enum(salesOrderFlow.actions as [SalesOrderAction, ...SalesOrderAction[]]))
      .describe('What the order’s state allows now'),
    lines: z.array(LineOut),
    reservations: z.array(
      z.object({
        productId: z.uuid(),
        locationId: z.uuid(),
        locationCode: z.string(),
        quantity: decimalOut,
        createdAt: timestampOut,
      }),
    ),
    stockOperations: z
      .array(
        z.object({
          id: z.uuid(),
          number: z.string(),
          type: z.string(),
          operationDate: z.iso.date(),
          value: decimalOut,
        }),
      )
      .describe('Deliveries and returns of the order'),
  })
  .meta({ id: 'SalesOrder' });

const SalesOrderTransitionOut = z
  .object({
    id: z.uuid(),
    number: z.string(),
    state: z.enum(salesOrderStates),
    total: decimalOut,
    confirmedAt: timestampOut.nullable(),
    cancelledAt: timestampOut.nullable(),
    updatedAt: timestampOut,
    allowedActions: SalesOrderOut.shape.allowedActions,
    reservations: SalesOrderOut.shape.reservations,
  })
  .meta({ id: 'SalesOrderTransition', description: 'The order’s new state; GET the order for its lines' });

const OrderListQuery = z.object({
  state: z.enum(salesOrderStates).optional(),
  customerId: z.uuid().optional(),
  dateFrom: z.iso.date().optional(),
  dateTo: z.iso.date().optional(),
  q: z.string().trim().max(40).optional().describe('Order number, or its beginning (e.g. `SO-2026-001`)'),
  sort: z.enum(salesOrderSorts).default('-orderDate'),
  ...pageQuery,
});

export function registerSalesRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Sales orders'];

  r.get('/api/sales-orders', {
    config: { access: access.tenant('sales.order.read') },
    schema: {
      tags,
      summary: 'List sales orders, newest first',
      querystring: OrderListQuery,
      response: { 200: z.object({ items: z.array(SalesOrderSummary), nextCursor: z.string().nullable() }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const page = await listSalesOrders(ctx, request.query);
        return { items: page.items.map((o) => ({ ...o, createdAt: iso(o.createdAt) })), nextCursor: page.nextCursor };
      }),
  });

  r.get('/api/sales-orders/groups', {
    config: { access: access.tenant('sales.order.read') },
    schema: {
      tags,
      summary: 'The orders of the list’s filters grouped by state or customer, with counts and totals',
      querystring: OrderListQuery.omit({ sort: true, cursor: true, limit: true }).extend({
        by: z.enum(salesOrderGroupings).describe('What to group by'),
      }),
      response: {
        200: z.object({
          groups: z.array(
            z.object({
              key: z.string().describe('The state, or the customer’s id'),
              label: z.string(),
              count: z.number().int(),
              total: decimalOut.describe('Sum of the order totals, in the company currency'),
            }),
          ),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const { by, ...filter } = request.query;
        return { groups: await groupSalesOrders(ctx, filter, by) };
      }),
  });

  r.get('/api/sales-orders/export', {
    config: { access: access.tenant('sales.order.read') },
    schema: {
      tags,
      summary: 'Export the sales order list, with the same filters, as CSV or XLSX',
      querystring: OrderListQuery.omit({ sort: true, cursor: true, limit: true }).extend({
        format: exportFormat,
        ids: selectedIds,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const rows = await request.withTenant((ctx) => listAllSalesOrders(ctx, filter, EXPORT_ROW_LIMIT));
      return sendExport(
        reply,
        format,
        'sales-orders',
        [
          { header: 'columns.number', value: (o) => o.number },
          { header: 'columns.date', value: (o) => o.orderDate, width: 12 },
          { header: 'columns.customer', value: (o) => o.customerName, width: 32 },
          { header: 'columns.state', value: (o) => o.state, codes: 'salesOrderState' },
          { header: 'columns.currency', value: (o) => o.currency, width: 9 },
          { header: 'columns.total', value: (o) => Number(o.total) },
        ],
        rows,
        'exports.salesOrders',
      );
    },
  });

  r.post('/api/sales-orders/price-preview', {
    config: { access: access.tenant('sales.order.create') },
    schema: {
      tags,
      summary: 'Price order lines without saving: the live totals of the order form',
      body: z.strictObject({ lines: z.array(LineInput).min(1).max(200) }),
      response: {
        200: z.object({
          currency: z.string(),
          ...Totals,
          lines: z.array(z.object({ productId: z.uuid(), unitPrice: decimalOut, lineTotal: decimalOut })),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const currency = await companyCurrency(ctx);
        const priced = await priceOrderLines(ctx, request.body.lines, currency);
        return {
          currency,
          ...priced.totals,
          lines: priced.lines.map((l) => ({ productId: l.product.id, unitPrice: l.unitPrice, lineTotal: l.lineTotal })),
        };
      }),
  });

  r.post('/api/sales-orders', {
    config: { access: access.tenant('sales.order.create') },
    schema: {
      tags,
      summary: 'Create a draft sales order',
      description: 'Totals are computed by the server. The order gets the next number `SO-YYYY-NNNNN`.',
      body: OrderInput,
      response: { 201: SalesOrderOut },
    },
    handler: async (request, reply) => {
      const order = await request.withTenant(async (ctx) =>
        getSalesOrder(ctx, await createSalesOrder(ctx, request.body)),
      );
      return reply.code(201).send(order!);
    },
  });

  r.get('/api/sales-orders/:id', {
    config: { access: access.tenant('sales.order.read') },
    schema: {
      tags,
      summary: 'A sales order with its lines, reservations and allowed actions',
      params: idParams,
      response: { 200: SalesOrderOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const order = await getSalesOrder(ctx, request.params.id);
        if (!order) throw new NotFound('Sales order', request.params.id);
        return order;
      }),
  });

  r.put('/api/sales-orders/:id', {
    config: { access: access.tenant('sales.order.create') },
    schema: {
      tags,
      summary: 'Change a draft order (replaces its lines)',
      params: idParams,
      body: OrderInput,
      response: { 200: SalesOrderOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await updateSalesOrder(ctx, request.params.id, request.body);
        return (await getSalesOrder(ctx, request.params.id))!;
      }),
  });

  r.post('/api/sales-orders/:id/confirm', {
    config: { access: access.tenant('sales.order.confirm') },
    schema: {
      tags,
      summary: 'Confirm a draft order and reserve its stock',
      description:
        'All lines are reserved together or none: a shortage answers 409 `insufficient_stock` listing each short product. Above the customer’s credit limit it answers 422 `credit_limit_exceeded` unless `overrideCreditLimit` is sent by a user with `sales.order.override_credit_limit`.',
      params: idParams,
      body: z.strictObject({ overrideCreditLimit: z.boolean().default(false) }).nullish(),
      response: { 200: SalesOrderTransitionOut },
    },
    handler: (request) => {
      const override = request.body?.overrideCreditLimit ?? false;
      if (override && !request.tenant!.permissions.has('sales.order.override_credit_limit')) {
        throw new Forbidden(
          'permission_denied',
          'You need the permission sales.order.override_credit_limit to override a credit limit',
          {
            permission: 'sales.order.override_credit_limit',
          },
        );
      }
      return request.withTenant((ctx) => confirmSalesOrder(ctx, request.params.id, { overrideCreditLimit: override }));
    },
  });

  const StockOperationOut = z
    .object({
      id: z.uuid(),
      number: z.string(),
      orderState: z.enum(salesOrderStates),
      lines: z.array(
        z.object({
          productId: z.uuid(),
          lotId: z.uuid().nullable(),
          quantity: decimalOut,
          unitCost: decimalOut,
          value: decimalOut,
        }),
      ),
    })
    .meta({ id: 'SalesStockOperation' });
  const toOperationOut = (operation: RecordedOperation, orderState: SalesOrderState) => ({
    id: operation.id,
    number: operation.number,
    orderState,
    lines: operation.moves.map((m) => ({
      productId: m.productId,
      lotId: m.lotId ?? null,
      quantity: m.quantity,
      unitCost: m.unitCost,
      value: m.value,
    })),
  });

  r.post('/api/sales-orders/:id/deliveries', {
    config: { access: access.tenant('sales.order.deliver') },
    schema: {
      tags,
      summary: 'Deliver a confirmed order from its reservation, all of it or part',
      description:
        'Without lines, everything still open is delivered. Lots and serial numbers default to the reserved ones, earliest expiry first; name others per line to pick them instead. The order becomes `partially_delivered` or `delivered`.',
      params: idParams,
      body: z
        .strictObject({
          deliveryDate: z.iso.date().optional().describe('Defaults to today in the company’s time zone'),
          notes: optionalText(1000),
          lines: z
            .array(
              z.strictObject({
                lineId: z.uuid(),
                quantity: decimalInput({ sign: 'positive' }),
                lots: z
                  .array(z.strictObject({ lotId: z.uuid(), quantity: decimalInput({ sign: 'positive' }) }))
                  .max(500)
                  .optional(),
              }),
            )
            .max(200)
            .optional(),
        })
        .nullish(),
      response: { 201: StockOperationOut },
    },
    handler: async (request, reply) => {
      const result = await request.withTenant(async (ctx) =>
        deliverSalesOrder(ctx, request.params.id, {
          ...request.body,
          deliveryDate: request.body?.deliveryDate ?? (await companyToday(ctx)),
        }),
      );
      return reply.code(201).send(toOperationOut(result.delivery, result.state));
    },
  });

  r.post('/api/sales-orders/:id/returns', {
    config: { access: access.tenant('sales.order.return') },
    schema: {
      tags,
      summary: 'Take delivered goods back',
      description:
        'Goods come back at the cost they left with: in good condition into stock, damaged or defective into the warehouse’s quarantine.',
      params: idParams,
      body: z.strictObject({
        returnDate: z.iso.date().optional().describe('Defaults to today in the company’s time zone'),
        reason: optionalText(500),
        lines: z
          .array(
            z.strictObject({
              lineId: z.uuid(),
              quantity: decimalInput({ sign: 'positive' }),
              lotId: z
                .uuid()
                .optional()
                .describe('For lot- and serial-tracked products: which lot or serial comes back'),
              condition: z.enum(returnConditions).default('good'),
            }),
          )
          .min(1)
          .max(200),
      }),
      response: { 201: StockOperationOut },
    },
    handler: async (request, reply) => {
      const { operation, state } = await request.withTenant(async (ctx) => {
        const returned = await returnSalesOrder(ctx, request.params.id, {
          ...request.body,
          returnDate: request.body.returnDate ?? (await companyToday(ctx)),
        });
        return { operation: returned, state: (await getSalesOrder(ctx, request.params.id))!.state };
      });
      return reply.code(201).send(toOperationOut(operation, state));
    },
  });

  r.post('/api/sales-orders/:id/cancel', {
    config: { access: access.tenant('sales.order.cancel') },
    schema: {
      tags,
      summary: 'Cancel a draft or confirmed order, releasing its reservation',
      params: idParams,
      body: z.strictObject({ reason: optionalText(500) }).nullish(),
      response: { 200: SalesOrderTransitionOut },
    },
    handler: (request) => request.withTenant((ctx) => cancelSalesOrder(ctx, request.params.id, request.body?.reason)),
  });
}
