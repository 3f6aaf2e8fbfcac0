import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import { cursorPart, decodeCursor, encodeCursor, pageQuery } from '../http/pagination.ts';
import { iso, timestampOut } from '../http/schemas.ts';
import { listAuditTrail } from './audit.ts';
import { resolveAuditReferences } from './references.ts';

const AuditEntryOut = z
  .object({
    id: z.uuid(),
    occurredAt: timestampOut,
    action: z.string(),
    entity: z.string(),
    entityId: z.uuid(),
    actor: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

const AuditReferenceOut = z
  .object({
    kind: z.string().describe('`sales_order`, `customer_invoice`, `product`, `user`, ...: which page shows it'),
    id: z.uuid(),
    label: z.string().describe('Its document number, code or name'),
  })
  .meta({ id: 'AuditReference' });

export function registerAuditRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/audit', {
    config: { access: access.tenant('platform.audit.read') },
    schema: {
      tags: ['Audit'],
      summary: 'The audit trail of one record, newest first',
      querystring: z.object({
        entity: z.string().trim().min(1).max(64).describe('e.g. `membership`, `sales_order`'),
        id: z.uuid(),
        ...pageQuery,
      }),
      response: {
        200: z.object({
          items: z.array(AuditEntryOut),
          nextCursor: z.string().nullable(),
          references: z
            .record(z.string(), AuditReferenceOut)
            .describe('The records the entries mention, keyed by the id or document number as it appears in them'),
        }),
      },
    },
    handler: async (request) => {
      const { entity, id, cursor, limit } = request.query;
      const before = cursor ? decodeCursor(cursor, [cursorPart.id])[0] : undefined;
      const { rows, references } = await request.withTenant(async (ctx) => {
        const rows = await listAuditTrail(ctx, { entity, entityId: id, before, limit: limit + 1 });
        const mentioned = rows.slice(0, limit).flatMap((row) => [row.before, row.after]);
        return { rows, references: await resolveAuditReferences(ctx, mentioned) };
      });
      const page = rows.slice(0, limit);
      return {
        references,
        items: page.map((row) => ({
          id: row.id,
          occurredAt: iso(row.occurredAt),
          action: row.action,
          entity: row.entity,
          entityId: row.entityId,
          actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
          before: row.before,
          after: row.after,
        })),
        nextCursor: rows.length > limit ? encodeCursor([page.at(-1)!.id]) : null,
      };
    },
  });
}
