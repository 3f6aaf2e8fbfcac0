import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { cursorPart, decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import { Exact } from '../../../platform/money.ts';
import { getCustomersByIds } from '../../partners/index.ts';
import { getAccount } from './accounts.ts';
import { sumsByAccount } from './ledger-sums.ts';
import { dayBefore } from './statements.ts';

export interface LedgerQuery {
  accountId: string;
  from: string;
  to: string;
  cursor?: string | undefined;
  limit: number;
}

interface LineRow {
  lineId: string;
  entryId: string;
  entryNumber: string;
  entryDate: string;
  entryMemo: string;
  memo: string | null;
  partnerId: string | null;
  sourceType: string | null;
  sourceId: string | null;
  sourceNumber: string | null;
  debit: string;
  credit: string;
}

/**
 * One account's lines in a date range with the opening balance (debit − credit before the range)
 * and the running balance after each line. Pages are keyset by (date, line id); the cursor carries
 * the running balance, so a deep page costs what the first one does.
 */
export async function generalLedger(ctx: TenantContext, query: LedgerQuery) {
  const after = query.cursor ? decodeCursor(query.cursor, [cursorPart.date, cursorPart.id, cursorPart.decimal]) : null;
  const account = await getAccount(ctx, query.accountId);
  if (!account) throw new NotFound('Account', query.accountId);
  const [opening] = await sumsByAccount(ctx, { from: null, to: dayBefore(query.from), closing: true }, [account.id]);
  const [movement] = await sumsByAccount(ctx, { from: query.from, to: query.to, closing: true }, [account.id]);
  const openingBalance = opening ? new Exact(opening.debit).minus(opening.credit) : new Exact(0);
  let running = openingBalance;
  if (after) running = new Exact(after[2]);
  const rows = await queryRows<LineRow>(
    ctx.tx,
    sql`select l.id as "lineId", l.entry_id as "entryId", e.number as "entryNumber", l.entry_date::text as "entryDate",
          e.memo as "entryMemo", l.memo, l.partner_id as "partnerId", e.source_type as "sourceType",
          e.source_id as "sourceId", e.source_number as "sourceNumber",
          trim_scale(l.debit)::text as debit, trim_scale(l.credit)::text as credit
        from journal_lines l join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
        where l.tenant_id = ${ctx.tenantId} and l.account_id = ${account.id}
          and l.entry_date between ${query.from}::date and ${query.to}::date
          ${after ? sql`and (l.entry_date, l.id) > (${after[0]}::date, ${after[1]}::uuid)` : sql``}
        order by l.entry_date, l.id limit ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const partners = new Map(
    (
      await getCustomersByIds(
        ctx,
        page.flatMap((r) => (r.partnerId ? [r.partnerId] : [])),
      )
    ).map((c) => [c.id, c.name]),
  );
  const items = page.map((row) => {
    running = running.plus(row.debit).minus(row.credit);
    return {
      ...row,
      partnerName: row.partnerId ? (partners.get(row.partnerId) ?? null) : null,
      balance: running.toFixed(),
    };
  });
  const last = items.at(-1);
  return {
    account: {
      id: account.id,
      code: account.code,
      name: account.name,
      type: account.type,
      normalSide: account.normalSide,
    },
    from: query.from,
    to: query.to,
    openingBalance: openingBalance.toFixed(),
    totalDebit: new Exact(movement?.debit ?? 0).toFixed(),
    totalCredit: new Exact(movement?.credit ?? 0).toFixed(),
    closingBalance: openingBalance
      .plus(movement?.debit ?? 0)
      .minus(movement?.credit ?? 0)
      .toFixed(),
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.entryDate, last.lineId, last.balance]) : null,
  };
}
