import { sql } from 'drizzle-orm';
import { newId } from '../../../db/columns.ts';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { getCustomersByIds } from '../../partners/index.ts';
import { PostedEntryImmutable } from '../errors.ts';
import { journalEntryFlow } from '../journal-entry.workflow.ts';
import { accountsByIds } from '../queries/accounts.ts';
import { storedLines } from '../queries/journal-queries.ts';
import type { EntryState } from '../schema.ts';
import { journalDraftLines, journalEntries } from '../schema.ts';
import { ledgerLines, type PostedEntry, writePostedEntry } from './post-journal-entry.ts';

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
async function assertDraftLines(ctx: TenantContext, lines: DraftLineInput[]) {
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

async function writeDraftLines(ctx: TenantContext, entryId: string, lines: DraftLineInput[]) {
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

const draftTotal = (lines: DraftLineInput[]) => lines.reduce((s, l) => s.plus(l.debit ?? 0), new Exact(0)).toFixed();

/** A manual entry saved as a draft; it may be unbalanced until it is posted. */
export async function createDraftEntry(ctx: TenantContext, input: DraftInput): Promise<{ id: string }> {
  await assertDraftLines(ctx, input.lines);
  const id = newId();
  await ctx.tx.insert(journalEntries).values({
    tenantId: ctx.tenantId,
    id,
    entryDate: input.entryDate,
    memo: input.memo,
    state: 'draft',
    total: draftTotal(input.lines),
    createdBy: ctx.actor.userId,
  });
  await writeDraftLines(ctx, id, input.lines);
  await recordAudit(ctx, { action: 'journal_entry.drafted', entity: 'journal_entry', entityId: id, after: input });
  return { id };
}

async function lockDraft(ctx: TenantContext, id: string) {
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

export async function updateDraftEntry(ctx: TenantContext, id: string, input: DraftInput): Promise<void> {
  await lockDraft(ctx, id);
  await assertDraftLines(ctx, input.lines);
  await ctx.tx.execute(
    sql`update journal_entries set entry_date = ${input.entryDate}, memo = ${input.memo},
          total = ${draftTotal(input.lines)}, updated_at = now()
        where tenant_id = ${ctx.tenantId} and id = ${id}`,
  );
  await ctx.tx.execute(sql`delete from journal_draft_lines where tenant_id = ${ctx.tenantId} and entry_id = ${id}`);
  await writeDraftLines(ctx, id, input.lines);
  await recordAudit(ctx, {
    action: 'journal_entry.draft_updated',
    entity: 'journal_entry',
    entityId: id,
    after: input,
  });
}

export async function deleteDraftEntry(ctx: TenantContext, id: string): Promise<void> {
  const entry = await lockDraft(ctx, id);
  await ctx.tx.execute(sql`delete from journal_entries where tenant_id = ${ctx.tenantId} and id = ${id}`);
  await recordAudit(ctx, {
    action: 'journal_entry.draft_deleted',
    entity: 'journal_entry',
    entityId: id,
    before: { entryDate: entry.entry_date, memo: entry.memo },
  });
}

/** Posts a draft: it must balance (422 with the difference) and its date must fall in an open period. */
export async function postDraftEntry(ctx: TenantContext, id: string): Promise<PostedEntry> {
  const entry = await lockDraft(ctx, id);
  const lines = await storedLines(ctx, 'journal_draft_lines', id);
  const ledger = await ledgerLines(
    ctx,
    lines.map(({ accountId, ...line }) => ({ ...line, account: { accountId } })),
  );
  if (ledger.length === 0) invalidField('lines', 'The entry has no amounts to post');
  return writePostedEntry(ctx, { entryDate: entry.entry_date, memo: entry.memo, draftId: id }, ledger);
}
