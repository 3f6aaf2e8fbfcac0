import { z } from 'zod';
import type { TenantContext } from '../../db/database.ts';
import { decimalText } from '../../platform/money.ts';
import {
  defineCompanySetting,
  readCompanySetting,
  writeCompanySetting,
} from '../../platform/settings/company-settings.ts';

/**
 * Above this total variance value (gains and losses added without their sign, at the snapshot's
 * unit costs, in the company currency) a count needs a manager's approval.
 */
export const approvalThreshold = defineCompanySetting(
  'inventory.count.approval_threshold',
  z.string().regex(/^\d{1,14}(\.\d{1,4})?$/),
  '1000',
);

export interface StockCountSettings {
  approvalThreshold: string;
}

export async function stockCountSettings(ctx: TenantContext): Promise<StockCountSettings> {
  return { approvalThreshold: await readCompanySetting(ctx, approvalThreshold) };
}

export async function changeStockCountSettings(
  ctx: TenantContext,
  input: StockCountSettings,
): Promise<StockCountSettings> {
  return { approvalThreshold: await writeCompanySetting(ctx, approvalThreshold, decimalText(input.approvalThreshold)) };
}
