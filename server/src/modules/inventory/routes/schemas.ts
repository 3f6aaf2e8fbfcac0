import { z } from 'zod';
import { decimalOut } from '../../../platform/money.ts';
import { moveTypes, operationStates, operationTypes } from '../schema.ts';
import { type TransferAction, transferFlow } from '../stock-operation.workflow.ts';

export const LotPick = z.strictObject({
  lotId: z.uuid(),
  quantity: z.string(),
});

export const OperationLineOut = z.object({
  id: z.uuid(),
  lineNo: z.number().int(),
  productId: z.uuid(),
  sku: z.string(),
  productName: z.string(),
  lotId: z.uuid().nullable(),
  lotNumber: z.string().nullable(),
  quantity: decimalOut,
  quantityReceived: decimalOut,
  unitCost: decimalOut,
  value: decimalOut,
});

export const OperationOut = z
  .object({
    id: z.uuid(),
    number: z.string(),
    type: z.enum(operationTypes),
    state: z.enum(operationStates),
    fromLocation: z.string(),
    toLocation: z.string(),
    partnerName: z.string().nullable(),
    reference: z.string().nullable(),
    sourceType: z.string().nullable(),
    sourceId: z.uuid().nullable(),
    notes: z.string().nullable(),
    operationDate: z.iso.date(),
    createdAt: z.string(),
    doneAt: z.string().nullable(),
    value: decimalOut,
    lines: z.array(OperationLineOut),
    allowedActions: z
      .array(z.enum(transferFlow.actions as [TransferAction, ...TransferAction[]]))
      .describe('What the operation’s state allows now: receiving a transfer in transit'),
  })
  .meta({ id: 'StockOperation' });

export const MoveOut = z
  .object({
    id: z.uuid(),
    postedAt: z.string(),
    productId: z.uuid(),
    sku: z.string(),
    productName: z.string(),
    lotId: z.uuid().nullable(),
    lotNumber: z.string().nullable(),
    quantity: decimalOut,
    fromLocation: z.string(),
    toLocation: z.string(),
    unitCost: decimalOut,
    value: decimalOut,
    moveType: z.enum(moveTypes),
    reason: z.string().nullable(),
    sourceType: z.string(),
    sourceId: z.uuid(),
    documentNumber: z.string().nullable(),
    actorName: z.string().nullable(),
  })
  .meta({ id: 'StockMove' });
