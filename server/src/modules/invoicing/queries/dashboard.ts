import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryOne } from '../../../db/database.ts';
import { decimalText, literalList } from '../../../db/sql-fragments.ts';
import { decimalOut } from '../../../platform/money.ts';
import { dashboardCard } from '../../dashboard/index.ts';
import { openInvoiceStates } from '../invoice.workflow.ts';

/** What customers owe on posted invoices today: not yet due, and past due. */
export const receivablesCard = dashboardCard({
  key: 'receivables',
  permission: 'invoicing.invoice.read',
  schema: z.object({
    due: decimalOut,
    dueInvoices: z.number().int(),
    overdue: decimalOut,
    overdueInvoices: z.number().int(),
  }),
  async load(ctx, { today }) {
    // Reads the open invoices on their partial index by due date, not every invoice ever made.
    const row = await queryOne<{ due: string; dueInvoices: number; overdue: string; overdueInvoices: number }>(
      ctx.tx,
      sql`select ${decimalText(sql`coalesce(sum(total - amount_paid) filter (where due_date >= ${today}::date), 0)`)} as due,
                 (count(*) filter (where due_date >= ${today}::date))::int as "dueInvoices",
                 ${decimalText(sql`coalesce(sum(total - amount_paid) filter (where due_date < ${today}::date), 0)`)} as overdue,
                 (count(*) filter (where due_date < ${today}::date))::int as "overdueInvoices"
          from customer_invoices
          where tenant_id = ${ctx.tenantId} and state in (${literalList(openInvoiceStates)}) and kind = 'invoice'`,
    );
    return row!;
  },
});
