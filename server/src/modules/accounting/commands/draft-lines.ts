import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { invalidField, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { getCustomersByIds } from '../../partners/index.ts';
import { PostedEntryImmutable } from '../errors.ts';
import { journalEntryFlow } from '../journal-entry.workflow.ts';
import { accountsByIds } from '../queries/accounts.ts';
import type { EntryState } from '../schema.ts';
import { journalDraftLines } from '../schema.ts';

export interface DraftLineInput {
  accountId: string;
  debit?: string | undefined;
  credit?: string | undefined;
  partnerId?: string | null | undefined;
  memo?: string | null | undefined;
  costCenter?: string | null | undefined;
}

export interface DraftInput {
  entryDate: string;
  memo: string;
  lines: DraftLineInput[];
}

/** Accounts exist and take postings, partners exist, a line has one side. Balance waits for posting. */
export async function assertDraftLines(ctx: TenantContext, lines: DraftLineInput[]) {
  const found = await accountsByIds(
    ctx,
    lines.map((l) => l.accountId),
  );
  const partnerIds = [...new Set(lines.flatMap((l) => (l.partnerId ? [l.partnerId] : [])))];
  const partners = new Set((await getCustomersByIds(ctx, partnerIds)).map((c) => c.id));
  for (const [i, line] of lines.entries()) {
    const account = found.get(line.accountId);
    if (!account) invalidField(`lines.${i}.accountId`, 'No such account');
    if (account.isGroup)
      invalidField(`lines.${i}.accountId`, `${account.code} is a group account and takes no postings`);
    if (!account.active) invalidField(`lines.${i}.accountId`, `${account.code} is deactivated`);
    if (line.partnerId && !partners.has(line.partnerId)) invalidField(`lines.${i}.partnerId`, 'No such partner');
    if (new Exact(line.debit ?? 0).gt(0) && new Exact(line.credit ?? 0).gt(0)) {
      invalidField(`lines.${i}`, 'A line is either a debit or a credit; split it in two');
    }
  }
}

export async function writeDraftLines(ctx: TenantContext, entryId: string, lines: DraftLineInput[]) {
  if (lines.length === 0) return;
  await ctx.tx.insert(journalDraftLines).values(
    lines.map((l, i) => ({
      tenantId: ctx.tenantId,
      entryId,
      lineNo: i + 1,
      accountId: l.accountId,
      debit: l.debit ?? '0',
      credit: l.credit ?? '0',
      partnerId: l.partnerId ?? null,
      memo: l.memo ?? null,
      costCenter: l.costCenter ?? null,
    })),
  );
}

export const draftTotal = (lines: DraftLineInput[]) =>
  lines.reduce((s, l) => s.plus(l.debit ?? 0), new Exact(0)).toFixed();

export async function lockDraft(ctx: TenantContext, id: string) {
  const entry = await queryOne<{
    id: string;
    state: EntryState;
    number: string | null;
    entry_date: string;
    memo: string;
  }>(
    ctx.tx,
    sql`select id, state, number, entry_date::text, memo from journal_entries
        where tenant_id = ${ctx.tenantId} and id = ${id} for update`,
  );
  if (!entry) throw new NotFound('Journal entry', id);
  if (!journalEntryFlow.statesAllowing('edit').includes(entry.state)) throw new PostedEntryImmutable(entry.number);
  return entry;
}
