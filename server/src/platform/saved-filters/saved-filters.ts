import { and, asc, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { explainConstraint } from '../http/error-handler.ts';
import { savedFilters } from './schema.ts';

// Two tabs saving the same name at once: the index decides, with the same answer as the check.
explainConstraint('saved_filters_name_unique', {
  status: 409,
  code: 'duplicate_saved_filter',
  message: 'You already have a saved filter with this name on this list',
  field: 'name',
});

export interface NewSavedFilter {
  list: string;
  name: string;
  filters: Record<string, unknown>;
}

/** Rows of the member acting, in the company acting. */
export const mine = (ctx: TenantContext) =>
  and(eq(savedFilters.tenantId, ctx.tenantId), eq(savedFilters.userId, ctx.actor.userId!));

/** My saved filters of one list, by name. */
export const listSavedFilters = (ctx: TenantContext, list: string) =>
  ctx.tx
    .select()
    .from(savedFilters)
    .where(and(mine(ctx), eq(savedFilters.list, list)))
    .orderBy(asc(sql`lower(${savedFilters.name})`), asc(savedFilters.id));
