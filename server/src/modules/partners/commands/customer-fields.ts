import type { TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { getPaymentTerm } from '../queries/payment-term-queries.ts';
import type { CustomerType, customers } from '../schema.ts';

export interface CustomerFields {
  code: string;
  name: string;
  type: CustomerType;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  addressLine?: string | null | undefined;
  city?: string | null | undefined;
  postalCode?: string | null | undefined;
  country?: string | null | undefined;
  taxId?: string | null | undefined;
  paymentTermsDays: number;
  paymentTermId?: string | null | undefined;
  creditLimit?: string | null | undefined;
  notes?: string | null | undefined;
}

export type CustomerRow = typeof customers.$inferSelect;

/** A customer given a payment term takes its net days too, so lists and older readers see the same days. */
export async function withPaymentTermDays<T extends Partial<CustomerFields>>(
  ctx: TenantContext,
  fields: T,
): Promise<T> {
  if (!fields.paymentTermId) return fields;
  const term = await getPaymentTerm(ctx, fields.paymentTermId);
  if (!term) invalidField('paymentTermId', 'There is no such payment term');
  return { ...fields, paymentTermsDays: term.days };
}
