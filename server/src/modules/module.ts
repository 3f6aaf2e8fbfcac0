import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import type { CompanyInitializer } from '../platform/tenancy/create-company.ts';
import type { DashboardCard } from './dashboard/card.ts';
import type { DemoHistory } from './demo-history.ts';

/** A business module as the app sees it; its permissions are declared when it is imported. */
export interface ErpModule {
  name: string;
  registerRoutes(app: FastifyInstance): void;
  /** Runs in the transaction that registers a company. */
  onCompanyCreated?: CompanyInitializer;
  /** Work the module does in the background while the app runs (started when ready). */
  startBackgroundWork?(db: Database, log: FastifyBaseLogger): { stop(): Promise<void> };
  /** Its cards on the home dashboard, in the order shown. */
  dashboardCards?: readonly DashboardCard[];
  /** Its share of the demo company's six months of history. */
  demoHistory?: DemoHistory;
}
