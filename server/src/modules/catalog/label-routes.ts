import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LabelRequest, printLabels, sendLabels } from '../../platform/export/label-printing.ts';
import { access } from '../../platform/http/access.ts';
import { productLabels } from './queries/product-labels.ts';

export function registerProductLabelRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/products/labels', {
    config: { access: access.tenant('catalog.product.read') },
    schema: {
      tags: ['Products'],
      summary: 'Product labels as a PDF: EAN-13 of a valid barcode, else Code 128 of the barcode or SKU; or QR',
      body: LabelRequest,
      produces: ['application/pdf'],
      response: { 200: z.string().describe('The PDF') },
    },
    handler: async (request, reply) => {
      const pdf = await request.withTenant((ctx) =>
        printLabels(ctx, request.body, 'Product', (ids, words) => productLabels(ctx, ids, words)),
      );
      return sendLabels(reply, pdf);
    },
  });
}
