import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, InvalidTransition, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { CLOSING_PERIOD_NO, ensureYearPeriods, lockPeriod } from '../periods.ts';
import { resolveAccountId } from '../queries/balances.ts';
import { type LedgerLine, writePostedEntry } from './post-journal-entry.ts';

interface YearRow {
  id: string;
  year: number;
  state: 'open' | 'closed';
  closing_entry_id: string | null;
}

const periodName = (p: { year: number; period_no: number }) => `${p.year}-${String(p.period_no).padStart(2, '0')}`;

async function yearState(ctx: TenantContext, year: number): Promise<YearRow | undefined> {
  return queryOne<YearRow>(
    ctx.tx,
    sql`select id, year, state, closing_entry_id from fiscal_years where tenant_id = ${ctx.tenantId} and year = ${year}`,
  );
}

/**
 * Closes a month: postings dated in it are refused from now on. Taking the period row for update
 * waits for postings in flight (they hold it for share).
 */
export async function closePeriod(ctx: TenantContext, periodId: string): Promise<void> {
  const period = await lockPeriod(ctx, periodId);
  if (!period) throw new NotFound('Period', periodId);
  if (period.period_no === CLOSING_PERIOD_NO) {
    throw new Conflict('closing_period', 'The closing period is closed by closing the fiscal year');
  }
  if (period.state !== 'open') throw new InvalidTransition('period', period.state, 'close', ['reopen']);
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'closed', closed_at = now(), closed_by = ${ctx.actor.userId}
        where tenant_id = ${ctx.tenantId} and id = ${periodId}`,
  );
  await recordAudit(ctx, {
    action: 'period.closed',
    entity: 'accounting_period',
    entityId: periodId,
    after: { period: periodName(period) },
  });
}

export async function reopenPeriod(ctx: TenantContext, periodId: string): Promise<void> {
  const period = await lockPeriod(ctx, periodId);
  if (!period) throw new NotFound('Period', periodId);
  if (period.period_no === CLOSING_PERIOD_NO) {
    throw new Conflict('closing_period', 'The closing period is reopened by reopening the fiscal year');
  }
  if (period.state !== 'closed') throw new InvalidTransition('period', period.state, 'reopen', ['close']);
  const year = await yearState(ctx, period.year);
  if (year?.state === 'closed') {
    throw new Conflict('year_closed', `The fiscal year ${period.year} is closed; reopen the year first`, {
      year: period.year,
    });
  }
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'open', closed_at = null, closed_by = null
        where tenant_id = ${ctx.tenantId} and id = ${periodId}`,
  );
  await recordAudit(ctx, {
    action: 'period.reopened',
    entity: 'accounting_period',
    entityId: periodId,
    after: { period: periodName(period) },
  });
}

/** Creates a year's months (open) ahead of use, so they can be listed and closed. */
export async function openFiscalYear(ctx: TenantContext, year: number): Promise<string> {
  await ensureYearPeriods(ctx, year);
  return (await yearState(ctx, year))!.id;
}

/** Locks a year and all its periods, in period order, so no posting runs while it changes. */
async function lockYear(ctx: TenantContext, fiscalYearId: string): Promise<YearRow> {
  const year = await queryOne<YearRow>(
    ctx.tx,
    sql`select id, year, state, closing_entry_id from fiscal_years
        where tenant_id = ${ctx.tenantId} and id = ${fiscalYearId} for update`,
  );
  if (!year) throw new NotFound('Fiscal year', fiscalYearId);
  await ensureYearPeriods(ctx, year.year);
  await ctx.tx.execute(
    sql`select id from accounting_periods where tenant_id = ${ctx.tenantId} and year = ${year.year}
        order by period_no for update`,
  );
  return year;
}

/**
 * Year-end close: one closing entry, dated the last day of the year in the closing period, brings
 * every income and expense account of the year's months to zero against retained earnings; then
 * every period of the year and the year itself are closed.
 */
