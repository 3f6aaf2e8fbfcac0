import { eq } from 'drizzle-orm';
import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { users } from '../../auth/schema.ts';
import type { ChatterRecord } from '../record-types.ts';
import { chatterAttachments } from '../schema.ts';
import { type AttachmentStore, attachmentKey } from '../storage.ts';
import { followRecord } from './follow-record.ts';

export interface NewAttachment {
  fileName: string;
  /** Already checked against the allow-list (file-types.ts). */
  contentType: string;
  bytes: Buffer;
}

/**
 * Attaches a file to a record. The row and the file are written in the record's transaction, and
 * the file is removed again when the transaction does not commit: a refused or failed upload
 * leaves neither behind. The uploader follows the record.
 */
export async function uploadAttachment(
  withTenant: <T>(work: (ctx: TenantContext) => Promise<T>) => Promise<T>,
  store: AttachmentStore,
  tenantId: string,
  findRecord: (ctx: TenantContext) => Promise<ChatterRecord>,
  file: NewAttachment,
) {
  const id = newId();
  const key = attachmentKey(tenantId, id);
  try {
    return await withTenant(async (ctx) => {
      const record = await findRecord(ctx);
      const [row] = await ctx.tx
        .insert(chatterAttachments)
        .values({
          tenantId: ctx.tenantId,
          id,
          recordType: record.type.type,
          recordId: record.id,
          uploadedBy: ctx.actor.userId!,
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.bytes.length,
          storageKey: key,
        })
        .returning();
      await followRecord(ctx, record, ctx.actor.userId!);
      await store.put(key, file.bytes);
      const [uploader] = await ctx.tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId!));
      return { ...row!, uploaderName: uploader?.name ?? null };
    });
  } catch (error) {
    // The refusal is what the caller must hear; a file the cleanup could not remove has no row
    // pointing at it, so nobody can reach it.
    await store.remove(key).catch(() => undefined);
    throw error;
  }
}
