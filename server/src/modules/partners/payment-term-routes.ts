import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/access.ts';
import { idParams, text } from '../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../platform/money.ts';
import { createPaymentTerm, updatePaymentTerm } from './commands/payment-terms.ts';
import { listPaymentTerms } from './queries/payment-term-queries.ts';

const PaymentTermOut = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    days: z.number().int().describe('Days after the invoice date, or after the end of its month'),
    endOfMonth: z.boolean().describe('Count the days from the end of the invoice’s month (EOM)'),
    discountPercent: decimalOut.nullable().describe('Early-payment discount, e.g. 2 of "2/10 Net 30"'),
    discountDays: z.number().int().nullable().describe('Days from the invoice date the discount lasts'),
    active: z.boolean(),
  })
  .meta({ id: 'PaymentTerm' });

const fields = {
  code: text(16),
  name: text(100),
  days: z.number().int().min(0).max(365),
  endOfMonth: z.boolean(),
  discountPercent: decimalInput().nullable(),
  discountDays: z.number().int().min(0).max(365).nullable(),
};
const PaymentTermCreate = z.strictObject(fields).extend({
  endOfMonth: fields.endOfMonth.default(false),
  discountPercent: fields.discountPercent.default(null),
  discountDays: fields.discountDays.default(null),
});
const PaymentTermPatch = z.strictObject(fields).partial().extend({ active: z.boolean().optional() });

const toOut = <T extends { createdAt: Date }>({ createdAt: _, ...term }: T) => term;

export function registerPaymentTermRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Payment terms'];

  r.get('/api/payment-terms', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'The company’s payment terms (Net 30, 2/10 Net 30, Net 30 EOM, ...)',
      response: { 200: z.object({ items: z.array(PaymentTermOut) }) },
    },
    handler: (request) => request.withTenant(async (ctx) => ({ items: (await listPaymentTerms(ctx)).map(toOut) })),
  });

  r.post('/api/payment-terms', {
    config: { access: access.tenant('platform.settings.manage') },
    schema: { tags, summary: 'Add a payment term', body: PaymentTermCreate, response: { 201: PaymentTermOut } },
    handler: async (request, reply) => {
      const term = await request.withTenant((ctx) => createPaymentTerm(ctx, request.body));
      return reply.code(201).send(toOut(term));
    },
  });

  r.patch('/api/payment-terms/:id', {
    config: { access: access.tenant('platform.settings.manage') },
    schema: {
      tags,
      summary: 'Change or retire a payment term; invoices already made keep their due dates',
      params: idParams,
      body: PaymentTermPatch,
      response: { 200: PaymentTermOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => toOut(await updatePaymentTerm(ctx, request.params.id, request.body))),
  });
}
