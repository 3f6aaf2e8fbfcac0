import type { TFunction } from 'i18next';
import type { Product, ProductType } from './catalog-api.ts';

export const productTypes: ProductType[] = ['finished_good', 'raw_material', 'semi_finished', 'consumable', 'service'];

export const productTypeOptions = (t: TFunction<'catalog'>) =>
  productTypes.map((value) => ({ value, label: t(`productType.${value}`) }));

export const costingMethodOptions = (t: TFunction<'catalog'>) =>
  (['average', 'fifo'] as const).map((value) => ({ value, label: t(`costingMethod.${value}`) }));

export const trackingOptions = (t: TFunction<'catalog'>) =>
  (['none', 'lot', 'serial'] as const).map((value) => ({ value, label: t(`tracking.${value}`) }));

/** Services carry no stock. */
export const isStocked = (product: Pick<Product, 'type'>) => product.type !== 'service';

/** Available stock under the reorder point: time to buy or make more. */
export const isBelowReorderPoint = (product: Pick<Product, 'type' | 'available' | 'reorderPoint'>) =>
  isStocked(product) && Number(product.reorderPoint) > 0 && Number(product.available) < Number(product.reorderPoint);
