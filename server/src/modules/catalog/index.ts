import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import { seedUnitsOfMeasure } from './commands/seed-units-of-measure.ts';
import './errors.ts';
import './permissions.ts';
import { registerProductLabelRoutes } from './label-routes.ts';
import './product-import.ts';
import type { ProductStock } from './product-stock.ts';
import { registerCatalogRoutes } from './routes.ts';

export { createCategory } from './commands/create-category.ts';
export { createProduct } from './commands/create-product.ts';
export type { NewProduct } from './commands/product-fields.ts';
export { assertLinesFitUnits, assertQuantityFitsUnit, explainProductReference, UnknownReference } from './errors.ts';
export type { ProductStock, StockFigures } from './product-stock.ts';
export { categoryNames, productIdByCode, productsInCategories } from './queries/product-lookup.ts';
export {
  getProductsByIds,
  type ProductRow,
  productsById,
  productsWithReorderPoint,
} from './queries/product-queries.ts';

/** Products, categories and units of measure. Stock figures come from inventory through `ProductStock`. */
export function createCatalogModule(stock: ProductStock): ErpModule {
  return {
    name: 'catalog',
    registerRoutes: (app) => {
      registerCatalogRoutes(app, stock);
      registerProductLabelRoutes(app);
    },
    onCompanyCreated: (ctx) => seedUnitsOfMeasure(ctx),
  };
}
