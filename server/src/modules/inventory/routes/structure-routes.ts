import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../../platform/errors.ts';
import { access } from '../../../platform/http/access.ts';
import { booleanQuery, idParams, optionalText, text } from '../../../platform/http/schemas.ts';
import { decimalInput, decimalOut } from '../../../platform/money.ts';
import { createLocation } from '../commands/create-location.ts';
import { createZone } from '../commands/create-zone.ts';
import { updateLocation } from '../commands/update-location.ts';
import { updateWarehouse } from '../commands/update-warehouse.ts';
import { updateZone } from '../commands/update-zone.ts';
import { createWarehouse, listLocations, listWarehouses } from '../locations.ts';
import { warehouseTree } from '../queries/stock-history.ts';
import { internalLocationKinds, locationKinds, zoneKinds } from '../schema.ts';

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9/_-]{0,31}$/, 'Up to 32 letters, digits, "/", "_" or "-"');
const temperature = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d)?$/, 'Degrees Celsius, e.g. "-18" or "4.5"');

const WarehouseOut = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    isDefault: z.boolean(),
    active: z.boolean(),
  })
  .meta({ id: 'Warehouse' });

const ZoneOut = z
  .object({
    id: z.uuid(),
    warehouseId: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(zoneKinds),
    minTemperature: z.string().nullable(),
    maxTemperature: z.string().nullable(),
    capacity: decimalOut.nullable(),
    capacityUnit: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Zone' });

const LocationOut = z
  .object({
    id: z.uuid(),
    warehouseId: z.uuid().nullable(),
    zoneId: z.uuid().nullable(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(locationKinds),
    isDefault: z.boolean(),
    active: z.boolean(),
  })
  .meta({ id: 'Location' });

const zoneFields = {
  code,
  name: text(100),
  kind: z.enum(zoneKinds),
  minTemperature: temperature.nullable(),
  maxTemperature: temperature.nullable(),
  capacity: decimalInput({ sign: 'positive' }).nullable(),
  capacityUnit: text(16).nullable(),
};

export function registerStructureRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Warehouses'];

  r.get('/api/warehouses', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: { tags, summary: 'Warehouses', response: { 200: z.object({ items: z.array(WarehouseOut) }) } },
    handler: (request) => request.withTenant(async (ctx) => ({ items: await listWarehouses(ctx) })),
  });

  r.post('/api/warehouses', {
    config: { access: access.tenant('inventory.warehouse.manage') },
    schema: {
      tags,
      summary: 'Create a warehouse with its stock, receiving and quarantine locations',
      body: z.strictObject({ code, name: text(100), address: optionalText(500) }),
      response: { 201: WarehouseOut },
    },
    handler: async (request, reply) => {
      const warehouse = await request.withTenant(async (ctx) => {
        const id = await createWarehouse(ctx, request.body);
        return (await listWarehouses(ctx)).find((w) => w.id === id)!;
      });
      return reply.code(201).send(warehouse);
    },
  });

  r.patch('/api/warehouses/:id', {
    config: { access: access.tenant('inventory.warehouse.manage') },
    schema: {
      tags,
      summary: 'Change or deactivate a warehouse',
      params: idParams,
      body: z.strictObject({
        name: text(100).optional(),
        address: optionalText(500).nullable(),
        active: z.boolean().optional(),
      }),
      response: { 200: WarehouseOut },
    },
    handler: (request) => request.withTenant((ctx) => updateWarehouse(ctx, request.params.id, request.body)),
  });

  r.get('/api/warehouses/:id/tree', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'A warehouse with its zones and locations, and the stock in each location',
      params: idParams,
      response: {
        200: z.object({
          warehouse: WarehouseOut,
          zones: z.array(ZoneOut),
          locations: z.array(
            LocationOut.omit({ warehouseId: true }).extend({ onHand: decimalOut, products: z.number().int() }),
          ),
        }),
      },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => {
        const tree = await warehouseTree(ctx, request.params.id);
        if (!tree) throw new NotFound('Warehouse', request.params.id);
        return tree;
      }),
  });

  r.post('/api/zones', {
    config: { access: access.tenant('inventory.warehouse.manage') },
    schema: {
      tags,
      summary: 'Create a zone of a warehouse (ambient, chiller, frozen, dangerous goods)',
      body: z
        .strictObject(zoneFields)
        .partial({ minTemperature: true, maxTemperature: true, capacity: true, capacityUnit: true })
        .extend({ warehouseId: z.uuid() }),
      response: { 201: ZoneOut },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await request.withTenant((ctx) => createZone(ctx, request.body))),
  });

  r.patch('/api/zones/:id', {
    config: { access: access.tenant('inventory.warehouse.manage') },
    schema: {
      tags,
      summary: 'Change or deactivate a zone',
      params: idParams,
      body: z.strictObject(zoneFields).partial().extend({ active: z.boolean().optional() }),
      response: { 200: ZoneOut },
    },
    handler: (request) => request.withTenant((ctx) => updateZone(ctx, request.params.id, request.body)),
  });

  r.get('/api/locations', {
    config: { access: access.tenant('inventory.stock.read') },
    schema: {
      tags,
      summary: 'Locations, of one warehouse or all (virtual locations have no warehouse)',
      querystring: z.object({
        warehouseId: z.uuid().optional(),
        kind: z.enum(locationKinds).optional(),
        active: booleanQuery.optional(),
      }),
      response: { 200: z.object({ items: z.array(LocationOut) }) },
    },
    handler: (request) => request.withTenant(async (ctx) => ({ items: await listLocations(ctx, request.query) })),
  });

  r.post('/api/locations', {
    config: { access: access.tenant('inventory.warehouse.manage') },
    schema: {
      tags,
      summary: 'Create a location in a warehouse',
      body: z.strictObject({
        warehouseId: z.uuid(),
        zoneId: z.uuid().optional(),
        code,
        name: text(100),
        kind: z.enum(internalLocationKinds),
      }),
      response: { 201: LocationOut },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await request.withTenant((ctx) => createLocation(ctx, request.body))),
  });

  r.patch('/api/locations/:id', {
    config: { access: access.tenant('inventory.warehouse.manage') },
    schema: {
      tags,
      summary: 'Change a location, make it its warehouse’s default, or deactivate it (when empty)',
      params: idParams,
      body: z.strictObject({
        name: text(100).optional(),
        zoneId: z.uuid().nullable().optional(),
        kind: z.enum(internalLocationKinds).optional(),
        isDefault: z.boolean().optional(),
        active: z.boolean().optional(),
      }),
      response: { 200: LocationOut },
    },
    handler: (request) => request.withTenant((ctx) => updateLocation(ctx, request.params.id, request.body)),
  });
}
