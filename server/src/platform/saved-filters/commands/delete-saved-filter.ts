import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../errors.ts';
import { mine } from '../saved-filters.ts';
import { savedFilters } from '../schema.ts';

/** Deletes one of my saved filters; another member's is not found, as if it did not exist. */
export async function deleteSavedFilter(ctx: TenantContext, id: string): Promise<void> {
  const deleted = await ctx.tx
    .delete(savedFilters)
    .where(and(mine(ctx), eq(savedFilters.id, id)))
    .returning({ id: savedFilters.id });
  if (deleted.length === 0) throw new NotFound('Saved filter', id);
}
