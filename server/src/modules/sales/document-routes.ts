import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import { email, idParams } from '../../platform/http/schemas.ts';
import { emailSalesOrder } from './commands/email-sales-order.ts';
import { orderConfirmationPdf } from './order-pdf.ts';
import { getSalesOrder } from './queries/sales-order-queries.ts';

/** The order as a document for the customer: its confirmation PDF, and sending it. */
export function registerSalesDocumentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Sales orders'];

  r.get('/api/sales-orders/:id/pdf', {
    config: { access: access.tenant('sales.order.read') },
    schema: {
      tags,
      summary: 'The order confirmation as a PDF',
      params: idParams,
      produces: ['application/pdf'],
      response: { 200: z.string().describe('The PDF') },
    },
    handler: async (request, reply) => {
      const { number, pdf } = await request.withTenant(async (ctx) => {
        const order = await getSalesOrder(ctx, request.params.id);
        if (!order) throw new NotFound('Sales order', request.params.id);
        return { number: order.number, pdf: await orderConfirmationPdf(ctx, order) };
      });
      // The PDF is not the JSON response schema, so the reply is used untyped.
      const file: FastifyReply = reply;
      file.header('content-disposition', `inline; filename="${number}.pdf"`);
      return file.type('application/pdf').send(pdf);
    },
  });

  r.post('/api/sales-orders/:id/email', {
    config: { access: access.tenant('sales.order.send') },
    schema: {
      tags,
      summary: 'Email the order confirmation as a PDF to the customer; it shows in the order’s timeline',
      params: idParams,
      body: z.strictObject({ to: email.optional().describe('Another address than the customer’s') }).nullish(),
      response: { 202: z.object({ to: z.string(), subject: z.string() }) },
    },
    handler: async (request, reply) => {
      const sent = await request.withTenant((ctx) => emailSalesOrder(ctx, request.params.id, { to: request.body?.to }));
      reply.code(202);
      return sent;
    },
  });
}
