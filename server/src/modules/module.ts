import type { FastifyInstance } from 'fastify';
import type { TenantContext } from '../db/database.ts';
import type { Company, CompanyInitializer } from '../platform/tenancy/create-company.ts';

/** A business module as the app sees it; its permissions are declared when it is imported. */
export interface ErpModule {
  name: string;
  registerRoutes(app: FastifyInstance): void;
  /** Runs in the transaction that registers a company. */
  onCompanyCreated?: CompanyInitializer;
  /** Fills the demo company with realistic data; runs after every module's onCompanyCreated. */
  seedDemo?(ctx: TenantContext, company: Company): Promise<void>;
}
