import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Conflict } from '../../../platform/errors.ts';
import { DocumentFormat } from '../../../platform/export/document-format.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../../platform/export/export.ts';
import { renderPdf } from '../../../platform/export/pdf.ts';
import { access } from '../../../platform/http/access.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { companyIdentity } from '../../../platform/tenancy/company-calendar.ts';
import { listMembers } from '../../../platform/tenancy/members.ts';
import { categoryNames } from '../../catalog/index.ts';
import { countableWarehouse } from '../../inventory/index.ts';
import { countSheet } from '../count-sheet.ts';
import { BlindCountHidden } from '../errors.ts';
import { countEvaluation } from '../queries/count-evaluation.ts';
import { listAllStockCounts, type StockCountLineView, type StockCountView } from '../queries/stock-count-queries.ts';
import { changeStockCountSettings, stockCountSettings } from '../settings.ts';
import { countAsSeenBy, tags } from './count-routes.ts';
import { CountListQuery, EvaluationOut, SettingsInput, SettingsOut } from './schemas.ts';

const files = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'];
const num = (value: string | null) => (value === null ? null : Number(value));

export function registerReportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/stock-counts/export', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'Export the stock count list, with the same filters, as CSV, XLSX or PDF',
      querystring: CountListQuery.omit({ sort: true, cursor: true, limit: true }).extend({ format: exportFormat }),
      produces: files,
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const rows = await request.withTenant((ctx) => listAllStockCounts(ctx, filter, EXPORT_ROW_LIMIT));
      return sendExport(
        reply,
        format,
        'stock-counts',
        [
          { header: 'columns.number', value: (c) => c.number },
          { header: 'columns.planned', value: (c) => c.plannedDate, width: 12 },
          { header: 'columns.warehouse', value: (c) => c.warehouseName, width: 24 },
          { header: 'columns.frequency', value: (c) => c.frequency, codes: 'countFrequency' },
          { header: 'columns.blind', value: (c) => (c.blind ? 'yes' : 'no'), codes: 'yesNo', width: 7 },
          { header: 'columns.state', value: (c) => c.state, codes: 'stockCountState' },
          { header: 'columns.lines', value: (c) => c.lineCount, width: 8 },
          { header: 'columns.counted', value: (c) => c.countedLines, width: 8 },
        ],
        rows,
        'exports.stockCounts',
      );
    },
  });

  r.get('/api/stock-counts/:id/sheet', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'The count sheet (PDF): the lines to count, without system quantities for a blind count',
      params: idParams,
      produces: ['application/pdf'],
      response: { 200: z.string().describe('The PDF') },
    },
    handler: async (request, reply) => {
      const { count, scope, company, format } = await request.withTenant(async (ctx) => {
        const count = await countAsSeenBy(request, ctx, request.params.id);
        if (count.state === 'scheduled') {
          throw new Conflict(
            'count_not_started',
            'Start the count first: the sheet lists the snapshot taken at the start',
          );
        }
        const warehouse = await countableWarehouse(ctx, count.warehouseId);
        const named = (ids: string[], list: Array<{ id: string; code: string }> | undefined) =>
          ids.map((id) => list?.find((x) => x.id === id)?.code ?? id).join(', ');
        const categories = await categoryNames(ctx, count.categoryIds);
        const company = await companyIdentity(ctx);
        const format = new DocumentFormat(company);
        const { words } = format;
        const parts = [
          count.zoneIds.length > 0
            ? words.t('countSheet.zones', { list: named(count.zoneIds, warehouse?.zones) })
            : null,
          count.locationIds.length > 0
            ? words.t('countSheet.locations', { list: named(count.locationIds, warehouse?.locations) })
            : null,
          count.categoryIds.length > 0
            ? words.t('countSheet.categories', {
                list: count.categoryIds.map((id) => categories.get(id) ?? id).join(', '),
              })
            : null,
        ].filter(Boolean);
        return {
          count,
          scope: parts.length > 0 ? parts.join('; ') : words.t('countSheet.wholeWarehouse'),
          company,
          format,
        };
      });
      const file: FastifyReply = reply;
      file.header('content-disposition', `attachment; filename="count-sheet-${count.number}.pdf"`);
      const print = {
        company: company.name,
        format,
        printedAt: request.server.platform.now(),
      };
      return file.type('application/pdf').send(await renderPdf(countSheet(count, scope, print)));
    },
  });

  r.get('/api/stock-counts/:id/variance-report', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'The variance report of a count (system vs counted, variance, value, reason) as CSV, XLSX or PDF',
      description: 'Refused (403 `blind_count`) to counters while a blind count is counting.',
      params: idParams,
      querystring: z.object({ format: exportFormat }),
      produces: files,
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const count: StockCountView = await request.withTenant((ctx) => countAsSeenBy(request, ctx, request.params.id));
      if (count.systemQuantitiesHidden) throw new BlindCountHidden();
      return sendExport<StockCountLineView>(
        reply,
        request.query.format,
        `variance-report-${count.number}`,
        [
          { header: 'columns.line', value: (l) => l.lineNo, width: 6 },
          { header: 'columns.location', value: (l) => l.locationCode, width: 18 },
          { header: 'columns.sku', value: (l) => l.sku },
          { header: 'columns.product', value: (l) => l.productName, width: 28 },
          { header: 'columns.lot', value: (l) => l.lotNumber },
          { header: 'columns.system', value: (l) => num(l.systemQuantity) },
          { header: 'columns.counted', value: (l) => num(l.countedQuantity) },
          { header: 'columns.variance', value: (l) => num(l.variance) },
          { header: 'columns.variancePercent', value: (l) => num(l.variancePercent) },
          { header: 'columns.unitCost', value: (l) => num(l.unitCost) },
          { header: ['columns.valueIn', { currency: count.currency }], value: (l) => num(l.varianceValue) },
          { header: 'columns.reason', value: (l) => l.reason, codes: 'varianceReason' },
        ],
        count.lines,
        (format) =>
          format.words.t('exports.varianceReport', {
            number: count.number,
            warehouse: count.warehouseName,
            state: format.words.code('stockCountState', count.state),
            net:
              count.totals.netVarianceValue === null
                ? '–'
                : format.money(count.totals.netVarianceValue, count.currency),
          }),
      );
    },
  });

  r.get('/api/stock-counts/evaluation', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'Counts per month, variance value per reason and accuracy over a period of planned dates',
      querystring: z.object({ dateFrom: z.iso.date(), dateTo: z.iso.date(), warehouseId: z.uuid().optional() }),
      response: { 200: EvaluationOut },
    },
    handler: (request) => request.withTenant((ctx) => countEvaluation(ctx, request.query)),
  });

  r.get('/api/stock-counts/settings', {
    config: { access: access.tenant('inventory.count.read') },
    schema: { tags, summary: 'The company’s stock count settings', response: { 200: SettingsOut } },
    handler: (request) => request.withTenant((ctx) => stockCountSettings(ctx)),
  });

  r.put('/api/stock-counts/settings', {
    config: { access: access.tenant('inventory.count.approve') },
    schema: {
      tags,
      summary: 'Change the approval threshold',
      description: 'Those who approve counts above the threshold (`inventory.count.approve`) set it.',
      body: SettingsInput,
      response: { 200: SettingsOut },
    },
    handler: (request) => request.withTenant((ctx) => changeStockCountSettings(ctx, request.body)),
  });

  r.get('/api/stock-counts/team-candidates', {
    config: { access: access.tenant('inventory.count.manage') },
    schema: {
      tags,
      summary: 'The company’s active members, who can be put on a counting team',
      response: {
        200: z.object({ items: z.array(z.object({ userId: z.uuid(), name: z.string(), email: z.string() })) }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        items: (await listMembers(ctx, 'member')).map((m) => ({ userId: m.userId, name: m.name, email: m.email })),
      })),
  });
}
