import type { TenantContext } from '../../../db/database.ts';
import { unitsOfMeasure } from '../schema.ts';

const defaultUnits = [
  { code: 'pcs', name: 'Pieces', decimals: 0 },
  { code: 'box', name: 'Boxes', decimals: 0 },
  { code: 'kg', name: 'Kilograms', decimals: 3 },
  { code: 'g', name: 'Grams', decimals: 0 },
  { code: 'l', name: 'Litres', decimals: 3 },
  { code: 'ml', name: 'Millilitres', decimals: 0 },
  { code: 'm', name: 'Metres', decimals: 3 },
  { code: 'h', name: 'Hours', decimals: 2 },
];

export async function seedUnitsOfMeasure(ctx: TenantContext): Promise<void> {
  await ctx.tx.insert(unitsOfMeasure).values(defaultUnits.map((u) => ({ ...u, tenantId: ctx.tenantId })));
}
