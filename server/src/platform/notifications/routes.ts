import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { onAccessChange } from '../auth/session-cache.ts';
import { NotFound } from '../errors.ts';
import { access, sessionStillGrants } from '../http/access.ts';
import { pageQuery } from '../http/pagination.ts';
import { booleanQuery, idParams, iso, timestampOut } from '../http/schemas.ts';
import { getNotification, listNotifications, markNotificationsRead, NOTIFICATION_CHANNEL } from './notify.ts';

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
  response: ServerResponse;
}

/** Open event streams of this instance, told of every committed notification by the database. */
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

  /** Ends the user's streams whose session ended or whose membership no longer lets them in. */
  async recheck(userId: string, stillAllowed: (listener: Listener) => Promise<boolean>): Promise<void> {
    const streams = [...this.open].filter((l) => l.userId === userId);
    const allowed = await Promise.all(streams.map(stillAllowed));
    streams.forEach((l, i) => {
      if (allowed[i]) return;
      this.open.delete(l);
      l.response.end();
    });
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
  app.addHook('onReady', () => db.listen(NOTIFICATION_CHANNEL, (payload) => streams.deliver(payload)));
  const stopRechecking = onAccessChange((userId) => {
    streams
      .recheck(userId, (l) => sessionStillGrants(db, l))
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
      summary: 'Server-sent events: `notification` with the id of each new notification',
      description:
        'Stays open; a comment line every 25 seconds keeps proxies from closing it. Fetch the notification by id, or reload the list.',
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
