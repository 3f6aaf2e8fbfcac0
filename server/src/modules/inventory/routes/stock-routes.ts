import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../../platform/errors.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../../platform/export/export.ts';
import { access } from '../../../platform/http/access.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { idParams, iso, optionalText, timestampOut } from '../../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../../platform/money.ts';
import { companyToday } from '../../../platform/tenancy/company-calendar.ts';
import { postAdjustment } from '../commands/post-adjustment.ts';
import { previewAdjustment } from '../queries/adjustment-preview.ts';
import { allMoves, lotsOfProduct, moveHistory, traceLot } from '../queries/stock-history.ts';
import { getAdjustment, listAdjustments, lowStock, stockByLocation } from '../queries/stock-queries.ts';
import { valuationReport } from '../queries/valuation-report.ts';
import { adjustmentReasons, moveTypes } from '../schema.ts';
import { MoveOut } from './schemas.ts';

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

/** A stock count posts its own adjustments; by hand every other reason may be given. */
const manualAdjustmentReasons = adjustmentReasons.filter((reason) => reason !== 'stock_count');

/** A stock adjustment as the user enters it, posted or previewed. */
const AdjustmentIn = z.strictObject({
  warehouseId: z.uuid().optional().describe('Defaults to the default warehouse'),
  reason: z.enum(manualAdjustmentReasons),
  note: optionalText(1000),
  adjustedOn: z.iso.date().optional().describe('Defaults to today in the company’s time zone'),
  lines: z
    .array(
      z.strictObject({
        productId: z.uuid(),
        lotId: z.uuid().optional().describe('For lot- and serial-tracked products'),
        locationId: z.uuid().optional().describe('A location of the warehouse; defaults to its main stock location'),
        countedQuantity: decimalInput().optional(),
        quantityChange: decimalInput({ sign: 'any' }).optional(),
        unitCost: decimalInput().optional().describe('The cost of a gain; defaults to the current average cost'),
      }),
    )
    .min(1)
    .max(500),
});

