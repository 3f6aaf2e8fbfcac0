import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import { searchRecords } from './search-records.ts';

const FoundRecordOut = z
  .object({
    kind: z.string().describe('`sales_order`, `customer_invoice`, `customer`, `product`, ...: which page shows it'),
    id: z.uuid(),
    label: z.string().describe('Its document number, code or name'),
    detail: z.string().nullable().describe('What tells it apart: the customer of a document, a product name'),
  })
  .meta({ id: 'FoundRecord' });

export function registerSearchRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/search', {
    config: { access: access.member },
    schema: {
      tags: ['Search'],
      summary: 'Find documents by number and master data by code or name, across modules',
      description:
        'Only kinds the user may open are searched. Exact matches come first, then those starting with the text.',
      querystring: z.object({
        q: z.string().trim().min(1).max(100),
        perKind: z.coerce.number().int().min(1).max(20).default(5).describe('At most this many of each kind'),
      }),
      response: { 200: z.object({ items: z.array(FoundRecordOut) }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        items: await searchRecords(
          ctx,
          request.query.q,
          (permission) => request.tenant!.permissions.has(permission),
          request.query.perKind,
        ),
      })),
  });
}
