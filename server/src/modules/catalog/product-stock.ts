import type { TenantContext } from '../../db/database.ts';

export interface StockFigures {
  onHand: string;
  reserved: string;
  available: string;
}

/**
 * What the catalog needs from inventory, which depends on the catalog and implements this
 * port, so the two modules stay free of import cycles.
 */
export interface ProductStock {
  figures(ctx: TenantContext, productIds: readonly string[]): Promise<Map<string, StockFigures>>;
  postOpeningStock(
    ctx: TenantContext,
    opening: { productId: string; quantity: string; unitCost: string; warehouseId?: string | undefined },
  ): Promise<void>;
  /** Whether the product ever had stock moves (then its unit and type are fixed). */
  hasMoves(ctx: TenantContext, productId: string): Promise<boolean>;
}
