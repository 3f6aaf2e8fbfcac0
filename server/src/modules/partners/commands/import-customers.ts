import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import type { ImportCheck, ImportRow } from '../../../platform/imports/import-kind.ts';
import type { CustomerType } from '../schema.ts';

/** A customer row of an import; null where the cell was empty. */
export interface ImportedCustomer {
  code: string;
  name: string;
  type: CustomerType | null;
  email: string | null;
  phone: string | null;
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
  taxId: string | null;
  paymentTermsDays: number | null;
  creditLimit: string | null;
  notes: string | null;
}

const chunkSize = 5_000;

export async function checkCustomerImport(
  ctx: TenantContext,
  rows: ImportRow<ImportedCustomer>[],
): Promise<ImportCheck> {
  const codes = rows.map((r) => r.record.code.toLowerCase());
  const existing = await queryRows<{ code: string }>(
    ctx.tx,
    // A join, not `= any(array)`: that compares every stored row with every key of the file.
    sql`select k.code from customers c join unnest(${sql.param(codes)}::text[]) as k(code) on lower(c.code) = k.code
        where c.tenant_id = ${ctx.tenantId}`,
  );
  return { existingKeys: new Set(existing.map((e) => e.code)), errors: [] };
}

/** Which file column overwrites which customer column on upsert. */
const updatedColumns: Record<string, string> = {
  name: 'name',
  type: 'type',
  email: 'email',
  phone: 'phone',
  addressLine: 'address_line',
  city: 'city',
  postalCode: 'postal_code',
  country: 'country',
  taxId: 'tax_id',
  paymentTermsDays: 'payment_terms_days',
  creditLimit: 'credit_limit',
  notes: 'notes',
};

/** Each chunk of rows is one `insert ... select from unnest(...)`, upserting on the code index when asked. */
export async function commitCustomerImport(
  ctx: TenantContext,
  rows: ImportRow<ImportedCustomer>[],
  options: { upsert: boolean; columns: readonly string[] },
): Promise<{ createdIds: string[]; updated: number }> {
  const updates = options.columns.flatMap((c) =>
    updatedColumns[c] ? [`${updatedColumns[c]} = excluded.${updatedColumns[c]}`] : [],
  );
  const onConflict = options.upsert
    ? sql.raw(`on conflict (tenant_id, lower(code)) do update set ${[...updates, 'updated_at = now()'].join(', ')}`)
    : sql.raw('');
  const createdIds: string[] = [];
  let updated = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize).map((r) => r.record);
    const column = <K extends keyof ImportedCustomer>(key: K) => sql.param(chunk.map((c) => c[key]));
    const written = await queryRows<{ id: string; created: boolean }>(
      ctx.tx,
      sql`
        insert into customers (tenant_id, code, name, type, email, phone, address_line, city, postal_code, country,
                               tax_id, payment_terms_days, credit_limit, notes)
        select ${ctx.tenantId}, r.code, r.name, coalesce(r.type, 'retail'), r.email, r.phone, r.address_line, r.city,
               r.postal_code, r.country, r.tax_id, coalesce(r.payment_terms_days, 0), r.credit_limit, r.notes
        from unnest(${column('code')}::text[], ${column('name')}::text[], ${column('type')}::text[],
                    ${column('email')}::text[], ${column('phone')}::text[], ${column('addressLine')}::text[],
                    ${column('city')}::text[], ${column('postalCode')}::text[], ${column('country')}::text[],
                    ${column('taxId')}::text[], ${column('paymentTermsDays')}::integer[],
                    ${column('creditLimit')}::numeric[], ${column('notes')}::text[])
             as r(code, name, type, email, phone, address_line, city, postal_code, country, tax_id,
                  payment_terms_days, credit_limit, notes)
        ${onConflict}
        returning id, (xmax = 0) as created`,
    );
    for (const row of written) {
      if (row.created) createdIds.push(row.id);
      else updated += 1;
    }
  }
  return { createdIds, updated };
}
