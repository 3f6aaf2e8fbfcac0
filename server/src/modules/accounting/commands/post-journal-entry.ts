import { sql } from 'drizzle-orm';
import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { auditInsert } from '../../../platform/audit/audit.ts';
import { BusinessRuleViolation, invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { transitionAudit, transitionUpdate } from '../../../platform/transition.ts';
import { type AccountPurpose, seedChartOfAccounts } from '../chart-template.ts';
import { UnbalancedEntry } from '../errors.ts';
import { journalEntryFlow, postedEntryState } from '../journal-entry.workflow.ts';
import { openPeriodFor } from '../periods.ts';

defineDocumentNumbering('journal_entry', 'JE');

export interface JournalLineInput {
  /** A default account by purpose, or a chosen account. */
  account: AccountPurpose | { accountId: string };
  /** Amounts as decimal strings; a negative debit is a credit and the other way round. */
  debit?: string | undefined;
  credit?: string | undefined;
  partnerId?: string | null | undefined;
  memo?: string | null | undefined;
  costCenter?: string | null | undefined;
}

export interface JournalEntryInput {
  /** YYYY-MM-DD; decides the period. */
  entryDate: string;
  memo: string;
  /** The document that caused the entry. */
  source?: { type: string; id: string; number?: string | null | undefined } | undefined;
  lines: JournalLineInput[];
}

export interface PostedEntry {
  id: string;
  number: string;
}

/** A line ready for the ledger: one side non-zero, amounts rounded to the column's 4 places. */
export interface LedgerLine {
  accountId: string;
  debit: string;
  credit: string;
  partnerId: string | null;
  memo: string | null;
  costCenter: string | null;
}

interface AccountRow {
  purpose: string | null;
  id: string;
  code: string;
  is_group: boolean;
  active: boolean;
}

async function accountRows(ctx: TenantContext, purposes: string[], ids: string[]): Promise<AccountRow[]> {
  return ctx.prepared<AccountRow>(
    'accounting.accounts_for_posting',
    sql`select d.purpose, a.id, a.code, a.is_group, a.active
        from default_accounts d join accounts a on a.tenant_id = d.tenant_id and a.id = d.account_id
        where d.tenant_id = ${ctx.tenantId} and d.purpose = any(${sql.param(purposes)}::text[])
        union all
        select null, a.id, a.code, a.is_group, a.active from accounts a
        where a.tenant_id = ${ctx.tenantId} and a.id = any(${sql.param(ids)}::uuid[])`,
  );
}

/**
 * Resolves purposes to the company's default accounts (seeding the chart for a company created
 * before accounting existed), nets each line to one side, drops zero lines and checks that
 * debits equal credits exactly.
 */
export async function ledgerLines(ctx: TenantContext, lines: JournalLineInput[]): Promise<LedgerLine[]> {
  const purposes = [...new Set(lines.flatMap((l) => (typeof l.account === 'string' ? [l.account] : [])))];
  const ids = [...new Set(lines.flatMap((l) => (typeof l.account === 'string' ? [] : [l.account.accountId])))];
  let rows = await accountRows(ctx, purposes, ids);
  if (purposes.length > 0 && !rows.some((r) => r.purpose)) {
    await seedChartOfAccounts(ctx);
    rows = await accountRows(ctx, purposes, ids);
  }
  const byPurpose = new Map(rows.filter((r) => r.purpose).map((r) => [r.purpose!, r]));
  const byId = new Map(rows.filter((r) => !r.purpose).map((r) => [r.id, r]));

  let debit = new Exact(0);
  let credit = new Exact(0);
  const result: LedgerLine[] = [];
  for (const [i, line] of lines.entries()) {
    const account = typeof line.account === 'string' ? byPurpose.get(line.account) : byId.get(line.account.accountId);
    if (!account) {
      if (typeof line.account === 'string') {
        throw new BusinessRuleViolation(
          'default_account_missing',
          `No default account is set for "${line.account}"; set one in the accounting settings`,
          { purpose: line.account },
        );
      }
      invalidField(`lines.${i}.accountId`, 'No such account');
    }
    if (account.is_group)
      invalidField(`lines.${i}.accountId`, `${account.code} is a group account and takes no postings`);
    if (!account.active) invalidField(`lines.${i}.accountId`, `${account.code} is deactivated`);
    const amount = new Exact(line.debit ?? 0).minus(line.credit ?? 0).toDecimalPlaces(4, Exact.ROUND_HALF_UP);
    if (amount.isZero()) continue;
    if (amount.gt(0)) debit = debit.plus(amount);
    else credit = credit.minus(amount);
    result.push({
      accountId: account.id,
      debit: amount.gt(0) ? amount.toFixed() : '0',
      credit: amount.lt(0) ? amount.neg().toFixed() : '0',
      partnerId: line.partnerId ?? null,
      memo: line.memo ?? null,
      costCenter: line.costCenter ?? null,
    });
  }
  if (!debit.eq(credit))
    throw new UnbalancedEntry(debit.toFixed(), credit.toFixed(), debit.minus(credit).abs().toFixed());
  return result;
}

export interface LedgerWrite {
  entryDate: string;
  memo: string;
  source?: JournalEntryInput['source'];
  reversalOf?: string;
  /** The year-end closing entry goes into the year's closing period. */
  closing?: boolean;
  /** Posts this draft instead of inserting a new entry. */
  draftId?: string;
}

/**
 * Writes a posted entry in one statement: the entry (or the draft turned posted), its ledger
 * lines, the per-period and per-partner balances (upserted in account order, so concurrent
 * postings lock rows in the same order) and the audit row. The period is share-locked before the
 * number is allocated, as closing a period or a year locks its periods before posting: the two
 * never wait on each other in a cycle.
 */
export async function writePostedEntry(
  ctx: TenantContext,
  write: LedgerWrite,
  lines: LedgerLine[],
): Promise<PostedEntry> {
  const period = await openPeriodFor(ctx, write.entryDate, write.closing);
  const number = await allocateDocumentNumber(ctx, 'journal_entry', write.entryDate);
  const id = write.draftId ?? newId();
  const total = lines.reduce((sum, l) => sum.plus(l.debit), new Exact(0)).toFixed();
  const rows = JSON.stringify(
    lines.map((l, i) => ({
      line_no: i + 1,
      account_id: l.accountId,
      debit: l.debit,
      credit: l.credit,
      partner_id: l.partnerId,
      memo: l.memo,
      cost_center: l.costCenter,
    })),
  );
  const draft = { id, state: 'draft' } as const;
  const details = { number, entryDate: write.entryDate, memo: write.memo, source: write.source ?? null, total, lines };
  const entry = write.draftId
    ? transitionUpdate(ctx, journalEntryFlow, draft, 'post', {
        set: sql`number = ${number}, period_id = ${period.id}, total = ${total}`,
      })
    : sql`insert into journal_entries (tenant_id, id, number, entry_date, period_id, memo, source_type, source_id,
            source_number, state, total, reversal_of, created_by, posted_by, posted_at)
          values (${ctx.tenantId}, ${id}, ${number}, ${write.entryDate}, ${period.id}, ${write.memo},
            ${write.source?.type ?? null}, ${write.source?.id ?? null}, ${write.source?.number ?? null}, ${postedEntryState},
            ${total}, ${write.reversalOf ?? null}, ${ctx.actor.userId}, ${ctx.actor.userId}, now())
          returning id`;
  const audit = auditInsert(
    ctx,
    write.draftId
      ? transitionAudit(journalEntryFlow, draft, 'post', { audit: details })
      : { action: 'journal_entry.posted', entity: 'journal_entry', entityId: id, after: details },
  );
  await ctx.tx.execute(
    sql`with entry as (${entry}),
        line_rows as (
          insert into journal_lines (tenant_id, id, entry_id, line_no, account_id, entry_date, period_id, debit, credit,
                                     partner_id, memo, cost_center)
          select ${ctx.tenantId}::uuid, uuid_v7(), entry.id, l.line_no, l.account_id, ${write.entryDate}::date, ${period.id}::uuid,
                 l.debit, l.credit, l.partner_id, l.memo, l.cost_center
          from entry, jsonb_to_recordset(${rows}::jsonb) as l(line_no int, account_id uuid, debit numeric,
               credit numeric, partner_id uuid, memo text, cost_center text)
          returning account_id, partner_id, debit, credit
        ),
        period_totals as (
          insert into account_period_balances as b (tenant_id, account_id, period_id, debit, credit)
          select ${ctx.tenantId}::uuid, account_id, ${period.id}::uuid, sum(debit), sum(credit) from line_rows
          group by account_id order by account_id
          on conflict (tenant_id, account_id, period_id)
          do update set debit = b.debit + excluded.debit, credit = b.credit + excluded.credit
          returning 1
        ),
        partner_totals as (
          insert into partner_account_balances as b (tenant_id, account_id, partner_id, debit, credit)
          select ${ctx.tenantId}::uuid, account_id, partner_id, sum(debit), sum(credit) from line_rows
          where partner_id is not null group by account_id, partner_id order by account_id, partner_id
          on conflict (tenant_id, account_id, partner_id)
          do update set debit = b.debit + excluded.debit, credit = b.credit + excluded.credit
          returning 1
        ),
        draft_lines as (
          delete from journal_draft_lines where tenant_id = ${ctx.tenantId} and entry_id = ${id} returning 1
        ),
        audit as (${audit})
        select (select count(*) from period_totals)::int as periods, (select count(*) from partner_totals)::int as partners,
               (select count(*) from draft_lines)::int as drafts`,
  );
  return { id, number };
}

/**
 * Posts a balanced entry in the caller's transaction (SPEC §5 postings, manual entries). Zero
 * lines are dropped; returns null when nothing is left. Refuses a closed period (409
 * `period_closed`) and an unbalanced entry (422 `unbalanced_entry`).
 */
export async function postJournalEntry(ctx: TenantContext, input: JournalEntryInput): Promise<PostedEntry | null> {
  const lines = await ledgerLines(ctx, input.lines);
  if (lines.length === 0) return null;
  return writePostedEntry(ctx, { entryDate: input.entryDate, memo: input.memo, source: input.source }, lines);
}
