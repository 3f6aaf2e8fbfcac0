import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { type AccountPurpose, type JournalLineInput, postJournalEntry } from '../../accounting/index.ts';
import type { MoveType } from '../schema.ts';
import type { PostedMove } from './post-stock-moves.ts';

/**
 * The other side of the inventory account for value coming into stock and going out of it, by
 * the kind of move (SPEC §5). Moves within stock (transfers, transit) change no account.
 */
const counterAccount: Record<'in' | 'out', Partial<Record<MoveType, AccountPurpose>>> = {
  in: {
    opening: 'opening_balance_equity',
    adjustment: 'inventory_gain',
    count: 'inventory_gain',
    receipt: 'grni',
    return: 'cost_of_goods_sold',
  },
  out: {
    adjustment: 'inventory_loss',
    count: 'inventory_loss',
    delivery: 'cost_of_goods_sold',
    scrap: 'scrap_expense',
  },
};

export interface StockDocument {
  date: string;
  memo: string;
  source: { type: string; id: string; number: string };
}

/**
 * Posts what a stock document did to the value of stock, in the same transaction as its moves:
 * inventory debited for value in and credited for value out, against the account the kind of
 * move calls for, one line per account. This is what keeps the inventory account equal to the
 * valuation by construction.
 */
export async function postInventoryValuation(
  ctx: TenantContext,
  document: StockDocument,
  moves: readonly PostedMove[],
): Promise<void> {
  const totals = new Map<AccountPurpose, Exact>();
  const add = (account: AccountPurpose, debit: Exact) =>
    totals.set(account, (totals.get(account) ?? new Exact(0)).plus(debit));
  for (const move of moves) {
    if (move.direction === 'within') continue;
    const counter = counterAccount[move.direction][move.moveType];
    if (!counter) throw new Error(`No posting for a ${move.moveType} move ${move.direction} of stock`);
    const value = new Exact(move.value);
    const intoStock = move.direction === 'in' ? value : value.neg();
    add('inventory', intoStock);
    add(counter, intoStock.neg());
  }
  const lines: JournalLineInput[] = [...totals].map(([account, debit]) => ({ account, debit: debit.toFixed() }));
  await postJournalEntry(ctx, { entryDate: document.date, memo: document.memo, source: document.source, lines });
}
