import { sql } from 'drizzle-orm';
import { type Orm, queryRows } from '../../../db/database.ts';
import { literalList } from '../../../db/sql-fragments.ts';
import { Exact } from '../../../platform/money.ts';
import { partnerBalancesByCompany } from '../../accounting/index.ts';
import { openInvoiceStates } from '../invoice.workflow.ts';

/**
 * SPEC §6 invariant 5 on the customer side: in every company, each customer's balance on the
 * receivable control account equals what its open invoices still ask for. Returns the violations.
 */
export async function receivableInvariantViolations(orm: Orm): Promise<string[]> {
  const ledger = await partnerBalancesByCompany(orm, 'accounts_receivable');
  const open = await queryRows<{ tenant_id: string; customer_id: string; due: string }>(
    orm,
    sql`select tenant_id, customer_id, sum(total - amount_paid)::text as due from customer_invoices
        where kind = 'invoice' and state in (${literalList(openInvoiceStates)}) group by tenant_id, customer_id`,
  );
  const key = (tenantId: string, customerId: string) => `${tenantId}|${customerId}`;
  const owed = new Map(ledger.map((r) => [key(r.tenantId, r.partnerId), new Exact(r.balance)]));
  const invoiced = new Map(open.map((r) => [key(r.tenant_id, r.customer_id), new Exact(r.due)]));
  return [...new Set([...owed.keys(), ...invoiced.keys()])].flatMap((k) => {
    const onAccount = owed.get(k) ?? new Exact(0);
    const onInvoices = invoiced.get(k) ?? new Exact(0);
    return onAccount.eq(onInvoices)
      ? []
      : [`customer ${k}: receivable ${onAccount.toFixed()} but open invoices ${onInvoices.toFixed()}`];
  });
}
