import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText } from '../../../db/sql-fragments.ts';
import { Exact } from '../../../platform/money.ts';

export const agingBuckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
type Bucket = (typeof agingBuckets)[number];

export interface AgingRow extends Record<Bucket, string> {
  customerId: string;
  customerName: string;
  total: string;
}

/**
 * What each customer owed on `asOf`, by how far past due (SPEC §4.3): invoices dated by then,
 * less the payments allocated and credit notes issued by then. Reads the open invoices of the
 * period, not the ledger.
 */
export async function arAging(ctx: TenantContext, options: { asOf: string; customerId?: string | undefined }) {
  const rows = await queryRows<AgingRow>(
    ctx.tx,
    sql`with open as (
          select i.customer_id, i.customer_name, i.due_date,
                 i.total - coalesce((select sum(a.amount) from payment_allocations a
                                     where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.allocated_on <= ${options.asOf}), 0)
                         - coalesce((select sum(cn.total) from customer_invoices cn
                                     where cn.tenant_id = i.tenant_id and cn.credited_invoice_id = i.id and cn.invoice_date <= ${options.asOf}), 0)
                   as due
          from customer_invoices i
          where i.tenant_id = ${ctx.tenantId} and i.kind = 'invoice' and i.number is not null and i.invoice_date <= ${options.asOf}
            ${options.customerId ? sql`and i.customer_id = ${options.customerId}` : sql``}
        )
        select customer_id as "customerId", min(customer_name) as "customerName",
               ${decimalText(sql`sum(due) filter (where due_date >= ${options.asOf}::date)`)} as current,
               ${decimalText(sql`sum(due) filter (where ${options.asOf}::date - due_date between 1 and 30)`)} as "days1to30",
               ${decimalText(sql`sum(due) filter (where ${options.asOf}::date - due_date between 31 and 60)`)} as "days31to60",
               ${decimalText(sql`sum(due) filter (where ${options.asOf}::date - due_date between 61 and 90)`)} as "days61to90",
               ${decimalText(sql`sum(due) filter (where ${options.asOf}::date - due_date > 90)`)} as "over90",
               ${decimalText(sql`sum(due)`)} as total
        from open where due <> 0 group by customer_id order by min(customer_name)`,
  );
  const items = rows.map((row) => ({
    ...row,
    ...Object.fromEntries(agingBuckets.map((b) => [b, row[b] ?? '0'])),
  })) as AgingRow[];
  const totals = Object.fromEntries(
    [...agingBuckets, 'total' as const].map((b) => [
      b,
      items.reduce((sum, row) => sum.plus(row[b]), new Exact(0)).toFixed(),
    ]),
  ) as Record<Bucket | 'total', string>;
  return { asOf: options.asOf, items, totals };
}

export interface StatementLine {
  date: string;
  kind: 'invoice' | 'credit_note' | 'payment';
  number: string;
  reference: string | null;
  debit: string;
  credit: string;
  balance: string;
}

/**
 * A customer's account between two dates: the balance brought forward, each invoice, credit
 * note and payment, and the running balance (what they owe; negative when they are in credit).
 */
export async function customerStatement(ctx: TenantContext, customerId: string, range: { from: string; to: string }) {
  const documents = sql`
    select invoice_date as date, kind, number, null::text as reference,
           case when kind = 'invoice' then total else 0 end as debit, case when kind = 'credit_note' then total else 0 end as credit
    from customer_invoices where tenant_id = ${ctx.tenantId} and customer_id = ${customerId} and number is not null
    union all
    select payment_date, 'payment', number, reference, 0, amount
    from customer_payments where tenant_id = ${ctx.tenantId} and customer_id = ${customerId}`;
  const opening = await queryOne<{ balance: string }>(
    ctx.tx,
    sql`select coalesce(sum(debit - credit), 0)::text as balance from (${documents}) d where d.date < ${range.from}`,
  );
  const rows = await queryRows<Omit<StatementLine, 'balance'>>(
    ctx.tx,
    sql`select date::text as date, kind, number, reference, ${decimalText(sql`debit`)} as debit, ${decimalText(sql`credit`)} as credit
        from (${documents}) d where d.date between ${range.from} and ${range.to} order by d.date, d.number`,
  );
  let balance = new Exact(opening!.balance);
  const lines = rows.map((row) => {
    balance = balance.plus(row.debit).minus(row.credit);
    return { ...row, balance: balance.toFixed() } as StatementLine;
  });
  return { ...range, openingBalance: new Exact(opening!.balance).toFixed(), lines, closingBalance: balance.toFixed() };
}
