import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { onAccessChange } from '../auth/session-cache.ts';
import { NotFound } from '../errors.ts';
import { access, sessionPermissions } from '../http/access.ts';
import { pageQuery } from '../http/pagination.ts';
import { booleanQuery, idParams, iso, timestampOut } from '../http/schemas.ts';
import type { Permission } from '../permissions/permissions.ts';
import { getNotification, listNotifications, markNotificationsRead, NOTIFICATION_CHANNEL } from './notify.ts';
import { parseRecordChange, RECORD_CHANGE_CHANNEL, readPermissionOfKind } from './record-changes.ts';

const NotificationOut = z
  .object({
    id: z.uuid(),
    topic: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: timestampOut,
    readAt: timestampOut.nullable(),
  })
  .meta({ id: 'Notification' });

const toOut = (
  n: { createdAt: Date; readAt: Date | null } & Omit<z.infer<typeof NotificationOut>, 'createdAt' | 'readAt'>,
) => ({
  id: n.id,
  topic: n.topic,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: iso(n.createdAt),
  readAt: iso(n.readAt),
});

interface Listener {
  tenantId: string;
  userId: string;
  sessionId: string;
  /** What the member may read, refreshed whenever their access changes. */
  permissions: ReadonlySet<Permission>;
  response: ServerResponse;
}

/**
 * Open event streams of this instance, told by the database of every committed notification and
 * every committed change of a record.
 */
class NotificationStreams {
  private readonly open = new Set<Listener>();
  private readonly heartbeat = setInterval(() => this.broadcast(': keep-alive\n\n'), 25_000);

  constructor() {
    this.heartbeat.unref();
  }

  add(listener: Listener): void {
    this.open.add(listener);
    listener.response.on('close', () => this.open.delete(listener));
  }

  /**
   * Ends the user's streams whose session ended or whose membership no longer lets them in, and
   * takes the others' permissions anew (a changed role reads other kinds of records).
   */
  async recheck(
    userId: string,
    permissionsNow: (listener: Listener) => Promise<ReadonlySet<Permission> | null>,
  ): Promise<void> {
    const streams = [...this.open].filter((l) => l.userId === userId);
    const granted = await Promise.all(streams.map(permissionsNow));
    streams.forEach((l, i) => {
      const permissions = granted[i];
      if (permissions) {
        l.permissions = permissions;
        return;
      }
      this.open.delete(l);
      l.response.end();
    });
  }

  /** A record changed: told to the company's members who may read its kind, by no one else. */
  deliverChange(payload: string): void {
    const change = parseRecordChange(payload);
    const permission = readPermissionOfKind(change.kind);
    if (!permission) return;
    const text = `event: change\ndata: ${JSON.stringify(change.event)}\n\n`;
    for (const l of this.open) {
      if (l.tenantId === change.tenantId && l.permissions.has(permission)) l.response.write(text);
    }
  }

  deliver(payload: string): void {
    const { tenantId, userId, id } = JSON.parse(payload) as { tenantId: string; userId: string; id: string };
    for (const l of this.open) {
      if (l.tenantId === tenantId && l.userId === userId)
        l.response.write(`event: notification\ndata: ${JSON.stringify({ id })}\n\n`);
    }
  }

  private broadcast(text: string): void {
    for (const l of this.open) l.response.write(text);
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const l of this.open) l.response.end();
    this.open.clear();
  }
}

export function registerNotificationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Notifications'];
  const streams = new NotificationStreams();
  app.addHook('onReady', async () => {
    await db.listen(NOTIFICATION_CHANNEL, (payload) => streams.deliver(payload));
    await db.listen(RECORD_CHANGE_CHANNEL, (payload) => streams.deliverChange(payload));
  });
  const stopRechecking = onAccessChange((userId) => {
    streams
      .recheck(userId, (l) => sessionPermissions(db, l))
      .catch((error) => app.log.error({ err: error }, 'stream check failed'));
  });
  // Before the server waits for open connections to end: a stream never ends by itself.
  app.addHook('preClose', async () => {
    stopRechecking();
    streams.close();
  });

  r.get('/api/notifications', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'My notifications in this company, newest first, with the number unread',
      querystring: z.object({ unread: booleanQuery.optional(), ...pageQuery }),
      response: {
        200: z.object({
          items: z.array(NotificationOut),
          nextCursor: z.string().nullable(),
          unread: z.number().int(),
        }),
      },
    },
    handler: async (request) => {
      const page = await request.withTenant((ctx) => listNotifications(ctx, request.query));
      return { ...page, items: page.items.map(toOut) };
    },
  });

  r.get('/api/notifications/stream', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'Server-sent events: new notifications and changes of the records the member may read',
      description: [
        '`notification` carries the id of each new notification: fetch it by id, or reload the list.',
        '`change` tells that a record of the company changed (created, updated, moved to another state, deleted):',
        '`{kind, id, action, number, state, actor: {id, name}}`, or `{kind, changes}` when one write changed many',
        'records of a kind. Only kinds whose read permission the member holds are sent; refetch what shows them.',
        'Stays open; a comment line every 25 seconds keeps proxies from closing it. It ends on logout, on',
        'revocation of the session and when the member leaves the company.',
      ].join(' '),
      produces: ['text/event-stream'],
      response: { 200: z.string().describe('An event stream') },
    },
    handler: (request, reply) => {
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-request-id': request.id,
      });
      reply.raw.write(': connected\n\n');
      streams.add({
        tenantId: request.tenant!.tenantId,
        userId: request.auth!.userId,
        sessionId: request.auth!.sessionId,
        permissions: request.tenant!.permissions,
        response: reply.raw,
      });
    },
  });

  r.get('/api/notifications/:id', {
    config: { access: access.member },
    schema: { tags, summary: 'One of my notifications', params: idParams, response: { 200: NotificationOut } },
    handler: async (request) => {
      const found = await request.withTenant((ctx) => getNotification(ctx, request.params.id));
      if (!found) throw new NotFound('Notification', request.params.id);
      return toOut(found);
    },
  });

  r.post('/api/notifications/:id/read', {
    config: { access: access.member },
    schema: { tags, summary: 'Mark one notification read', params: idParams, response: { 200: NotificationOut } },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        await markNotificationsRead(ctx, request.params.id);
        const found = await getNotification(ctx, request.params.id);
        if (!found) throw new NotFound('Notification', request.params.id);
        return toOut(found);
      }),
  });

  r.post('/api/notifications/read-all', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'Mark all my notifications in this company read',
      response: { 200: z.object({ marked: z.number().int() }) },
    },
    handler: (request) => request.withTenant(async (ctx) => ({ marked: await markNotificationsRead(ctx) })),
  });
}
