import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { containsPattern } from '../../../db/sql-fragments.ts';
import { keyset, parseSort, toPage } from '../../../platform/http/pagination.ts';
import type { CustomerRow } from '../commands/customer-fields.ts';
import { type CustomerType, customers } from '../schema.ts';

export async function getCustomer(ctx: TenantContext, id: string): Promise<CustomerRow | undefined> {
  const [customer] = await ctx.tx
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, id)));
  return customer;
}

/** The customer with its row locked until commit, e.g. while checking its credit. */
export async function lockCustomer(ctx: TenantContext, id: string): Promise<CustomerRow | undefined> {
  const [customer] = await ctx.tx
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, id)))
    .for('update');
  return customer;
}

export async function getCustomersByIds(ctx: TenantContext, ids: readonly string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  return ctx.tx
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, ctx.tenantId), inArray(customers.id, [...ids])));
}

export const customerSorts = ['name', '-name', 'code', '-code', 'createdAt', '-createdAt'] as const;

export interface CustomerFilter {
  q?: string | undefined;
  type?: CustomerType | undefined;
  active?: boolean | undefined;
  sort: (typeof customerSorts)[number];
  cursor?: string | undefined;
  limit: number;
}

const sortKeys = {
  name: customers.name,
  code: sql`lower(${customers.code})`,
  createdAt: customers.createdAt,
};

function conditions(ctx: TenantContext, filter: Pick<CustomerFilter, 'q' | 'type' | 'active'>) {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  return [
    eq(customers.tenantId, ctx.tenantId),
    pattern
      ? or(ilike(customers.code, pattern), ilike(customers.name, pattern), ilike(customers.email, pattern))
      : undefined,
    filter.type ? eq(customers.type, filter.type) : undefined,
    filter.active === undefined ? undefined : eq(customers.active, filter.active),
  ];
}

export async function listCustomers(ctx: TenantContext, filter: CustomerFilter) {
  const { field, descending } = parseSort(filter.sort);
  const page = keyset({
    key: sortKeys[field],
    id: customers.id,
    descending,
    cursor: filter.cursor,
    keyType: field === 'createdAt' ? 'timestamp' : 'text',
  });
  const rows = await ctx.tx
    .select()
    .from(customers)
    .where(and(...conditions(ctx, filter), page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (last) => [
    field === 'code' ? last.code.toLowerCase() : field === 'name' ? last.name : last.createdAt.toISOString(),
    last.id,
  ]);
}

export function listAllCustomers(
  ctx: TenantContext,
  filter: Pick<CustomerFilter, 'q' | 'type' | 'active'>,
  cap: number,
) {
  return ctx.tx
    .select()
    .from(customers)
    .where(and(...conditions(ctx, filter)))
    .orderBy(asc(customers.name))
    .limit(cap);
}

/**
 * The credit limit of the customer whose id `customerId` holds, as a scalar subquery that other
 * modules compose into their own statements (text, or null for no limit).
 */
export function creditLimitOf(ctx: TenantContext, customerId: SQL): SQL {
  return sql`(select trim_scale(c.credit_limit)::text from customers c where c.tenant_id = ${ctx.tenantId} and c.id = ${customerId})`;
}

/** The customer's name as a scalar subquery, for other modules' lists. */
export function customerNameOf(ctx: TenantContext, customerId: SQL): SQL {
  return sql`(select c.name from customers c where c.tenant_id = ${ctx.tenantId} and c.id = ${customerId})`;
}
