/** What other modules use of the catalog module: they import it from here, never its files. */

export type { Product } from './catalog-api.ts';
export { useCategories, useCreateCategory, useProductSearch, useUnitsOfMeasure } from './catalog-api.ts';
export { isStocked } from './product-labels.ts';
