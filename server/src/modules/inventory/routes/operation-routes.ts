import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { access } from '../../../platform/http/access.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { idParams, optionalText, text } from '../../../platform/http/schemas.ts';
import { decimalInput } from '../../../platform/money.ts';
import { companyToday } from '../../../platform/tenancy/company-calendar.ts';
import { receiveStock } from '../commands/receive-stock.ts';
import { receiveTransfer } from '../commands/receive-transfer.ts';
import { scrapReasons, scrapStock } from '../commands/scrap-stock.ts';
import { transferStock } from '../commands/transfer-stock.ts';
import { getOperation, listOperations } from '../queries/operation-queries.ts';
import { operationStates, operationTypes } from '../schema.ts';
import { OperationOut } from './schemas.ts';

const quantity = decimalInput({ sign: 'positive' });
const date = z.iso.date().optional().describe('Defaults to today in the company’s time zone');
const stockLine = z.strictObject({
  productId: z.uuid(),
  quantity,
  lotId: z.uuid().optional().describe('For lot- and serial-tracked products (one serial per line)'),
});

async function detail(ctx: TenantContext, id: string) {
  const operation = await getOperation(ctx, id);
  if (!operation) throw new NotFound('Stock operation', id);
  return operation;
}

export function registerOperationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Stock operations'];

  r.post('/api/inventory/receipts', {
    config: { access: access.tenant('inventory.receipt.create') },
    schema: {
      tags,
      summary: 'Receive goods from a vendor at their cost',
      description:
        'Into the warehouse’s main stock location unless a location is given. Lot-tracked lines give `lotNumber` (and `expiryDate`); serial-tracked lines give one serial number per unit.',
      body: z.strictObject({
        warehouseId: z.uuid().optional(),
        locationId: z.uuid().optional(),
        vendorName: optionalText(200),
        reference: optionalText(100).describe('The vendor’s delivery note'),
        notes: optionalText(1000),
        receivedOn: date,
        lines: z
          .array(
            z.strictObject({
              productId: z.uuid(),
              quantity,
              unitCost: decimalInput(),
              lotNumber: text(64).optional(),
              expiryDate: z.iso.date().optional(),
              serialNumbers: z.array(text(64)).max(1000).optional(),
            }),
          )
          .min(1)
          .max(200),
      }),
      response: { 201: OperationOut },
    },
    handler: async (request, reply) => {
      const receipt = await request.withTenant(async (ctx) => {
        const { id } = await receiveStock(ctx, {
          ...request.body,
          receivedOn: request.body.receivedOn ?? (await companyToday(ctx)),
        });
        return detail(ctx, id);
      });
      return reply.code(201).send(receipt);
    },
  });

  r.post('/api/inventory/transfers', {
    config: { access: access.tenant('inventory.transfer.create') },
    schema: {
      tags,
      summary: 'Move stock between locations',
      description: 'Within a warehouse it is done at once; between warehouses it is in transit until received.',
      body: z.strictObject({
        fromLocationId: z.uuid(),
        toLocationId: z.uuid(),
        transferDate: date,
        notes: optionalText(1000),
        lines: z.array(stockLine).min(1).max(200),
      }),
      response: { 201: OperationOut },
    },
    handler: async (request, reply) => {
      const transfer = await request.withTenant(async (ctx) => {
        const { id } = await transferStock(ctx, {
          ...request.body,
          transferDate: request.body.transferDate ?? (await companyToday(ctx)),
        });
        return detail(ctx, id);
      });
      return reply.code(201).send(transfer);
    },
  });

  r.post('/api/inventory/transfers/:id/receive', {
    config: { access: access.tenant('inventory.transfer.create') },
    schema: {
      tags,
      summary: 'Receive a transfer in transit, all of it or part',
      params: idParams,
      body: z
        .strictObject({
          lines: z
            .array(z.strictObject({ lineId: z.uuid(), quantity }))
            .max(200)
            .optional(),
        })
        .nullish(),
      response: { 200: OperationOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await receiveTransfer(ctx, request.params.id, request.body?.lines);
        return detail(ctx, request.params.id);
      }),
  });

  r.post('/api/inventory/scraps', {
    config: { access: access.tenant('inventory.scrap.create') },
    schema: {
      tags,
      summary: 'Write stock off (damaged, expired, defective)',
      body: z.strictObject({
        warehouseId: z.uuid().optional(),
        locationId: z.uuid().optional(),
        reason: z.enum(scrapReasons),
        notes: optionalText(1000),
        scrapDate: date,
        lines: z.array(stockLine).min(1).max(200),
      }),
      response: { 201: OperationOut },
    },
    handler: async (request, reply) => {
      const scrap = await request.withTenant(async (ctx) => {
        const { id } = await scrapStock(ctx, {
          ...request.body,
          scrapDate: request.body.scrapDate ?? (await companyToday(ctx)),
        });
        return detail(ctx, id);
      });
      return reply.code(201).send(scrap);
    },
  });

  r.get('/api/inventory/operations', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Receipts, deliveries, transfers, scraps and returns, newest first',
      querystring: z.object({
        type: z.enum(operationTypes).optional(),
        state: z.enum(operationStates).optional(),
        warehouseId: z.uuid().optional().describe('Operations out of or into this warehouse'),
        dateFrom: z.iso.date().optional().describe('Operation date from'),
        dateTo: z.iso.date().optional().describe('Operation date to, inclusive'),
        ...pageQuery,
      }),
      response: {
        200: z.object({
          items: z.array(OperationOut.omit({ lines: true, allowedActions: true })),
          nextCursor: z.string().nullable(),
        }),
      },
    },
    handler: (request) => request.withTenant((ctx) => listOperations(ctx, request.query)),
  });

  r.get('/api/inventory/operations/:id', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: { tags, summary: 'A stock operation with its lines', params: idParams, response: { 200: OperationOut } },
    handler: (request) => request.withTenant((ctx) => detail(ctx, request.params.id)),
  });
}
