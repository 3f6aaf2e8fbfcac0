import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { type OperationState, type OperationType, stockOperationLines, stockOperations } from '../schema.ts';
import { type PostedMove, postStockMoves, type StockMoveInput } from './post-stock-moves.ts';

const numbering: Record<OperationType, string> = {
  receipt: 'stock_receipt',
  delivery: 'stock_delivery',
  transfer: 'stock_transfer',
  scrap: 'stock_scrap',
  return: 'stock_return',
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
 * Numbers the document, posts its moves (one line per move, in order) and records both, in the
 * caller's transaction. The moves name the document as their source.
 */
export async function recordOperation(
  ctx: TenantContext,
  header: OperationHeader,
  moves: ReadonlyArray<StockMoveInput & { sourceLineId?: string | undefined }>,
): Promise<RecordedOperation> {
  const id = newId();
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
  const posted = await postStockMoves(ctx, { type: 'stock_operation', id }, moves);
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
  await recordAudit(ctx, {
    action: `stock_${header.type}.posted`,
    entity: 'stock_operation',
    entityId: id,
    after: { number, state: header.state, lines: posted.length, source: header.source ?? null },
  });
  return { id, number, moves: posted };
}
