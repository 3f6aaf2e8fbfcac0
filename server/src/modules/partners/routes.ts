import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../platform/errors.ts';
import { EXPORT_ROW_LIMIT, exportFormat, sendExport } from '../../platform/export/export.ts';
import { access } from '../../platform/http/access.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { booleanQuery, email, idParams, iso, text, timestampOut } from '../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../platform/money.ts';
import { createCustomer } from './commands/create-customer.ts';
import type { CustomerRow } from './commands/customer-fields.ts';
import { updateCustomer } from './commands/update-customer.ts';
import { customerSorts, getCustomer, listAllCustomers, listCustomers } from './queries/customer-queries.ts';
import { customerTypes } from './schema.ts';

const CustomerOut = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    type: z.enum(customerTypes),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    addressLine: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable(),
    taxId: z.string().nullable(),
    paymentTermsDays: z.number().int(),
    paymentTermId: z.uuid().nullable(),
    creditLimit: decimalOut.nullable().describe('No limit when null'),
    notes: z.string().nullable(),
    active: z.boolean(),
    createdAt: timestampOut,
    updatedAt: timestampOut,
  })
  .meta({ id: 'Customer' });

const toCustomerOut = (c: CustomerRow) => ({ ...c, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) });

const customerFields = {
  code: text(32),
  name: text(200),
  type: z.enum(customerTypes),
  email: email.nullable(),
  phone: z
    .string()
    .trim()
    .max(32)
    .regex(/^[+\d][\d ()-]{3,31}$/, 'Enter a phone number such as +62 21 555 0100')
    .nullable(),
  addressLine: text(300).nullable(),
  city: text(100).nullable(),
  postalCode: text(16).nullable(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Two-letter ISO country code, e.g. ID')
    .nullable(),
  taxId: text(32).nullable(),
  paymentTermsDays: z.number().int().min(0).max(365).describe('Days until an invoice is due, without a payment term'),
  paymentTermId: z.uuid().nullable().describe('The payment term; its days replace paymentTermsDays'),
  creditLimit: decimalInput().nullable().describe('No limit when null'),
  notes: text(2000).nullable(),
};

const CustomerCreate = z
  .strictObject(customerFields)
  .partial({
    email: true,
    phone: true,
    addressLine: true,
    city: true,
    postalCode: true,
    country: true,
    taxId: true,
    creditLimit: true,
    notes: true,
    paymentTermId: true,
  })
  .extend({
    type: customerFields.type.default('retail'),
    paymentTermsDays: customerFields.paymentTermsDays.default(0),
  });

const CustomerPatch = z.strictObject(customerFields).partial().extend({ active: z.boolean().optional() });

const CustomerListQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Matches code, name or email'),
  type: z.enum(customerTypes).optional(),
  active: booleanQuery.optional(),
  sort: z.enum(customerSorts).default('name'),
  ...pageQuery,
});

export function registerPartnerRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Customers'];

  r.get('/api/customers', {
    config: { access: access.tenant('partners.customer.read') },
    schema: {
      tags,
      summary: 'List customers',
      querystring: CustomerListQuery,
      response: { 200: z.object({ items: z.array(CustomerOut), nextCursor: z.string().nullable() }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const page = await listCustomers(ctx, request.query);
        return { items: page.items.map(toCustomerOut), nextCursor: page.nextCursor };
      }),
  });

  r.get('/api/customers/export', {
    config: { access: access.tenant('partners.customer.read') },
    schema: {
      tags,
      summary: 'Export the customer list, with the same filters, as CSV or XLSX',
      querystring: CustomerListQuery.omit({ sort: true, cursor: true, limit: true }).extend({ format: exportFormat }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const rows = await request.withTenant((ctx) => listAllCustomers(ctx, filter, EXPORT_ROW_LIMIT));
      return sendExport(
        reply,
        format,
        'customers',
        [
          { header: 'columns.code', value: (c) => c.code },
          { header: 'columns.name', value: (c) => c.name, width: 32 },
          { header: 'columns.type', value: (c) => c.type, codes: 'customerType' },
          { header: 'columns.email', value: (c) => c.email, width: 28 },
          { header: 'columns.phone', value: (c) => c.phone },
          { header: 'columns.city', value: (c) => c.city },
          { header: 'columns.taxId', value: (c) => c.taxId },
          { header: 'columns.paymentTermsDays', value: (c) => c.paymentTermsDays },
          { header: 'columns.creditLimit', value: (c) => (c.creditLimit === null ? null : Number(c.creditLimit)) },
          { header: 'columns.active', value: (c) => (c.active ? 'yes' : 'no'), codes: 'yesNo', width: 8 },
        ],
        rows,
        'exports.customers',
      );
    },
  });

  r.post('/api/customers', {
    config: { access: access.tenant('partners.customer.create') },
    schema: { tags, summary: 'Create a customer', body: CustomerCreate, response: { 201: CustomerOut } },
    handler: async (request, reply) =>
      reply.code(201).send(toCustomerOut(await request.withTenant((ctx) => createCustomer(ctx, request.body)))),
  });

  r.get('/api/customers/:id', {
    config: { access: access.tenant('partners.customer.read') },
    schema: { tags, summary: 'A customer', params: idParams, response: { 200: CustomerOut } },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const customer = await getCustomer(ctx, request.params.id);
        if (!customer) throw new NotFound('Customer', request.params.id);
        return toCustomerOut(customer);
      }),
  });

  r.patch('/api/customers/:id', {
    config: { access: access.tenant('partners.customer.update') },
    schema: {
      tags,
      summary: 'Change a customer, or deactivate it (`active: false`)',
      params: idParams,
      body: CustomerPatch,
      response: { 200: CustomerOut },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => toCustomerOut(await updateCustomer(ctx, request.params.id, request.body))),
  });
}
