import { accountingModule } from './accounting/index.ts';
import { createCatalogModule } from './catalog/index.ts';
import { createDashboardModule } from './dashboard/index.ts';
import { inventoryModule, productStock } from './inventory/index.ts';
import { invoicingModule } from './invoicing/index.ts';
import type { ErpModule } from './module.ts';
import { partnersModule } from './partners/index.ts';
import { salesModule } from './sales/index.ts';
import { stockCountsModule } from './stock-counts/index.ts';

/** The business modules in dependency order: set-up, dashboard cards and demo history follow it. */
const businessModules: readonly ErpModule[] = [
  createCatalogModule(productStock),
  partnersModule,
  accountingModule,
  inventoryModule,
  stockCountsModule,
  salesModule,
  invoicingModule,
];

/** Every module the app runs: the business modules and the dashboard made of their cards. */
export const modules: readonly ErpModule[] = [
  ...businessModules,
  createDashboardModule(businessModules.flatMap((m) => m.dashboardCards ?? [])),
];
