import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../errors.ts';
import type { ChatterRecord } from '../record-types.ts';
import { chatterAttachments } from '../schema.ts';

/** One attachment of the record; an id of another record or company is not found. */
export async function attachmentOf(ctx: TenantContext, record: ChatterRecord, attachmentId: string) {
  const [row] = await ctx.tx
    .select()
    .from(chatterAttachments)
    .where(
      and(
        eq(chatterAttachments.tenantId, ctx.tenantId),
        eq(chatterAttachments.recordType, record.type.type),
        eq(chatterAttachments.recordId, record.id),
        eq(chatterAttachments.id, attachmentId),
      ),
    );
  if (!row) throw new NotFound('Attachment', attachmentId);
  return row;
}
