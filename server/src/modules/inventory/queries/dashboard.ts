import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryOne } from '../../../db/database.ts';
import { decimalText } from '../../../db/sql-fragments.ts';
import { decimalOut } from '../../../platform/money.ts';
import { dashboardCard } from '../../dashboard/index.ts';
import { lowStock } from './stock-queries.ts';

/** What the stock is worth now: the running valuation per product, one row each. */
export const stockValueCard = dashboardCard({
  key: 'stockValue',
  permission: 'inventory.valuation.read',
  schema: z.object({ value: decimalOut, products: z.number().int() }),
  async load(ctx) {
    const row = await queryOne<{ value: string; products: number }>(
      ctx.tx,
      sql`select ${decimalText(sql`coalesce(sum(value), 0)`)} as value, (count(*) filter (where quantity > 0))::int as products
          from stock_valuations where tenant_id = ${ctx.tenantId}`,
    );
    return row!;
  },
});

/** Products under their reorder point, the emptiest ten of them named. */
export const lowStockCard = dashboardCard({
  key: 'lowStock',
  permission: 'inventory.stock.read',
  schema: z.object({
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
  }),
  async load(ctx) {
    const low = await lowStock(ctx);
    return { count: low.length, items: low.slice(0, 10) };
  },
});
