/** What other modules use of the inventory module: they import it from here, never its files. */
export { AdjustStockModal } from './AdjustStockModal.tsx';
export { useLots } from './inventory-api.ts';
export { isVirtualLocation } from './inventory-labels.ts';
export { RecentMoves, StockByLocation } from './ProductStockPanels.tsx';
export { useProductById } from './pickers.tsx';
export type { Location } from './warehouse-api.ts';
export { useLocations, useWarehouses } from './warehouse-api.ts';