export async function closeFiscalYear(ctx: TenantContext, fiscalYearId: string) {
  const year = await lockYear(ctx, fiscalYearId);
  if (year.state !== 'open') throw new InvalidTransition('fiscal year', year.state, 'close', ['reopen']);
  const balances = await queryRows<{ account_id: string; balance: string }>(
    ctx.tx,
    sql`select b.account_id, (sum(b.debit) - sum(b.credit))::text as balance
        from account_period_balances b
        join accounting_periods p on p.tenant_id = b.tenant_id and p.id = b.period_id
        join accounts a on a.tenant_id = b.tenant_id and a.id = b.account_id
        where b.tenant_id = ${ctx.tenantId} and p.year = ${year.year} and p.period_no < ${CLOSING_PERIOD_NO}
          and a.type in ('income', 'expense')
        group by b.account_id having sum(b.debit) <> sum(b.credit) order by b.account_id`,
  );
  let closingEntry: { id: string; number: string } | null = null;
  if (balances.length > 0) {
    const lines: LedgerLine[] = balances.map((b) => {
      const balance = new Exact(b.balance);
      return {
        accountId: b.account_id,
        debit: balance.lt(0) ? balance.neg().toFixed() : '0',
        credit: balance.gt(0) ? balance.toFixed() : '0',
        partnerId: null,
        memo: null,
        costCenter: null,
      };
    });
    const profit = balances.reduce((sum, b) => sum.minus(b.balance), new Exact(0));
    if (!profit.isZero()) {
      lines.push({
        accountId: await resolveAccountId(ctx, 'retained_earnings'),
        debit: profit.lt(0) ? profit.neg().toFixed() : '0',
        credit: profit.gt(0) ? profit.toFixed() : '0',
        partnerId: null,
        memo: `Result of ${year.year}`,
        costCenter: null,
      });
    }
    closingEntry = await writePostedEntry(
      ctx,
      {
        entryDate: `${year.year}-12-31`,
        memo: `Year-end closing ${year.year}`,
        source: { type: 'fiscal_year', id: year.id, number: String(year.year) },
        closing: true,
      },
      lines,
    );
  }
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'closed', closed_at = coalesce(closed_at, now()),
          closed_by = coalesce(closed_by, ${ctx.actor.userId}::uuid)
        where tenant_id = ${ctx.tenantId} and year = ${year.year}`,
  );
  await ctx.tx.execute(
    sql`update fiscal_years set state = 'closed', closed_at = now(), closed_by = ${ctx.actor.userId},
          closing_entry_id = ${closingEntry?.id ?? null}
        where tenant_id = ${ctx.tenantId} and id = ${year.id}`,
  );
  await recordAudit(ctx, {
    action: 'fiscal_year.closed',
    entity: 'fiscal_year',
    entityId: year.id,
    after: { year: year.year, closingEntry: closingEntry?.number ?? null },
  });
  return { closingEntry };
}

/**
 * Reopens a closed year: the closing entry is reversed in the closing period and the year opens;
 * its months stay closed until reopened one by one.
 */
export async function reopenFiscalYear(ctx: TenantContext, fiscalYearId: string) {
  const year = await lockYear(ctx, fiscalYearId);
  if (year.state !== 'closed') throw new InvalidTransition('fiscal year', year.state, 'reopen', ['close']);
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'open', closed_at = null, closed_by = null
        where tenant_id = ${ctx.tenantId} and year = ${year.year} and period_no = ${CLOSING_PERIOD_NO}`,
  );
  let reversal: { id: string; number: string } | null = null;
  if (year.closing_entry_id) {
    const lines = await queryRows<{ account_id: string; debit: string; credit: string; memo: string | null }>(
      ctx.tx,
      sql`select account_id, debit::text, credit::text, memo from journal_lines
          where tenant_id = ${ctx.tenantId} and entry_id = ${year.closing_entry_id} order by line_no`,
    );
    reversal = await writePostedEntry(
      ctx,
      {
        entryDate: `${year.year}-12-31`,
        memo: `Reopening ${year.year}: reversal of the year-end closing`,
        source: { type: 'fiscal_year', id: year.id, number: String(year.year) },
        reversalOf: year.closing_entry_id,
        closing: true,
      },
      lines.map((l) => ({
        accountId: l.account_id,
        debit: l.credit,
        credit: l.debit,
        partnerId: null,
        memo: l.memo,
        costCenter: null,
      })),
    );
    await ctx.tx.execute(
      sql`update journal_entries set reversed_by = ${reversal.id}, updated_at = now()
          where tenant_id = ${ctx.tenantId} and id = ${year.closing_entry_id}`,
    );
  }
  await ctx.tx.execute(
    sql`update fiscal_years set state = 'open', closed_at = null, closed_by = null, closing_entry_id = null
        where tenant_id = ${ctx.tenantId} and id = ${year.id}`,
  );
  await recordAudit(ctx, {
    action: 'fiscal_year.reopened',
    entity: 'fiscal_year',
    entityId: year.id,
    after: { year: year.year, reversal: reversal?.number ?? null },
  });
  return { reversal };
}
