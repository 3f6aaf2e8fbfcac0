import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../../../db/database.ts';
import { decimalOut, Exact } from '../../../platform/money.ts';
import { dashboardCard } from '../../dashboard/index.ts';
import { sumsByAccount } from './ledger-sums.ts';

/** The balance of every cash and bank account today, from the period balances (not every line). */
export const cashCard = dashboardCard({
  key: 'cash',
  permission: 'accounting.report.read',
  schema: z.object({
    total: decimalOut,
    accounts: z.array(z.object({ accountId: z.uuid(), code: z.string(), name: z.string(), balance: decimalOut })),
  }),
  async load(ctx, { today }) {
    const cashAccounts = await queryRows<{ id: string; code: string; name: string }>(
      ctx.tx,
      sql`select id, code, name from accounts
          where tenant_id = ${ctx.tenantId} and cash_flow_activity = 'cash' and not is_group and active
          order by code`,
    );
    const sums = new Map(
      (
        await sumsByAccount(
          ctx,
          { from: null, to: today, closing: true },
          cashAccounts.map((a) => a.id),
        )
      ).map((s) => [s.account_id, new Exact(s.debit).minus(s.credit)]),
    );
    const accounts = cashAccounts.map((a) => ({
      accountId: a.id,
      code: a.code,
      name: a.name,
      balance: (sums.get(a.id) ?? new Exact(0)).toFixed(),
    }));
    return { total: accounts.reduce((sum, a) => sum.plus(a.balance), new Exact(0)).toFixed(), accounts };
  },
});
