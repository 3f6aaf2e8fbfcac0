import { companyToday } from '../../platform/tenancy/company-calendar.ts';
import type { ProductStock } from '../catalog/index.ts';
import type { ErpModule } from '../module.ts';
import { postAdjustment } from './commands/post-adjustment.ts';
import './errors.ts';
import { setUpDefaultWarehouse } from './locations.ts';
import './permissions.ts';
import { productHasMoves, stockFigures } from './queries/stock-queries.ts';
import { registerInventoryRoutes } from './routes.ts';

export { assertStockableQuantity, postAdjustment } from './commands/post-adjustment.ts';
export {
  listReservations,
  type Reservation,
  type ReservationOutcome,
  releaseReservations,
  reservationsOrShortage,
  reserveStock,
  reserveStockCtes,
  type StockDemand,
} from './commands/reservations.ts';
export { InsufficientStock, type Shortage } from './errors.ts';
export { warehouseStockLocation } from './locations.ts';
export { stockInvariantViolations } from './queries/stock-invariants.ts';
export { lowStock, stockFigures } from './queries/stock-queries.ts';

/** Inventory's side of the catalog's `ProductStock` port. */
export const productStock: ProductStock = {
  figures: (ctx, productIds) => stockFigures(ctx, productIds),
  hasMoves: productHasMoves,
  async postOpeningStock(ctx, opening) {
    await postAdjustment(
      ctx,
      {
        warehouseId: opening.warehouseId,
        reason: 'opening_stock',
        adjustedOn: await companyToday(ctx),
        lines: [{ productId: opening.productId, quantityChange: opening.quantity, unitCost: opening.unitCost }],
      },
      'opening',
    );
  },
};

export const inventoryModule: ErpModule = {
  name: 'inventory',
  registerRoutes: registerInventoryRoutes,
  onCompanyCreated: (ctx) => setUpDefaultWarehouse(ctx),
};
