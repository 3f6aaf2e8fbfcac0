// Every table of the product, for Drizzle and drizzle-kit. Modules add their schema here.

export * from '../modules/accounting/schema.ts';
export * from '../modules/catalog/schema.ts';
export * from '../modules/inventory/schema.ts';
export * from '../modules/invoicing/schema.ts';
export * from '../modules/partners/schema.ts';
export * from '../modules/sales/schema.ts';
export * from '../modules/stock-counts/schema.ts';
export * from '../platform/audit/schema.ts';
export * from '../platform/auth/schema.ts';
export * from '../platform/chatter/schema.ts';
export * from '../platform/idempotency/schema.ts';
export * from '../platform/jobs/schema.ts';
export * from '../platform/notifications/schema.ts';
export * from '../platform/numbering/schema.ts';
export * from '../platform/outbox/schema.ts';
export * from '../platform/saved-filters/schema.ts';
export * from '../platform/settings/company-settings-schema.ts';
export * from '../platform/settings/schema.ts';
export * from '../platform/tenancy/schema.ts';
