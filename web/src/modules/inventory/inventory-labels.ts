import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client.ts';
import type { AdjustmentReason } from './inventory-api.ts';

type Zone = Schemas['Zone'];
type Location = Schemas['Location'];
type StockOperation = Schemas['StockOperation'];
type StockMove = Schemas['StockMove'];

/** Pages pass their `t`: the words of these values are in the inventory catalog's `labels`. */
type T = TFunction<'inventory'>;

export const zoneKindColors: Record<Zone['kind'], string> = {
  ambient: 'gray',
  chiller: 'cyan',
  frozen: 'blue',
  dangerous: 'orange',
};
export const zoneKindLabel = (t: T, kind: Zone['kind']) => t(`labels.zoneKind.${kind}`);
export const zoneKindOptions = (t: T) =>
  (Object.keys(zoneKindColors) as Zone['kind'][]).map((value) => ({ value, label: zoneKindLabel(t, value) }));

export type InternalLocationKind = Exclude<
  Location['kind'],
  'vendor' | 'customer' | 'production_virtual' | 'inventory_loss' | 'transit'
>;
const internalKinds: InternalLocationKind[] = ['storage', 'receiving', 'production', 'dispatch', 'quarantine', 'scrap'];
export const locationKindLabel = (t: T, kind: Location['kind']) => t(`labels.locationKind.${kind}`);
export const internalLocationKindOptions = (t: T) =>
  internalKinds.map((value) => ({ value, label: locationKindLabel(t, value) }));

export const operationTypeColors: Record<StockOperation['type'], string> = {
  receipt: 'teal',
  delivery: 'orange',
  transfer: 'brand',
  scrap: 'red',
  return: 'grape',
};
export const operationTypes = Object.keys(operationTypeColors) as StockOperation['type'][];
export const operationTypeLabel = (t: T, type: StockOperation['type']) => t(`labels.operationType.${type}`);
export const operationTypeChoices = (t: T) =>
  operationTypes.map((value) => ({ value, label: operationTypeLabel(t, value) }));

export const operationStates: StockOperation['state'][] = ['in_transit', 'done'];
export const operationStateLabel = (t: T, state: StockOperation['state']) => t(`labels.operationState.${state}`);
export const operationStateChoices = (t: T) =>
  operationStates.map((value) => ({ value, label: operationStateLabel(t, value) }));

export const moveTypes: StockMove['moveType'][] = [
  'opening',
  'adjustment',
  'receipt',
  'delivery',
  'transfer',
  'scrap',
  'return',
  'count',
];
export const moveTypeLabel = (t: T, type: StockMove['moveType']) => t(`labels.moveType.${type}`);
export const moveTypeChoices = (t: T) => moveTypes.map((value) => ({ value, label: moveTypeLabel(t, value) }));

const scrapReasons = ['damaged', 'expired', 'defective', 'contaminated', 'other'] as const;
export type ScrapReason = (typeof scrapReasons)[number];
export const scrapReasonChoices = (t: T) =>
  scrapReasons.map((value) => ({ value, label: t(`labels.scrapReason.${value}`) }));

/** The reasons a person may give an adjustment by hand; stock counts post their own adjustments. */
export const manualAdjustmentReasons: AdjustmentReason[] = [
  'correction',
  'found',
  'damage',
  'theft',
  'expired',
  'opening_stock',
  'other',
];

/** The codes a move may carry as reason besides those of adjustments and scraps: count variances', returns'. */
const otherMoveReasons = [
  'input_error',
  'return_not_recorded',
  'receiving_error',
  'shrinkage',
  'system_error',
  'unknown',
  'good',
] as const;
type MoveReason = AdjustmentReason | 'stock_count' | ScrapReason | (typeof otherMoveReasons)[number];
const moveReasons: readonly string[] = [
  ...manualAdjustmentReasons,
  'stock_count',
  ...scrapReasons,
  ...otherMoveReasons,
];
const isMoveReason = (reason: string): reason is MoveReason => moveReasons.includes(reason);

/** A move's reason in words; free text (a return's note) as it is. */
export const moveReasonLabel = (t: T, reason: string) =>
  isMoveReason(reason) ? t(`labels.moveReason.${reason}`) : reason.replaceAll('_', ' ');

/** Virtual locations (vendors, customers, inventory loss, transit) are the other side of a move. */
export const isVirtualLocation = (code: string) => code.startsWith('VIRTUAL/');

/** Whether a move brings stock into the company, takes it out, or moves it inside. */
export function moveDirection(move: Pick<StockMove, 'fromLocation' | 'toLocation'>): 'in' | 'out' | 'internal' {
  const fromOwn = !isVirtualLocation(move.fromLocation) || move.fromLocation === 'VIRTUAL/TRANSIT';
  const toOwn = !isVirtualLocation(move.toLocation) || move.toLocation === 'VIRTUAL/TRANSIT';
  if (toOwn && !fromOwn) return 'in';
  if (fromOwn && !toOwn) return 'out';
  return 'internal';
}
