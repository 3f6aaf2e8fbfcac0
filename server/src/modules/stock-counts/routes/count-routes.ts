import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { access } from '../../../platform/http/access.ts';
import { idParams, iso, optionalText, text } from '../../../platform/http/schemas.ts';
import { approveStockCount } from '../commands/approve-stock-count.ts';
import { cancelStockCount } from '../commands/cancel-stock-count.ts';
import { finishCounting } from '../commands/finish-counting.ts';
import type { Counter } from '../commands/lock-stock-count.ts';
import { postStockCount } from '../commands/post-stock-count.ts';
import { recordCounts } from '../commands/record-counts.ts';
import { rejectStockCount } from '../commands/reject-stock-count.ts';
import { reviewStockCount } from '../commands/review-stock-count.ts';
import { scheduleStockCount } from '../commands/schedule-stock-count.ts';
import { startStockCount } from '../commands/start-stock-count.ts';
import { countStockCountsByState, getStockCount, listStockCounts } from '../queries/stock-count-queries.ts';
import { stockCountStates } from '../schema.ts';
import { CountEntryInput, CountListQuery, ScheduleInput, StockCountOut, StockCountSummary } from './schemas.ts';

export const tags = ['Stock counts'];

/** The count as this user may see it (a blind count hides the system side from counters). */
export async function countAsSeenBy(request: FastifyRequest, ctx: TenantContext, id: string) {
  const count = await getStockCount(ctx, id, { canReview: request.tenant!.permissions.has('inventory.count.review') });
  if (!count) throw new NotFound('Stock count', id);
  return count;
}

