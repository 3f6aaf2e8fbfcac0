import { companyToday } from '../../platform/tenancy/company-calendar.ts';
import type { ProductStock } from '../catalog/index.ts';
import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import { watchLowStock } from './commands/low-stock-alerts.ts';
import { postAdjustment } from './commands/post-adjustment.ts';
import { inventoryDemoHistory } from './demo.ts';
import './errors.ts';
import { setUpDefaultWarehouse } from './locations.ts';
import './permissions.ts';
import { lowStockCard, stockValueCard } from './queries/dashboard.ts';
import { productHasMoves, stockFigures } from './queries/stock-queries.ts';
import { registerLabelRoutes } from './routes/label-routes.ts';
import { registerOperationRoutes } from './routes/operation-routes.ts';
import { registerStockRoutes } from './routes/stock-routes.ts';
import { registerStructureRoutes } from './routes/structure-routes.ts';

export { type DeliveryLine, deliverFromReservation } from './commands/deliver-from-reservation.ts';
export { assertStockableQuantity } from './commands/plan-adjustment.ts';
export { postAdjustment } from './commands/post-adjustment.ts';
export { type PostedMove, postStockMoves, type StockMoveInput } from './commands/post-stock-moves.ts';
export { type ReturnCondition, receiveCustomerReturn, returnConditions } from './commands/receive-customer-return.ts';
export { receiveStock } from './commands/receive-stock.ts';
export { receiveTransfer } from './commands/receive-transfer.ts';
export { releaseReservations } from './commands/release-reservations.ts';
export {
  type Reservation,
  type ReservationOutcome,
  reservationsOrShortage,
  reserveStockCtes,
  type StockDemand,
} from './commands/reservations.ts';
export { reserveStock } from './commands/reserve-stock.ts';
export { scrapStock } from './commands/scrap-stock.ts';
export type { RecordedOperation } from './commands/stock-operation.ts';
export type { Pick } from './commands/take-from-reservation.ts';
export { transferStock } from './commands/transfer-stock.ts';
export { InsufficientStock, type Shortage } from './errors.ts';
export { createWarehouse, locationOrDefault, virtualLocation, warehouseStockLocation } from './locations.ts';
export {
  type CountableLocation,
  countableWarehouse,
  type LevelKey,
  lotOfProduct,
  type StockLevelSnapshot,
  stockLevelsIn,
  stockLevelsOf,
} from './queries/count-snapshot.ts';
export { deliveredCosts } from './queries/delivered-costs.ts';
export { listReservations } from './queries/reservation-queries.ts';
export { inventoryLedgerViolations, stockInvariantViolations } from './queries/stock-invariants.ts';
export { lowStock, operationsOfSource, stockFigures } from './queries/stock-queries.ts';
export { valuationReport } from './queries/valuation-report.ts';
export { currentUnitCosts } from './valuation.ts';

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
  registerRoutes: (app) => {
    registerStructureRoutes(app);
    registerOperationRoutes(app);
    registerStockRoutes(app);
    registerLabelRoutes(app);
  },
  onCompanyCreated: (ctx) => setUpDefaultWarehouse(ctx),
  dashboardCards: [stockValueCard, lowStockCard],
  demoHistory: inventoryDemoHistory,
  startBackgroundWork: (db, log) => watchLowStock(db, (error) => log.error({ err: error }, 'low-stock check failed')),
};
