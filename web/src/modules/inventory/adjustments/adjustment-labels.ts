import type { TFunction } from 'i18next';
import type { AdjustmentReason } from '../inventory-api.ts';

export const adjustmentReasonLabels: Record<AdjustmentReason | 'stock_count', string> = {
  correction: 'Correction (count)',
  found: 'Found',
  damage: 'Damage',
  theft: 'Theft',
  expired: 'Expired',
  opening_stock: 'Opening stock',
  stock_count: 'Stock count',
  other: 'Other',
};

/** The reasons a person may give by hand; stock counts post their own adjustments. */
export const manualReasonOptions = (Object.keys(adjustmentReasonLabels) as (AdjustmentReason | 'stock_count')[])
  .filter((reason): reason is AdjustmentReason => reason !== 'stock_count')
  .map((value) => ({ value, label: adjustmentReasonLabels[value] }));

/** A reason in the reader's language. */
export const adjustmentReasonLabel = (t: TFunction<'inventory'>, reason: AdjustmentReason | 'stock_count') =>
  t(`labels.adjustmentReason.${reason}`);

export const manualReasonChoices = (t: TFunction<'inventory'>) =>
  manualReasonOptions.map(({ value }) => ({ value, label: adjustmentReasonLabel(t, value) }));
