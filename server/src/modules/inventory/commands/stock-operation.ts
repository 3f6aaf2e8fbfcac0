import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import type { ProductRow } from '../../catalog/index.ts';
import { type OperationState, type OperationType, stockOperationLines, stockOperations } from '../schema.ts';
import { postInventoryValuation } from './post-inventory-valuation.ts';
import { type PostedMove, postStockMoves, type StockMoveInput } from './post-stock-moves.ts';

const numbering: Record<OperationType, string> = {
  receipt: 'stock_receipt',
  delivery: 'stock_delivery',
  transfer: 'stock_transfer',
  scrap: 'stock_scrap',
  return: 'stock_return',
};
const operationLabels: Record<OperationType, string> = {
  receipt: 'Receipt',
  delivery: 'Delivery',
  transfer: 'Transfer',
  scrap: 'Scrap',
  return: 'Customer return',
};
defineDocumentNumbering('stock_receipt', 'REC');
defineDocumentNumbering('stock_delivery', 'DEL');
defineDocumentNumbering('stock_transfer', 'TRF');
defineDocumentNumbering('stock_scrap', 'SCR');
defineDocumentNumbering('stock_return', 'RET');

export interface OperationHeader {
  type: OperationType;
  state: OperationState;
  fromLocationId: string;
  toLocationId: string;
  operationDate: string;
  partnerName?: string | null | undefined;
  reference?: string | null | undefined;
  notes?: string | null | undefined;
  source?: { type: string; id: string } | undefined;
}

export interface RecordedOperation {
  id: string;
  number: string;
  moves: PostedMove[];
}

/**
 * Posts the document's moves (one line per move, in order), numbers it and records both, in the
 * caller's transaction. The moves name the document as their source. The number comes last:
 * the numbering row stays locked until commit, so taking it late keeps concurrent operations
 * waiting on each other for as short a time as possible.
 */
export async function recordOperation(
  ctx: TenantContext,
  header: OperationHeader,
  moves: ReadonlyArray<StockMoveInput & { sourceLineId?: string | undefined }>,
  products?: Map<string, ProductRow>,
): Promise<RecordedOperation> {
  const id = newId();
  const posted = await postStockMoves(ctx, { type: 'stock_operation', id }, moves, {
    movedOn: header.operationDate,
    products,
  });
  const number = await allocateDocumentNumber(ctx, numbering[header.type], header.operationDate);
  await ctx.tx.insert(stockOperations).values({
    tenantId: ctx.tenantId,
    id,
    number,
    type: header.type,
    state: header.state,
    fromLocationId: header.fromLocationId,
    toLocationId: header.toLocationId,
    partnerName: header.partnerName ?? null,
    reference: header.reference ?? null,
    notes: header.notes ?? null,
    sourceType: header.source?.type ?? null,
    sourceId: header.source?.id ?? null,
    operationDate: header.operationDate,
    createdBy: ctx.actor.userId,
    doneAt: header.state === 'done' ? new Date() : null,
  });
  await ctx.tx.insert(stockOperationLines).values(
    posted.map((move, i) => ({
      tenantId: ctx.tenantId,
      operationId: id,
      lineNo: i + 1,
      productId: move.productId,
      lotId: move.lotId ?? null,
      quantity: move.quantity,
      quantityReceived: header.state === 'in_transit' ? '0' : move.quantity,
      unitCost: move.unitCost,
      value: move.value,
      sourceLineId: moves[i]!.sourceLineId ?? null,
    })),
  );
  await postInventoryValuation(
    ctx,
    {
      date: header.operationDate,
      memo: [operationLabels[header.type], number, header.partnerName].filter(Boolean).join(' '),
      source: { type: 'stock_operation', id, number },
    },
    posted,
  );
  await recordAudit(ctx, {
    action: `stock_${header.type}.posted`,
    entity: 'stock_operation',
    entityId: id,
    after: { number, state: header.state, lines: posted.length, source: header.source ?? null },
  });
  return { id, number, moves: posted };
}
