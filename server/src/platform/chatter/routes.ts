import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, BadRequest, Forbidden, invalidField } from '../errors.ts';
import { access } from '../http/access.ts';
import { cursorPart, decodeCursor, encodeCursor, pageQuery } from '../http/pagination.ts';
import { ErrorBody, iso, text, timestampOut } from '../http/schemas.ts';
import { addNote } from './commands/add-note.ts';
import { followRecord, unfollowRecord } from './commands/follow-record.ts';
import { uploadAttachment } from './commands/upload-attachment.ts';
import { allowedExtensions, attachmentContentType, isPreviewable } from './file-types.ts';
import { attachmentOf } from './queries/attachments.ts';
import { membersWhoHold } from './queries/members.ts';
import { followersOf, recordTimeline, type TimelineItem } from './queries/timeline.ts';
import { chatterRecordType, chatterRecordTypeNames, findChatterRecord } from './record-types.ts';
import type { AttachmentStore } from './storage.ts';

const Person = z.object({ id: z.uuid(), name: z.string().nullable() }).meta({ id: 'ChatterPerson' });
const Member = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'ChatterMember' });
const itemBase = { id: z.uuid(), at: timestampOut, by: Person.nullable() };

const TimelineItemOut = z
  .discriminatedUnion('kind', [
    z.object({ ...itemBase, kind: z.literal('note'), body: z.string(), mentions: z.array(Member) }),
    z.object({
      ...itemBase,
      kind: z.literal('attachment'),
      fileName: z.string(),
      contentType: z.string(),
      sizeBytes: z.number().int(),
      previewable: z.boolean().describe('An image or a PDF, which the browser can show'),
    }),
    z.object({
      ...itemBase,
      kind: z.literal('change'),
      action: z.string().describe('The audit action, e.g. `sales_order.confirmed`'),
      summary: z.string().describe('What happened, in business words'),
      stateFrom: z.string().nullable(),
      stateTo: z.string().nullable().describe('Set when the change moved the record to another state'),
    }),
    z.object({ ...itemBase, kind: z.literal('email'), to: z.string(), subject: z.string() }),
  ])
  .meta({ id: 'TimelineItem' });

const Following = z
  .object({ following: z.boolean().describe('Whether I follow the record'), followers: z.array(Member) })
  .meta({ id: 'ChatterFollowing' });

const toOut = (item: TimelineItem): z.infer<typeof TimelineItemOut> => {
  const base = { id: item.id, at: iso(item.at), by: item.by };
  switch (item.kind) {
    case 'note':
      return { ...base, kind: item.kind, body: item.body, mentions: item.mentions };
    case 'attachment':
      return {
        ...base,
        kind: item.kind,
        fileName: item.fileName,
        contentType: item.contentType,
        sizeBytes: item.sizeBytes,
        previewable: isPreviewable(item.contentType),
      };
    case 'change':
      return {
        ...base,
        kind: item.kind,
        action: item.action,
        summary: item.summary,
        stateFrom: item.stateFrom,
        stateTo: item.stateTo,
      };
    case 'email':
      return { ...base, kind: item.kind, to: item.to, subject: item.subject };
  }
};

/** The permission to read a record is the permission to read and write its chatter. */
function mayUseChatter(request: FastifyRequest, recordType: string): void {
  const { readPermission, label } = chatterRecordType(recordType);
  if (!request.tenant!.permissions.has(readPermission)) {
    throw new Forbidden(
      'permission_denied',
      `You need the permission ${readPermission} to see this ${label.toLowerCase()}`,
      {
        permission: readPermission,
      },
    );
  }
}

/** `file.pdf` in a Content-Disposition header, with non-ASCII names spelled out as RFC 5987 asks. */
function disposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface ChatterOptions {
  store: AttachmentStore;
  maxAttachmentBytes: number;
}

