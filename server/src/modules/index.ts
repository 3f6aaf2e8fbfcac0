import { accountingModule } from './accounting/index.ts';
import { createCatalogModule } from './catalog/index.ts';
import { dashboardModule } from './dashboard/index.ts';
import { inventoryModule, productStock } from './inventory/index.ts';
import { invoicingModule } from './invoicing/index.ts';
import type { ErpModule } from './module.ts';
import { partnersModule } from './partners/index.ts';
import { salesModule } from './sales/index.ts';
import { stockCountsModule } from './stock-counts/index.ts';

/** Every business module, in dependency order: set-up and demo data run in this order. */
export const modules: readonly ErpModule[] = [
  createCatalogModule(productStock),
  partnersModule,
  accountingModule,
  inventoryModule,
  stockCountsModule,
  salesModule,
  invoicingModule,
  dashboardModule,
];
