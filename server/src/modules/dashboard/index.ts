import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/access.ts';
import { decimalOut } from '../../platform/money.ts';
import { companyCurrency, companyToday } from '../../platform/tenancy/company-calendar.ts';
import { lowStock } from '../inventory/index.ts';
import type { ErpModule } from '../module.ts';
import { salesInPeriod } from '../sales/index.ts';

const Period = z.object({ from: z.iso.date(), to: z.iso.date(), orders: z.number().int(), total: decimalOut });

/** First and last day of the month `offset` months from the one `today` is in. */
export function monthOf(today: string, offset: number): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(year, month + offset, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

function registerDashboardRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/dashboard', {
    config: { access: access.tenant('dashboard.view') },
    schema: {
      tags: ['Dashboard'],
      summary: 'The home dashboard: each section is present when the user may see its data',
      response: {
        200: z.object({
          currency: z.string(),
          sales: z.object({ thisMonth: Period, lastMonth: Period }).nullable(),
          lowStock: z
            .object({
              count: z.number().int(),
              items: z.array(
                z.object({
                  productId: z.uuid(),
                  sku: z.string(),
                  name: z.string(),
                  available: decimalOut,
                  reorderPoint: decimalOut,
                }),
              ),
            })
            .nullable(),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const may = (permission: string) => request.tenant!.permissions.has(permission);
        const today = await companyToday(ctx);
        const periodSales = async (offset: number) => {
          const month = monthOf(today, offset);
          return { ...month, ...(await salesInPeriod(ctx, month.from, month.to)) };
        };
        const low = may('inventory.stock.read') ? await lowStock(ctx) : null;
        return {
          currency: await companyCurrency(ctx),
          sales: may('sales.order.read') ? { thisMonth: await periodSales(0), lastMonth: await periodSales(-1) } : null,
          lowStock: low && { count: low.length, items: low.slice(0, 10) },
        };
      }),
  });
}

export const dashboardModule: ErpModule = { name: 'dashboard', registerRoutes: registerDashboardRoutes };
