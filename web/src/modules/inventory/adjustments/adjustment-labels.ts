import type { TFunction } from 'i18next';
import type { AdjustmentReason } from '../inventory-api.ts';
import { manualAdjustmentReasons } from '../inventory-labels.ts';

/** A reason in the reader's language. */
export const adjustmentReasonLabel = (t: TFunction<'inventory'>, reason: AdjustmentReason | 'stock_count') =>
  t(`labels.adjustmentReason.${reason}`);

export const manualReasonChoices = (t: TFunction<'inventory'>) =>
  manualAdjustmentReasons.map((value) => ({ value, label: adjustmentReasonLabel(t, value) }));
