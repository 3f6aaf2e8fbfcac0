import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField } from '../../../platform/errors.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { listMembers } from '../../../platform/tenancy/members.ts';
import { productsInCategories, UnknownReference } from '../../catalog/index.ts';
import { countableWarehouse } from '../../inventory/index.ts';
import { type CountFrequency, stockCounts } from '../schema.ts';

defineDocumentNumbering('stock_count', 'SC');

export interface ScheduleInput {
  warehouseId: string;
  zoneIds?: string[] | undefined;
  locationIds?: string[] | undefined;
  categoryIds?: string[] | undefined;
  frequency: CountFrequency;
  plannedDate: string;
  blind?: boolean | undefined;
  teamUserIds?: string[] | undefined;
  note?: string | undefined;
}

function assertAllKnown(ids: readonly string[], known: ReadonlySet<string>, field: string, message: string) {
  for (const [i, id] of ids.entries()) if (!known.has(id)) invalidField(`${field}.${i}`, message);
}

/** The scope and team, checked against the warehouse, the catalog and the company's members. */
async function checkedSchedule(ctx: TenantContext, input: ScheduleInput) {
  const warehouse = await countableWarehouse(ctx, input.warehouseId);
  if (!warehouse) throw new UnknownReference('warehouseId', 'Warehouse');
  const zoneIds = [...new Set(input.zoneIds ?? [])];
  const locationIds = [...new Set(input.locationIds ?? [])];
  const categoryIds = [...new Set(input.categoryIds ?? [])];
  const teamUserIds = [...new Set(input.teamUserIds ?? [])];
  assertAllKnown(zoneIds, new Set(warehouse.zones.map((z) => z.id)), 'zoneIds', 'Not a zone of the warehouse');
  assertAllKnown(
    locationIds,
    new Set(warehouse.locations.map((l) => l.id)),
    'locationIds',
    'Not an active location of the warehouse',
  );
  if (categoryIds.length > 0) {
    const { missing } = await productsInCategories(ctx, categoryIds);
    const known = new Set(categoryIds.filter((id) => !missing.includes(id)));
    assertAllKnown(categoryIds, known, 'categoryIds', 'Category was not found');
  }
  if (teamUserIds.length > 0) {
    const members = new Set((await listMembers(ctx, 'member')).map((m) => m.userId));
    assertAllKnown(teamUserIds, members, 'teamUserIds', 'Not an active member of the company');
  }
  return { warehouse, zoneIds, locationIds, categoryIds, teamUserIds };
}

/** A count in `scheduled`, numbered `SC-YYYY-NNNNN` by its planned date. */
export async function scheduleStockCount(ctx: TenantContext, input: ScheduleInput): Promise<string> {
  const checked = await checkedSchedule(ctx, input);
  const number = await allocateDocumentNumber(ctx, 'stock_count', input.plannedDate);
  const [count] = await ctx.tx
    .insert(stockCounts)
    .values({
      tenantId: ctx.tenantId,
      number,
      warehouseId: checked.warehouse.id,
      warehouseName: checked.warehouse.name,
      zoneIds: checked.zoneIds,
      locationIds: checked.locationIds,
      categoryIds: checked.categoryIds,
      frequency: input.frequency,
      plannedDate: input.plannedDate,
      blind: input.blind ?? false,
      teamUserIds: checked.teamUserIds,
      note: input.note || null,
      createdBy: ctx.actor.userId,
    })
    .returning({ id: stockCounts.id });
  await recordAudit(ctx, {
    action: 'stock_count.scheduled',
    entity: 'stock_count',
    entityId: count!.id,
    after: { number, ...input },
  });
  return count!.id;
}
