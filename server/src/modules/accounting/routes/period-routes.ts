import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TenantContext } from '../../../db/database.ts';
import { access } from '../../../platform/http/access.ts';
import { idParams } from '../../../platform/http/schemas.ts';
import { closeFiscalYear } from '../commands/close-fiscal-year.ts';
import { closePeriod } from '../commands/close-period.ts';
import { openFiscalYear } from '../commands/open-fiscal-year.ts';
import { reopenFiscalYear } from '../commands/reopen-fiscal-year.ts';
import { reopenPeriod } from '../commands/reopen-period.ts';
import { listFiscalYears } from '../queries/period-queries.ts';
import { FiscalYearOut, tags } from './schemas.ts';

const YearsOut = z.object({ items: z.array(FiscalYearOut) });
const ClosingOut = z.object({
  items: z.array(FiscalYearOut),
  entry: z.object({ id: z.uuid(), number: z.string() }).nullable().describe('The closing entry, or its reversal'),
});

const years = async (ctx: TenantContext) => ({ items: await listFiscalYears(ctx) });

export function registerPeriodRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/accounting/fiscal-years', {
    config: { access: access.tenant('accounting.journal.read') },
    schema: { tags, summary: 'Fiscal years with their periods, newest first', response: { 200: YearsOut } },
    handler: (request) => request.withTenant(years),
  });

  r.post('/api/accounting/fiscal-years', {
    config: { access: access.tenant('accounting.period.manage') },
    schema: {
      tags,
      summary: 'Create a fiscal year’s periods ahead of use (periods are otherwise created open on first posting)',
      body: z.strictObject({ year: z.number().int().min(1900).max(2999) }),
      response: { 201: YearsOut },
    },
    handler: async (request, reply) => {
      const result = await request.withTenant(async (ctx) => {
        await openFiscalYear(ctx, request.body.year);
        return years(ctx);
      });
      return reply.code(201).send(result);
    },
  });

  r.post('/api/accounting/periods/:id/close', {
    config: { access: access.tenant('accounting.period.manage') },
    schema: {
      tags,
      summary: 'Close a month: postings dated in it are refused with 409 `period_closed`',
      params: idParams,
      response: { 200: YearsOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await closePeriod(ctx, request.params.id);
        return years(ctx);
      }),
  });

  r.post('/api/accounting/periods/:id/reopen', {
    config: { access: access.tenant('accounting.period.manage') },
    schema: {
      tags,
      summary: 'Reopen a closed month (409 `year_closed` while its year is closed)',
      params: idParams,
      response: { 200: YearsOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await reopenPeriod(ctx, request.params.id);
        return years(ctx);
      }),
  });

  r.post('/api/accounting/fiscal-years/:id/close', {
    config: { access: access.tenant('accounting.period.manage') },
    schema: {
      tags,
      summary: 'Year-end close: carry income and expense into retained earnings and close every period of the year',
      params: idParams,
      response: { 200: ClosingOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const { closingEntry } = await closeFiscalYear(ctx, request.params.id);
        return { ...(await years(ctx)), entry: closingEntry };
      }),
  });

  r.post('/api/accounting/fiscal-years/:id/reopen', {
    config: { access: access.tenant('accounting.period.manage') },
    schema: {
      tags,
      summary: 'Reopen a closed year: its closing entry is reversed; months stay closed until reopened',
      params: idParams,
      response: { 200: ClosingOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const { reversal } = await reopenFiscalYear(ctx, request.params.id);
        return { ...(await years(ctx)), entry: reversal };
      }),
  });
}
