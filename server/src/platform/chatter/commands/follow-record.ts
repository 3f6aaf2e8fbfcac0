import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import type { ChatterRecord } from '../record-types.ts';
import { chatterFollowers } from '../schema.ts';

/** Following twice is following once. */
export async function followRecord(ctx: TenantContext, record: ChatterRecord, userId: string): Promise<void> {
  await ctx.tx
    .insert(chatterFollowers)
    .values({ tenantId: ctx.tenantId, recordType: record.type.type, recordId: record.id, userId })
    .onConflictDoNothing();
}

export async function unfollowRecord(ctx: TenantContext, record: ChatterRecord, userId: string): Promise<void> {
  await ctx.tx
    .delete(chatterFollowers)
    .where(
      and(
        eq(chatterFollowers.tenantId, ctx.tenantId),
        eq(chatterFollowers.recordType, record.type.type),
        eq(chatterFollowers.recordId, record.id),
        eq(chatterFollowers.userId, userId),
      ),
    );
}
