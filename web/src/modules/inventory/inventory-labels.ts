import type { Schemas } from '../../api/client.ts';

type Zone = Schemas['Zone'];
type Location = Schemas['Location'];
type StockOperation = Schemas['StockOperation'];
type StockMove = Schemas['StockMove'];

const optionsOf = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

export const zoneKindLabels: Record<Zone['kind'], string> = {
  ambient: 'Ambient',
  chiller: 'Chiller',
  frozen: 'Frozen',
  dangerous: 'Dangerous goods',
};
export const zoneKindColors: Record<Zone['kind'], string> = {
  ambient: 'gray',
  chiller: 'cyan',
  frozen: 'blue',
  dangerous: 'orange',
};
export const zoneKindOptions = optionsOf(zoneKindLabels);

export type InternalLocationKind = Exclude<
  Location['kind'],
  'vendor' | 'customer' | 'production_virtual' | 'inventory_loss' | 'transit'
>;
export const locationKindLabels: Record<Location['kind'], string> = {
  storage: 'Storage',
  receiving: 'Receiving',
  production: 'Production',
  dispatch: 'Dispatch',
  quarantine: 'Quarantine',
  scrap: 'Scrap',
  vendor: 'Vendors',
  customer: 'Customers',
  production_virtual: 'Production (virtual)',
  inventory_loss: 'Inventory loss',
  transit: 'In transit',
};
const internalKinds: InternalLocationKind[] = ['storage', 'receiving', 'production', 'dispatch', 'quarantine', 'scrap'];
export const internalLocationKindOptions = internalKinds.map((value) => ({ value, label: locationKindLabels[value] }));

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

export const operationStateLabels: Record<StockOperation['state'], string> = {
  in_transit: 'In transit',
  done: 'Done',
};
export const operationStateOptions = optionsOf(operationStateLabels);

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

export type ScrapReason = 'damaged' | 'expired' | 'defective' | 'contaminated' | 'other';
export const scrapReasonOptions = optionsOf<ScrapReason>({
  damaged: 'Damaged',
  expired: 'Expired',
  defective: 'Defective',
  contaminated: 'Contaminated',
  other: 'Other',
});

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
