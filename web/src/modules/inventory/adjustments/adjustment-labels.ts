import type { TFunction } from 'i18next';
import type { AdjustmentReason } from '../inventory-api.ts';

/** The reasons a person may give by hand; stock counts post their own adjustments. */
const manualReasons: AdjustmentReason[] = [
  'correction',
  'found',
  'damage',
  'theft',
  'expired',
  'opening_stock',
  'other',
];

/** A reason in the reader's language. */
export const adjustmentReasonLabel = (t: TFunction<'inventory'>, reason: AdjustmentReason | 'stock_count') =>
  t(`labels.adjustmentReason.${reason}`);

export const manualReasonChoices = (t: TFunction<'inventory'>) =>
  manualReasons.map((value) => ({ value, label: adjustmentReasonLabel(t, value) }));
