import type { TFunction } from 'i18next';
import type { Schemas } from '../../api/client.ts';

type Zone = Schemas['Zone'];
type Location = Schemas['Location'];
type StockOperation = Schemas['StockOperation'];
type StockMove = Schemas['StockMove'];

const optionsOf = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** Pages pass their `t`: the words of these values are in the inventory catalog's `labels`. */
type T = TFunction<'inventory'>;
const valuesOf = <V extends string>(labels: Record<V, string>) => Object.keys(labels) as V[];

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

export const operationTypeLabels: Record<StockOperation['type'], string> = {
  receipt: 'Receipt',
  delivery: 'Delivery',
  transfer: 'Transfer',
  scrap: 'Scrap',
  return: 'Return',
};
export const operationTypeColors: Record<StockOperation['type'], string> = {
  receipt: 'teal',
  delivery: 'orange',
  transfer: 'brand',
  scrap: 'red',
  return: 'grape',
};
export const operationTypeOptions = optionsOf(operationTypeLabels);
export const operationTypeLabel = (t: T, type: StockOperation['type']) => t(`labels.operationType.${type}`);
export const operationTypeChoices = (t: T) =>
  valuesOf(operationTypeLabels).map((value) => ({ value, label: operationTypeLabel(t, value) }));

export const operationStateLabels: Record<StockOperation['state'], string> = {
  in_transit: 'In transit',
  done: 'Done',
};
export const operationStateOptions = optionsOf(operationStateLabels);
export const operationStateLabel = (t: T, state: StockOperation['state']) => t(`labels.operationState.${state}`);
export const operationStateChoices = (t: T) =>
  valuesOf(operationStateLabels).map((value) => ({ value, label: operationStateLabel(t, value) }));

export const moveTypeLabels: Record<StockMove['moveType'], string> = {
  opening: 'Opening stock',
  adjustment: 'Adjustment',
  receipt: 'Receipt',
  delivery: 'Delivery',
  transfer: 'Transfer',
  scrap: 'Scrap',
  return: 'Return',
  count: 'Stock count',
};
export const moveTypeOptions = optionsOf(moveTypeLabels);
export const moveTypeLabel = (t: T, type: StockMove['moveType']) => t(`labels.moveType.${type}`);
export const moveTypeChoices = (t: T) =>
  valuesOf(moveTypeLabels).map((value) => ({ value, label: moveTypeLabel(t, value) }));

export type ScrapReason = 'damaged' | 'expired' | 'defective' | 'contaminated' | 'other';
const scrapReasonLabels: Record<ScrapReason, string> = {
  damaged: 'Damaged',
  expired: 'Expired',
  defective: 'Defective',
  contaminated: 'Contaminated',
  other: 'Other',
};
export const scrapReasonChoices = (t: T) =>
  valuesOf(scrapReasonLabels).map((value) => ({ value, label: t(`labels.scrapReason.${value}`) }));

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
