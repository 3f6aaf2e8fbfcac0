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
  creditLimit?: string | null | undefined;
  notes?: string | null | undefined;
}

export type CustomerRow = typeof customers.$inferSelect;
