import type { TenantContext } from '../../../db/database.ts';
import type { NewSavedFilter } from '../saved-filters.ts';
import { savedFilters } from '../schema.ts';

/**
 * Saves the current filter of a list under a name of my own. A name I already use on the list
 * is refused by the unique index (`saved_filters_name_unique`, explained as 409 on `name`).
 */
export async function saveFilter(ctx: TenantContext, filter: NewSavedFilter) {
  const [saved] = await ctx.tx
    .insert(savedFilters)
    .values({ tenantId: ctx.tenantId, userId: ctx.actor.userId!, ...filter })
    .returning();
  return saved!;
}
