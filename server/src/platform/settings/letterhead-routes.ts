import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import {
  BankAccount,
  changeLetterhead,
  changeLogo,
  LetterheadFields,
  LogoInput,
  readLetterheadFields,
  readLogo,
} from './company-letterhead.ts';

const LetterheadOut = z
  .object({
    addressLine: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    taxId: z.string().nullable(),
    bankAccounts: z.array(BankAccount),
    paymentNote: z.string().nullable(),
    logo: z.string().nullable().describe('The logo as a data URL, or null'),
  })
  .meta({ id: 'CompanyLetterhead' });

/** The company's address, tax id, bank details and logo, printed on invoices and statements. */
export function registerLetterheadRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Company'];

  r.get('/api/company/letterhead', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'What the company prints on its documents: address, tax id (NPWP), contact, bank details, logo',
      response: { 200: LetterheadOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({ ...(await readLetterheadFields(ctx)), logo: await readLogo(ctx) })),
  });

  r.put('/api/company/letterhead', {
    config: { access: access.tenant('platform.settings.manage') },
    schema: {
      tags,
      summary: 'Replace the letterhead: fields left out are cleared (the logo has its own endpoint)',
      body: LetterheadFields,
      response: { 200: LetterheadOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        ...(await changeLetterhead(ctx, request.body)),
        logo: await readLogo(ctx),
      })),
  });

  r.put('/api/company/logo', {
    config: { access: access.tenant('platform.settings.manage') },
    schema: {
      tags,
      summary: 'Set the logo printed on invoices and statements (PNG or JPEG data URL, at most 200 kB)',
      body: LogoInput,
      response: { 200: LetterheadOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        ...(await readLetterheadFields(ctx)),
        logo: await changeLogo(ctx, request.body.image),
      })),
  });

  r.delete('/api/company/logo', {
    config: { access: access.tenant('platform.settings.manage') },
    schema: { tags, summary: 'Remove the logo', response: { 200: LetterheadOut } },
    handler: (request) =>
      request.withTenant(async (ctx) => ({ ...(await readLetterheadFields(ctx)), logo: await changeLogo(ctx, null) })),
  });
}
