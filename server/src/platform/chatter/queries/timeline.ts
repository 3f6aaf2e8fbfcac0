import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { listAuditTrail } from '../../audit/audit.ts';
import { users } from '../../auth/schema.ts';
import type { ChatterRecord } from '../record-types.ts';
import { chatterAttachments, chatterFollowers, chatterNotes } from '../schema.ts';
import { type ChatterMember, membersWhoHold } from './members.ts';

/** Followers who can still open the record: one whose job changed is no longer told of it. */
export async function followersOf(ctx: TenantContext, record: ChatterRecord): Promise<ChatterMember[]> {
  const rows = await ctx.tx
    .select({ userId: chatterFollowers.userId })
    .from(chatterFollowers)
    .where(
      and(
        eq(chatterFollowers.tenantId, ctx.tenantId),
        eq(chatterFollowers.recordType, record.type.type),
        eq(chatterFollowers.recordId, record.id),
      ),
    );
  return membersWhoHold(
    ctx,
    record.type.readPermission,
    rows.map((r) => r.userId),
  );
}

interface Person {
  id: string;
  name: string | null;
}

export type TimelineItem = { id: string; at: Date; by: Person | null } & (
  | { kind: 'note'; body: string; mentions: ChatterMember[] }
  | { kind: 'attachment'; fileName: string; contentType: string; sizeBytes: number }
  | { kind: 'change'; action: string; summary: string; stateFrom: string | null; stateTo: string | null }
  | { kind: 'email'; to: string; subject: string }
);

const stateOf = (value: unknown): string | null => {
  const state = (value as { state?: unknown } | null)?.state;
  return typeof state === 'string' ? state : null;
};

/** `sales_order.counts_recorded` → `Counts recorded`, unless the module words it better. */
function summaryOf(record: ChatterRecord, action: string): string {
  const worded = record.type.wording?.[action];
  if (worded) return worded;
  const verb = (action.split('.').at(-1) ?? action).replaceAll('_', ' ');
  return verb.charAt(0).toUpperCase() + verb.slice(1);
}

/** An audit entry in the timeline: emails sent are their own kind, the rest are changes. */
function fromAudit(
  record: ChatterRecord,
  row: { id: string; at: Date; action: string; before: unknown; after: unknown; by: Person | null },
): TimelineItem {
  const after = (row.after ?? {}) as { to?: unknown; subject?: unknown };
  if (row.action.endsWith('.emailed')) {
    return { id: row.id, at: row.at, by: row.by, kind: 'email', to: String(after.to), subject: String(after.subject) };
  }
  const stateFrom = stateOf(row.before);
  const stateTo = stateOf(row.after);
  return {
    id: row.id,
    at: row.at,
    by: row.by,
    kind: 'change',
    action: row.action,
    summary: summaryOf(record, row.action),
    stateFrom: stateFrom !== stateTo ? stateFrom : null,
    stateTo: stateFrom !== stateTo ? stateTo : null,
  };
}

const person = (id: string | null, name: string | null): Person | null => (id ? { id, name } : null);

/**
 * A record's notes, attachments, changes and emails sent, newest first. Every source has
 * time-ordered ids, so one id is the keyset of the merged list: each source reads the page
 * below it and the merge keeps the newest `limit`.
 */
export async function recordTimeline(
  ctx: TenantContext,
  record: ChatterRecord,
  page: { before?: string | undefined; limit: number },
): Promise<{ items: TimelineItem[]; more: boolean }> {
  const take = page.limit + 1;
  const onRecord = (table: typeof chatterNotes | typeof chatterAttachments) =>
    and(
      eq(table.tenantId, ctx.tenantId),
      eq(table.recordType, record.type.type),
      eq(table.recordId, record.id),
      page.before ? lt(table.id, page.before) : undefined,
    );

  const notes = await ctx.tx
    .select({ note: chatterNotes, authorName: users.name })
    .from(chatterNotes)
    .leftJoin(users, eq(users.id, chatterNotes.authorId))
    .where(onRecord(chatterNotes))
    .orderBy(desc(chatterNotes.id))
    .limit(take);
  const attachments = await ctx.tx
    .select({ file: chatterAttachments, uploaderName: users.name })
    .from(chatterAttachments)
    .leftJoin(users, eq(users.id, chatterAttachments.uploadedBy))
    .where(onRecord(chatterAttachments))
    .orderBy(desc(chatterAttachments.id))
    .limit(take);
  const audits = await listAuditTrail(ctx, {
    entity: record.type.type,
    entityId: record.id,
    before: page.before,
    limit: take,
  });

  const mentionIds = [...new Set(notes.flatMap((n) => n.note.mentions))];
  const named = new Map(
    mentionIds.length === 0
      ? []
      : (await ctx.tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, mentionIds))).map(
          (u) => [u.id, u.name],
        ),
  );

  const items: TimelineItem[] = [
    ...notes.map(
      ({ note, authorName }): TimelineItem => ({
        id: note.id,
        at: note.createdAt,
        by: person(note.authorId, authorName),
        kind: 'note',
        body: note.body,
        mentions: note.mentions.map((id) => ({ id, name: named.get(id) ?? '' })),
      }),
    ),
    ...attachments.map(
      ({ file, uploaderName }): TimelineItem => ({
        id: file.id,
        at: file.createdAt,
        by: person(file.uploadedBy, uploaderName),
        kind: 'attachment',
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
      }),
    ),
    ...audits.map((row) => fromAudit(record, { ...row, at: row.occurredAt, by: person(row.actorId, row.actorName) })),
  ].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { items: items.slice(0, page.limit), more: items.length > page.limit };
}
