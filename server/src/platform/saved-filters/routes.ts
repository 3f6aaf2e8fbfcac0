import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import { ErrorBody, idParams, iso, text, timestampOut } from '../http/schemas.ts';
import { deleteSavedFilter } from './commands/delete-saved-filter.ts';
import { saveFilter } from './commands/save-filter.ts';
import { listSavedFilters } from './saved-filters.ts';

const listId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,59}$/, 'A list id in lower case, e.g. `sales-orders`')
  .describe('The list of the web app, e.g. `sales-orders`');

/** A list's URL search parameters: what the router reads from `?state=draft&overdue=true`. */
const ListParams = z
  .record(
    z.string().min(1).max(40),
    z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.string().max(200)).max(100)]),
  )
  .refine((params) => Object.keys(params).length <= 30, 'At most 30 parameters')
  .describe('The search parameters of the list, e.g. `{ "state": "draft", "sort": "-total" }`');

const SavedFilterOut = z
  .object({ id: z.uuid(), list: z.string(), name: z.string(), filters: ListParams, createdAt: timestampOut })
  .meta({ id: 'SavedFilter' });

const toOut = (f: { id: string; list: string; name: string; filters: unknown; createdAt: Date }) => ({
  id: f.id,
  list: f.list,
  name: f.name,
  filters: f.filters as z.infer<typeof ListParams>,
  createdAt: iso(f.createdAt),
});

export function registerSavedFilterRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Saved filters'];

  r.get('/api/saved-filters', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'My saved filters of one list in this company, by name',
      querystring: z.strictObject({ list: listId }),
      response: { 200: z.object({ items: z.array(SavedFilterOut) }) },
    },
    handler: async (request) => {
      const items = await request.withTenant((ctx) => listSavedFilters(ctx, request.query.list));
      return { items: items.map(toOut) };
    },
  });

  r.post('/api/saved-filters', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'Save the current filter of a list under a name',
      description: 'Names are mine per list, whatever their case: a name I already use answers 409 with `name`.',
      body: z.strictObject({ list: listId, name: text(80), filters: ListParams }),
      response: { 201: SavedFilterOut, 409: ErrorBody },
    },
    handler: async (request, reply) => {
      const saved = await request.withTenant((ctx) => saveFilter(ctx, request.body));
      return reply.code(201).send(toOut(saved));
    },
  });

  r.delete('/api/saved-filters/:id', {
    config: { access: access.member },
    schema: {
      tags,
      summary: 'Delete one of my saved filters',
      params: idParams,
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      await request.withTenant((ctx) => deleteSavedFilter(ctx, request.params.id));
      return reply.code(204).send();
    },
  });
}
