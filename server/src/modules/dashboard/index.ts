import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/access.ts';
import { companyCurrency, companyToday } from '../../platform/tenancy/company-calendar.ts';
import type { ErpModule } from '../module.ts';
import { type DashboardCard, monthOf } from './card.ts';

export { type DashboardCard, type DashboardPeriod, dashboardCard, type Month, monthOf } from './card.ts';

/**
 * The home dashboard, made of the cards the other modules contribute: each card is null for a
 * user without its permission.
 */
export function createDashboardModule(cards: readonly DashboardCard[]): ErpModule {
  const Cards = z.object(Object.fromEntries(cards.map((card) => [card.key, card.schema.nullable()])));
  const registerRoutes = (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/dashboard', {
      config: { access: access.tenant('dashboard.view') },
      schema: {
        tags: ['Dashboard'],
        summary: 'The home dashboard: each card is present when the user may see its data',
        response: {
          200: z.object({
            currency: z.string(),
            today: z.iso.date(),
            thisMonth: z.object({ from: z.iso.date(), to: z.iso.date() }),
            lastMonth: z.object({ from: z.iso.date(), to: z.iso.date() }),
            cards: Cards,
          }),
        },
      },
      handler: (request) =>
        request.withTenant(async (ctx) => {
          const today = await companyToday(ctx);
          const period = { today, thisMonth: monthOf(today, 0), lastMonth: monthOf(today, -1) };
          const figures: Record<string, unknown> = {};
          // One after the other: the cards share the request's connection and transaction.
          for (const card of cards) {
            figures[card.key] = request.tenant!.permissions.has(card.permission) ? await card.load(ctx, period) : null;
          }
          return { currency: await companyCurrency(ctx), ...period, cards: figures };
        }),
    });
  };
  return { name: 'dashboard', registerRoutes };
}