export function registerCountRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/stock-counts', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'List stock counts, latest planned first',
      querystring: CountListQuery,
      response: { 200: z.object({ items: z.array(StockCountSummary), nextCursor: z.string().nullable() }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const page = await listStockCounts(ctx, request.query);
        return { items: page.items.map((c) => ({ ...c, createdAt: iso(c.createdAt) })), nextCursor: page.nextCursor };
      }),
  });

  r.get('/api/stock-counts/state-counts', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'How many stock counts of the list’s filters are in each state',
      description: 'States without any are left out.',
      querystring: CountListQuery.omit({ sort: true, cursor: true, limit: true }),
      response: {
        200: z.object({ counts: z.array(z.object({ state: z.enum(stockCountStates), count: z.number().int() })) }),
      },
    },
    handler: async (request) => ({
      counts: await request.withTenant((ctx) => countStockCountsByState(ctx, request.query)),
    }),
  });

  r.post('/api/stock-counts', {
    config: { access: access.tenant('inventory.count.manage') },
    schema: {
      tags,
      summary: 'Schedule a stock count',
      description:
        'A count of one warehouse, narrowed to zones or locations and to product categories (none: everything). It gets the next number `SC-YYYY-NNNNN` and starts `scheduled`.',
      body: ScheduleInput,
      response: { 201: StockCountOut },
    },
    handler: async (request, reply) => {
      const count = await request.withTenant(async (ctx) =>
        countAsSeenBy(request, ctx, await scheduleStockCount(ctx, request.body)),
      );
      return reply.code(201).send(count);
    },
  });

  r.get('/api/stock-counts/:id', {
    config: { access: access.tenant('inventory.count.read') },
    schema: {
      tags,
      summary: 'A stock count with its lines, matching and totals',
      params: idParams,
      response: { 200: StockCountOut },
    },
    handler: (request) => request.withTenant((ctx) => countAsSeenBy(request, ctx, request.params.id)),
  });

  const counter = (request: FastifyRequest): Counter => ({
    canManageCounts: request.tenant!.permissions.has('inventory.count.manage'),
  });

  const transition = (
    path: string,
    permission: string,
    summary: string,
    description: string,
    run: (ctx: TenantContext, request: FastifyRequest<{ Params: { id: string } }>) => Promise<unknown>,
  ) =>
    r.post(`/api/stock-counts/:id/${path}`, {
      config: { access: access.tenant(permission) },
      schema: { tags, summary, description, params: idParams, response: { 200: StockCountOut } },
      handler: (request) =>
        request.withTenant(async (ctx) => {
          await run(ctx, request);
          return countAsSeenBy(request, ctx, request.params.id);
        }),
    });

  transition(
    'start',
    'inventory.count.manage',
    'Start counting: snapshot the system quantities',
    'Scheduled → counting. Records the on-hand of every product, location and lot in scope with its current unit cost; variances are measured against this snapshot.',
    (ctx, request) => startStockCount(ctx, request.params.id),
  );
  transition(
    'finish',
    'inventory.count.record',
    'Finish counting',
    'Counting → counted. Refused (400) while a line is not counted, is flagged for a recount, or has a variance without a reason; `details.fields` names each line (`lines.N.reason`). A count with a team is finished by its members or a user with `inventory.count.manage` (403 `not_on_count_team` otherwise).',
    (ctx, request) => finishCounting(ctx, request.params.id, counter(request)),
  );
  transition(
    'review',
    'inventory.count.review',
    'Mark the matching as reviewed',
    'Counted → reviewed.',
    (ctx, request) => reviewStockCount(ctx, request.params.id),
  );
  transition(
    'approve',
    'inventory.count.review',
    'Approve a reviewed count',
    'Reviewed → approved. When the variance value (gains and losses without their sign) exceeds the company’s approval threshold, only a user with `inventory.count.approve` may approve; others get 403 `approval_needs_manager`.',
    (ctx, request) =>
      approveStockCount(ctx, request.params.id, {
        canApproveAboveThreshold: request.tenant!.permissions.has('inventory.count.approve'),
      }),
  );
  r.post('/api/stock-counts/:id/post', {
    config: { access: access.tenant('inventory.count.post') },
    schema: {
      tags,
      summary: 'Post an approved count as a stock adjustment',
      description:
        'Approved → posted. Each line with a variance changes its balance by counted − snapshot (adjustment reason `stock_count`), so moves made while counting are kept. Refused with 409 `invalid_transition` for a count that is not approved (or already posted), and with 409 `count_exceeds_stock` when stock has left a location since the snapshot so that the loss would take more than is available. A recurring count schedules its next one.',
      params: idParams,
      response: { 200: StockCountOut.extend({ nextCountId: z.uuid().nullable() }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const { nextCountId } = await postStockCount(ctx, request.params.id);
        return { ...(await countAsSeenBy(request, ctx, request.params.id)), nextCountId };
      }),
  });

  r.post('/api/stock-counts/:id/counts', {
    config: { access: access.tenant('inventory.count.record') },
    schema: {
      tags,
      summary: 'Save counting progress',
      description:
        'Counted quantities, recount flags, reasons and notes of some lines, while counting. Saves may repeat; untouched lines keep their values. Entries name lines by id, product id, or barcode/SKU; products, locations or lots the snapshot did not have are added as lines with a system quantity of 0. `touchedLineIds` lists the line of each entry, in order. A count with a team is counted by its members or a user with `inventory.count.manage` (403 `not_on_count_team` otherwise).',
      params: idParams,
      body: z.strictObject({ lines: z.array(CountEntryInput).min(1).max(500) }),
      response: { 200: StockCountOut.extend({ touchedLineIds: z.array(z.uuid()) }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const touchedLineIds = await recordCounts(ctx, request.params.id, request.body.lines, counter(request));
        return { ...(await countAsSeenBy(request, ctx, request.params.id)), touchedLineIds };
      }),
  });

  r.post('/api/stock-counts/:id/reject', {
    config: { access: access.tenant('inventory.count.review') },
    schema: {
      tags,
      summary: 'Send a count back to counting',
      description:
        'Counted, reviewed or approved → counting, keeping the reason. Lines named in `recountLineIds` are flagged for a recount.',
      params: idParams,
      body: z.strictObject({
        reason: text(500),
        recountLineIds: z.array(z.uuid()).max(500).optional(),
      }),
      response: { 200: StockCountOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await rejectStockCount(ctx, request.params.id, request.body);
        return countAsSeenBy(request, ctx, request.params.id);
      }),
  });

  r.post('/api/stock-counts/:id/cancel', {
    config: { access: access.tenant('inventory.count.manage') },
    schema: {
      tags,
      summary: 'Cancel a count that is not posted',
      params: idParams,
      body: z.strictObject({ reason: optionalText(500) }).nullish(),
      response: { 200: StockCountOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await cancelStockCount(ctx, request.params.id, request.body?.reason);
        return countAsSeenBy(request, ctx, request.params.id);
      }),
  });
}
