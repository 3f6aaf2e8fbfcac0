import type { TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../errors.ts';
import { notifyUsers } from '../../notifications/notify.ts';
import { membersWhoHold } from '../queries/members.ts';
import { followersOf } from '../queries/timeline.ts';
import type { ChatterRecord } from '../record-types.ts';
import { chatterNotes } from '../schema.ts';
import { followRecord } from './follow-record.ts';

export interface NewNote {
  body: string;
  /** Members picked from the @mention list; each must be able to open the record. */
  mentions: string[];
}

const excerpt = (body: string) => (body.length > 140 ? `${body.slice(0, 139)}…` : body);

/**
 * Writes a note on a record. The author follows the record from now on; the members it mentions
 * are told they were mentioned, and the other followers that there is a new note.
 */
export async function addNote(ctx: TenantContext, record: ChatterRecord, note: NewNote) {
  const author = ctx.actor.userId!;
  const mentionIds = [...new Set(note.mentions)];
  const mentioned = await membersWhoHold(ctx, record.type.readPermission, mentionIds);
  mentionIds.forEach((id, index) => {
    if (!mentioned.some((m) => m.id === id)) {
      invalidField(`mentions.${index}`, `Not a member who can see this ${record.type.label.toLowerCase()}`);
    }
  });
  const [row] = await ctx.tx
    .insert(chatterNotes)
    .values({
      tenantId: ctx.tenantId,
      recordType: record.type.type,
      recordId: record.id,
      authorId: author,
      body: note.body,
      mentions: mentionIds,
    })
    .returning();
  await followRecord(ctx, record, author);

  const [writer] = await membersWhoHold(ctx, record.type.readPermission, [author]);
  const authorName = writer?.name ?? 'Someone';
  const where = `${record.type.label} ${record.title}`;
  const link = record.type.link(record.id);
  await notifyUsers(
    ctx,
    mentioned.map((m) => m.id).filter((id) => id !== author),
    { topic: 'chatter.mention', title: `${authorName} mentioned you on ${where}`, body: excerpt(note.body), link },
  );
  const followers = await followersOf(ctx, record);
  await notifyUsers(
    ctx,
    followers.map((f) => f.id).filter((id) => id !== author && !mentionIds.includes(id)),
    { topic: 'chatter.note', title: `${authorName} wrote a note on ${where}`, body: excerpt(note.body), link },
  );
  return { ...row!, authorName, mentioned };
}