export function registerChatterRoutes(app: FastifyInstance, options: ChatterOptions): void {
  const tags = ['Chatter'];
  const recordParams = z.strictObject({
    recordType: z.enum(chatterRecordTypeNames() as [string, ...string[]]),
    recordId: z.uuid(),
  });
  const { store, maxAttachmentBytes } = options;

  // Multipart bodies are accepted by the upload route only: the scope keeps the parser to itself.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxAttachmentBytes, files: 1, fields: 0, parts: 1 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get('/api/chatter/:recordType/:recordId', {
      config: { access: access.member },
      schema: {
        tags,
        summary: 'A record’s timeline: notes, attachments, changes and emails sent, newest first',
        description: 'Needs the permission to read the record (e.g. `sales.order.read` for a sales order).',
        params: recordParams,
        querystring: z.object(pageQuery),
        response: {
          200: Following.extend({
            record: z.object({ type: z.string(), id: z.uuid(), title: z.string() }),
            items: z.array(TimelineItemOut),
            nextCursor: z.string().nullable(),
          }),
        },
      },
      handler: async (request) => {
        const { recordType, recordId } = request.params;
        mayUseChatter(request, recordType);
        const before = request.query.cursor ? decodeCursor(request.query.cursor, [cursorPart.id])[0] : undefined;
        return request.withTenant(async (ctx) => {
          const record = await findChatterRecord(ctx, recordType, recordId);
          const { items, more } = await recordTimeline(ctx, record, { before, limit: request.query.limit });
          const followers = await followersOf(ctx, record);
          return {
            record: { type: recordType, id: recordId, title: record.title },
            following: followers.some((f) => f.id === ctx.actor.userId),
            followers,
            items: items.map(toOut),
            nextCursor: more ? encodeCursor([items.at(-1)!.id]) : null,
          };
        });
      },
    });

    r.post('/api/chatter/:recordType/:recordId/notes', {
      config: { access: access.member },
      schema: {
        tags,
        summary: 'Write a note on a record; the members it mentions and the followers are notified',
        description: 'The author follows the record from then on.',
        params: recordParams,
        body: z.strictObject({
          body: text(5000),
          mentions: z.array(z.uuid()).max(50).default([]).describe('Members picked with @, from `.../members`'),
        }),
        response: { 201: TimelineItemOut },
      },
      handler: async (request, reply) => {
        const { recordType, recordId } = request.params;
        mayUseChatter(request, recordType);
        const note = await request.withTenant(async (ctx) =>
          addNote(ctx, await findChatterRecord(ctx, recordType, recordId), request.body),
        );
        reply.code(201);
        return toOut({
          kind: 'note',
          id: note.id,
          at: note.createdAt,
          by: { id: note.authorId, name: note.authorName },
          body: note.body,
          mentions: note.mentioned,
        });
      },
    });

    r.post('/api/chatter/:recordType/:recordId/attachments', {
      config: { access: access.member },
      // The body is a file, read from the stream in the handler, not a document zod could check.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? () => ({ value: undefined })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags,
        summary: 'Attach a file to a record (multipart/form-data, one part named `file`)',
        description: `Images, PDF, office documents, CSV and text (${allowedExtensions.join(', ')}), up to ${maxAttachmentBytes} bytes: a larger file gets 413, another type 400, and neither leaves anything behind.`,
        consumes: ['multipart/form-data'],
        params: recordParams,
        body: z.object({ file: z.string().meta({ format: 'binary' }) }),
        response: { 201: TimelineItemOut, 413: ErrorBody },
      },
      handler: async (request, reply) => {
        const { recordType, recordId } = request.params;
        mayUseChatter(request, recordType);
        const file = await readUpload(request, maxAttachmentBytes);
        const row = await uploadAttachment(
          (work) => request.withTenant(work),
          store,
          request.tenant!.tenantId,
          (ctx) => findChatterRecord(ctx, recordType, recordId),
          file,
        );
        reply.code(201);
        return toOut({
          kind: 'attachment',
          id: row.id,
          at: row.createdAt,
          by: { id: row.uploadedBy, name: row.uploaderName },
          fileName: row.fileName,
          contentType: row.contentType,
          sizeBytes: row.sizeBytes,
        });
      },
    });

    r.get('/api/chatter/:recordType/:recordId/attachments/:attachmentId', {
      config: { access: access.member },
      schema: {
        tags,
        summary: 'An attachment’s file: shown in the browser, or with `download=true` saved',
        params: recordParams.extend({ attachmentId: z.uuid() }),
        querystring: z.object({ download: z.enum(['true', 'false']).default('false') }),
        produces: ['application/octet-stream'],
        response: { 200: z.string().describe('The file') },
      },
      handler: async (request, reply) => {
        const { recordType, recordId, attachmentId } = request.params;
        mayUseChatter(request, recordType);
        const found = await request.withTenant(async (ctx) =>
          attachmentOf(ctx, await findChatterRecord(ctx, recordType, recordId), attachmentId),
        );
        const bytes = await store.get(found.storageKey);
        const inline = request.query.download === 'false' && isPreviewable(found.contentType);
        // The file is not the JSON response schema, so the reply is used untyped.
        const file: FastifyReply = reply;
        file.header('content-disposition', disposition(inline ? 'inline' : 'attachment', found.fileName));
        // Nothing in an uploaded file may run as the app, even opened on its own.
        file.header(
          'content-security-policy',
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        );
        file.header('cache-control', 'private, no-store');
        return file.type(found.contentType).send(bytes);
      },
    });

    const following = async (request: FastifyRequest<{ Params: z.infer<typeof recordParams> }>, follow: boolean) => {
      const { recordType, recordId } = request.params;
      mayUseChatter(request, recordType);
      return request.withTenant(async (ctx) => {
        const record = await findChatterRecord(ctx, recordType, recordId);
        if (follow) await followRecord(ctx, record, ctx.actor.userId!);
        else await unfollowRecord(ctx, record, ctx.actor.userId!);
        const followers = await followersOf(ctx, record);
        return { following: followers.some((f) => f.id === ctx.actor.userId), followers };
      });
    };
    for (const [path, follow, summary] of [
      ['follow', true, 'Follow a record: be told of its new notes'],
      ['unfollow', false, 'Stop following a record'],
    ] as const) {
      r.post(`/api/chatter/:recordType/:recordId/${path}`, {
        config: { access: access.member },
        schema: { tags, summary, params: recordParams, response: { 200: Following } },
        handler: (request) => following(request, follow),
      });
    }

    r.get('/api/chatter/:recordType/:recordId/members', {
      config: { access: access.member },
      schema: {
        tags,
        summary: 'The members who can see the record, to mention with @',
        params: recordParams,
        querystring: z.object({ search: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(Member) }) },
      },
      handler: async (request) => {
        const { recordType, recordId } = request.params;
        mayUseChatter(request, recordType);
        const search = request.query.search?.toLowerCase();
        return request.withTenant(async (ctx) => {
          const record = await findChatterRecord(ctx, recordType, recordId);
          const members = await membersWhoHold(ctx, record.type.readPermission);
          return { items: members.filter((m) => !search || m.name.toLowerCase().includes(search)).slice(0, 20) };
        });
      },
    });
  });
}

/** The one file of an upload, checked against the size limit and the allowed types. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) {
    throw new BadRequest('validation_failed', 'Invalid request. file: Send the file as multipart/form-data', {
      fields: [{ path: 'file', message: 'Send the file as multipart/form-data' }],
    });
  }
  const part = await request.file().catch(uploadError(maxBytes));
  if (!part) invalidField('file', 'Attach a file');
  const bytes = await part.toBuffer().catch(uploadError(maxBytes));
  const contentType = attachmentContentType(part.filename, part.mimetype);
  if (!contentType) {
    invalidField('file', `This type of file cannot be attached; attach ${allowedExtensions.join(', ')}`);
  }
  const fileName = part.filename.trim().slice(0, 255);
  if (!fileName) invalidField('file', 'The file needs a name');
  return { fileName, contentType, bytes };
}

const uploadError = (maxBytes: number) => (error: { code?: string }) => {
  if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_FILES_LIMIT' || error.code === 'FST_PARTS_LIMIT') {
    throw new AppError(413, 'payload_too_large', `Attach one file of at most ${maxAttachmentSize(maxBytes)}`, {
      maxBytes,
    });
  }
  throw error;
};

const maxAttachmentSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
