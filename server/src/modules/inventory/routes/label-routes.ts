import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LabelRequest, printLabels, sendLabels } from '../../../platform/export/label-printing.ts';
import { access } from '../../../platform/http/access.ts';
import { locationLabels, lotLabels } from '../queries/label-queries.ts';

export function registerLabelRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const pdfResponse = { produces: ['application/pdf'], response: { 200: z.string().describe('The PDF') } };

  r.post('/api/inventory/lots/labels', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags: ['Inventory'],
      summary: 'Lot and serial number labels as a PDF; each encodes its number',
      body: LabelRequest,
      ...pdfResponse,
    },
    handler: async (request, reply) => {
      const pdf = await request.withTenant((ctx) =>
        printLabels(ctx, request.body, 'Lot', (ids, words) => lotLabels(ctx, ids, words)),
      );
      return sendLabels(reply, pdf);
    },
  });

  r.post('/api/inventory/locations/labels', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags: ['Warehouses'],
      summary: 'Location (shelf, bin) labels as a PDF; each encodes the location code',
      body: LabelRequest,
      ...pdfResponse,
    },
    handler: async (request, reply) => {
      const pdf = await request.withTenant((ctx) =>
        printLabels(ctx, request.body, 'Location', (ids) => locationLabels(ctx, ids)),
      );
      return sendLabels(reply, pdf);
    },
  });
}
