import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../platform/errors.ts';
import { exportFormat, sendExport } from '../../platform/export/export.ts';
import { access } from '../../platform/http/access.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { idParams, iso, optionalText, timestampOut } from '../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../platform/money.ts';
import { companyToday } from '../../platform/tenancy/company-calendar.ts';
import { postAdjustment } from './commands/post-adjustment.ts';
import { listWarehouses } from './locations.ts';
import { getAdjustment, listAdjustments, listMoves, lowStock, stockByLocation } from './queries/stock-queries.ts';
import { adjustmentReasons, moveTypes } from './schema.ts';

const AdjustmentOut = z
  .object({
    id: z.uuid(),
    number: z.string(),
    warehouseId: z.uuid(),
    reason: z.enum(adjustmentReasons),
    note: z.string().nullable(),
    adjustedOn: z.iso.date(),
    createdAt: timestampOut,
    createdBy: z.uuid().nullable(),
  })
  .meta({ id: 'StockAdjustment' });

const AdjustmentLineOut = z.object({
  lineNo: z.number().int(),
  productId: z.uuid(),
  locationCode: z.string(),
  quantityBefore: decimalOut,
  quantityAfter: decimalOut,
  unitCost: decimalOut,
});

const LowStockOut = z
  .object({
    productId: z.uuid(),
    sku: z.string(),
    name: z.string(),
    unitOfMeasure: z.string(),
    reorderPoint: decimalOut,
    reorderQuantity: decimalOut,
    onHand: decimalOut,
    available: decimalOut,
  })
  .meta({ id: 'LowStockItem' });

export function registerInventoryRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Inventory'];

  r.get('/api/warehouses', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Warehouses',
      response: {
        200: z.object({
          items: z.array(
            z.object({ id: z.uuid(), code: z.string(), name: z.string(), isDefault: z.boolean(), active: z.boolean() }),
          ),
        }),
      },
    },
    handler: (request) => request.withTenant(async (ctx) => ({ items: await listWarehouses(ctx) })),
  });

  r.get('/api/inventory/stock', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Stock of one product per location',
      querystring: z.object({ productId: z.uuid() }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              locationId: z.uuid(),
              locationCode: z.string(),
              locationName: z.string(),
              onHand: decimalOut,
              reserved: decimalOut,
            }),
          ),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({ items: await stockByLocation(ctx, request.query.productId) })),
  });

  r.get('/api/inventory/moves', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Stock moves, newest first',
      querystring: z.object({ productId: z.uuid().optional(), sourceId: z.uuid().optional(), ...pageQuery }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.uuid(),
              productId: z.uuid(),
              quantity: decimalOut,
              fromLocation: z.string(),
              toLocation: z.string(),
              unitCost: decimalOut,
              moveType: z.enum(moveTypes),
              reason: z.string().nullable(),
              sourceType: z.string(),
              sourceId: z.uuid(),
              postedAt: timestampOut,
            }),
          ),
          nextCursor: z.string().nullable(),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const page = await listMoves(ctx, request.query);
        return { items: page.items.map((m) => ({ ...m, postedAt: iso(m.postedAt) })), nextCursor: page.nextCursor };
      }),
  });

  r.post('/api/inventory/adjustments', {
    config: { access: access.tenant('inventory.adjustment.create') },
    schema: {
      tags,
      summary: 'Set stock by hand, with a reason',
      description:
        'Each line gives either the counted quantity (`countedQuantity`) or the change (`quantityChange`, negative to reduce). Stock cannot fall below what is reserved.',
      body: z.strictObject({
        warehouseId: z.uuid().optional().describe('Defaults to the default warehouse'),
        reason: z.enum(adjustmentReasons),
        note: optionalText(1000),
        adjustedOn: z.iso.date().optional().describe('Defaults to today in the company’s time zone'),
        lines: z
          .array(
            z.strictObject({
              productId: z.uuid(),
              countedQuantity: decimalInput().optional(),
              quantityChange: decimalInput({ sign: 'any' }).optional(),
              unitCost: decimalInput().optional().describe('Defaults to the product’s standard cost'),
            }),
          )
          .min(1)
          .max(500),
      }),
      response: { 201: AdjustmentOut },
    },
    handler: async (request, reply) => {
      const adjustment = await request.withTenant(async (ctx) =>
        postAdjustment(ctx, { ...request.body, adjustedOn: request.body.adjustedOn ?? (await companyToday(ctx)) }),
      );
      return reply.code(201).send({ ...adjustment, createdAt: iso(adjustment.createdAt) });
    },
  });

  r.get('/api/inventory/adjustments', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Stock adjustments, newest first',
      querystring: z.object(pageQuery),
      response: { 200: z.object({ items: z.array(AdjustmentOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const page = await listAdjustments(ctx, request.query);
        return { items: page.items.map((a) => ({ ...a, createdAt: iso(a.createdAt) })), nextCursor: page.nextCursor };
      }),
  });

  r.get('/api/inventory/adjustments/:id', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'A stock adjustment with its lines',
      params: idParams,
      response: { 200: AdjustmentOut.extend({ lines: z.array(AdjustmentLineOut) }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const adjustment = await getAdjustment(ctx, request.params.id);
        if (!adjustment) throw new NotFound('Stock adjustment', request.params.id);
        return { ...adjustment, createdAt: iso(adjustment.createdAt) };
      }),
  });

  r.get('/api/inventory/low-stock', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Products whose available stock is below their reorder point',
      response: { 200: z.object({ items: z.array(LowStockOut) }) },
    },
    handler: (request) => request.withTenant(async (ctx) => ({ items: await lowStock(ctx) })),
  });

  r.get('/api/inventory/low-stock/export', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Export the low-stock list as CSV or XLSX',
      querystring: z.object({ format: exportFormat }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) =>
      sendExport(
        reply,
        request.query.format,
        'low-stock',
        [
          { header: 'SKU', value: (i) => i.sku },
          { header: 'Name', value: (i) => i.name, width: 32 },
          { header: 'Unit', value: (i) => i.unitOfMeasure, width: 8 },
          { header: 'On hand', value: (i) => Number(i.onHand) },
          { header: 'Available', value: (i) => Number(i.available) },
          { header: 'Reorder point', value: (i) => Number(i.reorderPoint) },
          { header: 'Reorder quantity', value: (i) => Number(i.reorderQuantity) },
        ],
        await request.withTenant(lowStock),
      ),
  });
}
