import { type SQL, sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { cursorPart, decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { getCustomersByIds } from '../../partners/index.ts';
import { postedEntryState } from '../journal-entry.workflow.ts';
import type { EntryState } from '../schema.ts';
import { isoTime } from './sql.ts';

/** The entry's number as a scalar subquery, for the documents that link to their entry. */
export function journalEntryNumberOf(ctx: TenantContext, entryId: SQL): SQL {
  return sql`(select e.number from journal_entries e where e.tenant_id = ${ctx.tenantId} and e.id = ${entryId})`;
}

export interface StoredLine {
  accountId: string;
  debit: string;
  credit: string;
  partnerId: string | null;
  memo: string | null;
  costCenter: string | null;
}

/** The lines of a posted entry (`journal_lines`) or of a draft (`journal_draft_lines`), in order. */
export function storedLines(
  ctx: TenantContext,
  table: 'journal_lines' | 'journal_draft_lines',
  entryId: string,
): Promise<StoredLine[]> {
  return queryRows<StoredLine>(
    ctx.tx,
    sql`select account_id as "accountId", debit::text, credit::text, partner_id as "partnerId", memo,
               cost_center as "costCenter"
        from ${sql.identifier(table)} where tenant_id = ${ctx.tenantId} and entry_id = ${entryId} order by line_no`,
  );
}

export interface EntryFilter {
  from?: string | undefined;
  to?: string | undefined;
  accountId?: string | undefined;
  sourceType?: string | undefined;
  sourceId?: string | undefined;
  state?: EntryState | undefined;
  cursor?: string | undefined;
  limit: number;
}

export interface EntrySummary {
  id: string;
  number: string | null;
  entryDate: string;
  memo: string;
  state: EntryState;
  total: string;
  sourceType: string | null;
  sourceId: string | null;
  sourceNumber: string | null;
  reversalOf: string | null;
  reversedBy: string | null;
  postedAt: string | null;
  createdAt: string;
}

const summaryColumns = sql`e.id, e.number, e.entry_date::text as "entryDate", e.memo, e.state, trim_scale(e.total)::text as total,
  e.source_type as "sourceType", e.source_id as "sourceId", e.source_number as "sourceNumber",
  e.reversal_of as "reversalOf", e.reversed_by as "reversedBy", ${isoTime(sql`e.posted_at`)} as "postedAt", ${isoTime(sql`e.created_at`)} as "createdAt"`;

/** Entries newest first (date, then id), keyset-paged; an account filter goes through that account's lines. */
export async function listEntries(ctx: TenantContext, filter: EntryFilter) {
  const conditions: SQL[] = [sql`e.tenant_id = ${ctx.tenantId}`];
  if (filter.from) conditions.push(sql`e.entry_date >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`e.entry_date <= ${filter.to}::date`);
  if (filter.state) conditions.push(sql`e.state = ${filter.state}`);
  if (filter.sourceType) conditions.push(sql`e.source_type = ${filter.sourceType}`);
  if (filter.sourceId) conditions.push(sql`e.source_id = ${filter.sourceId}`);
  if (filter.accountId) {
    conditions.push(
      sql`(e.id in (select l.entry_id from journal_lines l where l.tenant_id = ${ctx.tenantId} and l.account_id = ${filter.accountId}
            ${filter.from ? sql`and l.entry_date >= ${filter.from}::date` : sql``}
            ${filter.to ? sql`and l.entry_date <= ${filter.to}::date` : sql``})
           or e.id in (select d.entry_id from journal_draft_lines d where d.tenant_id = ${ctx.tenantId} and d.account_id = ${filter.accountId}))`,
    );
  }
  if (filter.cursor) {
    const [date, id] = decodeCursor(filter.cursor, [cursorPart.date, cursorPart.id]);
    conditions.push(sql`(e.entry_date, e.id) < (${date}::date, ${id}::uuid)`);
  }
  const rows = await queryRows<EntrySummary>(
    ctx.tx,
    sql`select ${summaryColumns} from journal_entries e where ${sql.join(conditions, sql` and `)}
        order by e.entry_date desc, e.id desc limit ${filter.limit + 1}`,
  );
  return toPage(rows, filter.limit, (last) => [last.entryDate, last.id]);
}

export interface EntryLine {
  lineNo: number;
  accountId: string;
  accountCode: string;
  accountName: string;
  debit: string;
  credit: string;
  partnerId: string | null;
  partnerName: string | null;
  memo: string | null;
  costCenter: string | null;
}

/** An entry with its lines (ledger lines once posted, draft lines before) and its reversal links. */
export async function getEntry(ctx: TenantContext, id: string) {
  const entry = await queryOne<
    EntrySummary & {
      periodId: string | null;
      createdBy: string | null;
      postedBy: string | null;
      reversalOfNumber: string | null;
      reversedByNumber: string | null;
    }
  >(
    ctx.tx,
    sql`select ${summaryColumns}, e.period_id as "periodId", e.created_by as "createdBy", e.posted_by as "postedBy",
          (select r.number from journal_entries r where r.tenant_id = e.tenant_id and r.id = e.reversal_of) as "reversalOfNumber",
          (select r.number from journal_entries r where r.tenant_id = e.tenant_id and r.id = e.reversed_by) as "reversedByNumber"
        from journal_entries e where e.tenant_id = ${ctx.tenantId} and e.id = ${id}`,
  );
  if (!entry) return undefined;
  const table = entry.state === postedEntryState ? sql`journal_lines` : sql`journal_draft_lines`;
  const lines = await queryRows<Omit<EntryLine, 'partnerName'>>(
    ctx.tx,
    sql`select l.line_no as "lineNo", l.account_id as "accountId", a.code as "accountCode", a.name as "accountName",
          trim_scale(l.debit)::text as debit, trim_scale(l.credit)::text as credit, l.partner_id as "partnerId", l.memo, l.cost_center as "costCenter"
        from ${table} l join accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
        where l.tenant_id = ${ctx.tenantId} and l.entry_id = ${id} order by l.line_no`,
  );
  const partners = new Map(
    (
      await getCustomersByIds(
        ctx,
        lines.flatMap((l) => (l.partnerId ? [l.partnerId] : [])),
      )
    ).map((c) => [c.id, c.name]),
  );
  return {
    ...entry,
    lines: lines.map((l) => ({ ...l, partnerName: l.partnerId ? (partners.get(l.partnerId) ?? null) : null })),
  };
}
