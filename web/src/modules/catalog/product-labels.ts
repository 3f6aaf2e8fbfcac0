import type { Product, ProductType } from './catalog-api.ts';

export const productTypeLabels: Record<ProductType, string> = {
  finished_good: 'Finished good',
  raw_material: 'Raw material',
  semi_finished: 'Semi-finished',
  consumable: 'Consumable',
  service: 'Service',
};

export const productTypeOptions = Object.entries(productTypeLabels).map(([value, label]) => ({ value, label }));

export const costingMethodOptions = [
  { value: 'average', label: 'Moving average' },
  { value: 'fifo', label: 'FIFO' },
];

export const trackingOptions = [
  { value: 'none', label: 'No tracking' },
  { value: 'lot', label: 'By lot' },
  { value: 'serial', label: 'By serial number' },
];

/** Services carry no stock. */
export const isStocked = (product: Pick<Product, 'type'>) => product.type !== 'service';

/** Available stock under the reorder point: time to buy or make more. */
export const isBelowReorderPoint = (product: Pick<Product, 'type' | 'available' | 'reorderPoint'>) =>
  isStocked(product) && Number(product.reorderPoint) > 0 && Number(product.available) < Number(product.reorderPoint);
