import type { z } from 'zod';
import type { TenantContext } from '../../db/database.ts';

export interface Month {
  from: string;
  to: string;
}

/** The days a card reads, in the company's time zone. */
export interface DashboardPeriod {
  today: string;
  thisMonth: Month;
  lastMonth: Month;
}

/**
 * One card of the home dashboard, contributed by the module that owns its data: shown to users
 * with `permission`, its figures read by `load` in one or two aggregated queries.
 */
export interface DashboardCard<Schema extends z.ZodType = z.ZodType> {
  key: string;
  permission: string;
  schema: Schema;
  load(ctx: TenantContext, period: DashboardPeriod): Promise<z.infer<Schema>>;
}

/** Keeps the card's figures typed against its schema. */
export const dashboardCard = <Schema extends z.ZodType>(card: DashboardCard<Schema>): DashboardCard =>
  card as unknown as DashboardCard;

/** First and last day of the month `offset` months from the one `today` is in. */
export function monthOf(today: string, offset: number): Month {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const last = new Date(Date.UTC(year, month + offset, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