const AdjustmentLineOut = z.object({
  lineNo: z.number().int(),
  productId: z.uuid(),
  locationId: z.uuid(),
  locationCode: z.string(),
  lotId: z.uuid().nullable(),
  reason: z.string().nullable(),
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

export function registerStockRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Inventory'];

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

  const MoveQuery = z.object({
    productId: z.uuid().optional(),
    lotId: z.uuid().optional(),
    locationId: z.uuid().optional().describe('Moves into or out of the location'),
    moveType: z.enum(moveTypes).optional(),
    actorId: z.uuid().optional().describe('Moves made by this user'),
    sourceId: z.uuid().optional().describe('Moves of one document'),
    dateFrom: z.iso.date().optional(),
    dateTo: z.iso.date().optional(),
  });

  r.get('/api/inventory/moves', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'The stock ledger, newest first, filtered by product, lot, location, type, date or user',
      querystring: MoveQuery.extend(pageQuery),
      response: { 200: z.object({ items: z.array(MoveOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) => request.withTenant((ctx) => moveHistory(ctx, request.query)),
  });

  r.get('/api/inventory/moves/export', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Export the movement history, with the same filters, as CSV, XLSX or PDF',
      querystring: MoveQuery.extend({ format: exportFormat }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const rows = await request.withTenant((ctx) =>
        allMoves(ctx, filter, format === 'pdf' ? 5_000 : EXPORT_ROW_LIMIT),
      );
      return sendExport(
        reply,
        format,
        'stock-moves',
        [
          { header: 'columns.posted', value: (m) => m.postedAt, width: 25 },
          { header: 'columns.type', value: (m) => m.moveType, codes: 'moveType' },
          { header: 'columns.document', value: (m) => m.documentNumber },
          { header: 'columns.sku', value: (m) => m.sku },
          { header: 'columns.product', value: (m) => m.productName, width: 28 },
          { header: 'columns.lot', value: (m) => m.lotNumber },
          { header: 'columns.quantity', value: (m) => Number(m.quantity) },
          { header: 'columns.from', value: (m) => m.fromLocation, width: 20 },
          { header: 'columns.to', value: (m) => m.toLocation, width: 20 },
          { header: 'columns.unitCost', value: (m) => Number(m.unitCost) },
          { header: 'columns.value', value: (m) => Number(m.value) },
          { header: 'columns.user', value: (m) => m.actorName },
        ],
        rows,
        'exports.stockMoves',
      );
    },
  });

  r.get('/api/inventory/lots', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'A product’s lots and serial numbers in stock, earliest expiry first (the FEFO picking order)',
      querystring: z.object({ productId: z.uuid(), locationId: z.uuid().optional() }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              lotId: z.uuid(),
              number: z.string(),
              isSerial: z.boolean(),
              expiryDate: z.iso.date().nullable(),
              locationId: z.uuid(),
              locationCode: z.string(),
              onHand: decimalOut,
              available: decimalOut,
            }),
          ),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        items: await lotsOfProduct(ctx, request.query.productId, request.query.locationId),
      })),
  });

  r.get('/api/inventory/lots/:id/trace', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Where a lot or serial number came from and where it went',
      params: idParams,
      response: {
        200: z.object({
          lot: z.object({
            id: z.uuid(),
            number: z.string(),
            isSerial: z.boolean(),
            expiryDate: z.iso.date().nullable(),
            productId: z.uuid(),
            sku: z.string(),
            productName: z.string(),
          }),
          moves: z.array(MoveOut.extend({ partnerName: z.string().nullable() })),
          stock: z.array(z.object({ locationCode: z.string(), onHand: decimalOut, reserved: decimalOut })),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const trace = await traceLot(ctx, request.params.id);
        if (!trace) throw new NotFound('Lot', request.params.id);
        return trace;
      }),
  });

  const ValuationQuery = z.object({
    asOf: z.iso.date().optional().describe('The end of this day in the company’s time zone; now when omitted'),
    warehouseId: z.uuid().optional(),
    productId: z.uuid().optional(),
  });
  const ValuationRowOut = z.object({
    productId: z.uuid(),
    sku: z.string(),
    name: z.string(),
    costingMethod: z.string(),
    warehouseId: z.uuid().nullable().describe('Null: in transit between warehouses'),
    warehouseCode: z.string(),
    quantity: decimalOut,
    unitCost: decimalOut,
    value: decimalOut,
  });

  r.get('/api/inventory/valuation', {
    config: { access: access.tenant('inventory.valuation.read') },
    schema: {
      tags,
      summary: 'Stock value per product and warehouse, now or at the end of any date',
      querystring: ValuationQuery,
      response: {
        200: z.object({
          asOf: z.iso.date().nullable(),
          currency: z.string(),
          total: decimalOut,
          rows: z.array(ValuationRowOut),
        }),
      },
    },
    handler: (request) => request.withTenant((ctx) => valuationReport(ctx, request.query)),
  });

  r.get('/api/inventory/valuation/export', {
    config: { access: access.tenant('inventory.valuation.read') },
    schema: {
      tags,
      summary: 'Export the valuation report as CSV, XLSX or PDF',
      querystring: ValuationQuery.extend({ format: exportFormat }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const report = await request.withTenant((ctx) => valuationReport(ctx, filter));
      return sendExport(
        reply,
        format,
        'stock-valuation',
        [
          { header: 'columns.sku', value: (v) => v.sku },
          { header: 'columns.product', value: (v) => v.name, width: 30 },
          { header: 'columns.costing', value: (v) => v.costingMethod, codes: 'costingMethod' },
          { header: 'columns.warehouse', value: (v) => v.warehouseCode },
          { header: 'columns.quantity', value: (v) => Number(v.quantity) },
          { header: 'columns.unitCost', value: (v) => Number(v.unitCost) },
          { header: ['columns.valueIn', { currency: report.currency }], value: (v) => Number(v.value) },
        ],
        report.rows,
        (format) => {
          const total = format.money(report.total, report.currency);
          return report.asOf
            ? format.words.t('exports.stockValuationAt', { asOf: report.asOf, total })
            : format.words.t('exports.stockValuationNow', { total });
        },
      );
    },
  });

  r.post('/api/inventory/adjustments/preview', {
    config: { access: access.tenant('inventory.adjustment.create') },
    schema: {
      tags,
      summary: 'What posting a stock adjustment would change, without posting it',
      description:
        'The changed lines with their quantity before and after and their value at the current cost; `total` is the net value to (negative) or from (positive) inventory loss. Refuses what posting would refuse.',
      body: AdjustmentIn,
      response: {
        200: z.object({
          lines: z.array(
            z.object({
              productId: z.uuid(),
              sku: z.string(),
              unitOfMeasure: z.string(),
              locationId: z.uuid(),
              lotId: z.uuid().nullable(),
              quantityBefore: decimalOut,
              quantityAfter: decimalOut,
              quantityChange: decimalOut,
              value: decimalOut.describe('At the current cost; negative for a loss'),
            }),
          ),
          total: decimalOut,
        }),
      },
    },
    handler: async (request) =>
      request.withTenant(async (ctx) =>
        previewAdjustment(ctx, { ...request.body, adjustedOn: request.body.adjustedOn ?? (await companyToday(ctx)) }),
      ),
  });

  r.post('/api/inventory/adjustments', {
    config: { access: access.tenant('inventory.adjustment.create') },
    schema: {
      tags,
      summary: 'Set stock by hand, with a reason',
      description:
        'Each line gives either the counted quantity (`countedQuantity`) or the change (`quantityChange`, negative to reduce). Stock cannot fall below what is reserved.',
      body: AdjustmentIn,
      response: { 201: AdjustmentOut },
    },
    handler: async (request, reply) => {
      const { adjustment } = await request.withTenant(async (ctx) =>
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
          { header: 'columns.sku', value: (i) => i.sku },
          { header: 'columns.name', value: (i) => i.name, width: 32 },
          { header: 'columns.unit', value: (i) => i.unitOfMeasure, width: 8 },
          { header: 'columns.onHand', value: (i) => Number(i.onHand) },
          { header: 'columns.available', value: (i) => Number(i.available) },
          { header: 'columns.reorderPoint', value: (i) => Number(i.reorderPoint) },
          { header: 'columns.reorderQuantity', value: (i) => Number(i.reorderQuantity) },
        ],
        await request.withTenant(lowStock),
        'exports.lowStock',
      ),
  });
}
