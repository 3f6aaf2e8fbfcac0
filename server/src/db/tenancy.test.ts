import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnboardedCompany, onboardCompany } from '../test/onboarding.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { queryRows } from './database.ts';

let t: TestApp;
let a: OnboardedCompany;
let b: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp();
  a = await onboardCompany(t.api, t.mail);
  b = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

/** Runs `statement` as the app role with the tenant set (or not); returns the rows or the error. */
async function inTenant<T>(tenantId: string | null, statement: ReturnType<typeof sql>): Promise<T[] | Error> {
  try {
    return await t.db.orm.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'erp_app', true)`);
      if (tenantId) await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
      return queryRows<T>(tx, statement);
    });
  } catch (error) {
    return ((error as { cause?: Error }).cause ?? error) as Error;
  }
}

describe('schema rules for every table', () => {
  it('enables row-level security on every table', async () => {
    const open = await queryRows<{ table: string }>(
      t.db.orm,
      sql`select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(open).toEqual([]);
  });

  it('gives every tenant table tenant_id first in its primary and unique keys, and the isolation policy', async () => {
    const tenantTables = await queryRows<{ table: string }>(
      t.db.orm,
      sql`select c.relname as table from pg_attribute a join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'tenant_id' and a.attnotnull`,
    );
    expect(tenantTables.map((r) => r.table)).toEqual(
      expect.arrayContaining(['memberships', 'audit_log', 'document_sequences']),
    );

    const badKeys = await queryRows<{ table: string; index: string }>(
      t.db.orm,
      sql`select c.relname as table, i.relname as index
          from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and (x.indisunique or x.indisprimary)
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and a.attnotnull)
            and (select attname from pg_attribute where attrelid = c.oid and attnum = x.indkey[0]) <> 'tenant_id'`,
    );
    expect(badKeys).toEqual([]);

    const missingPolicy = await queryRows<{ table: string }>(
      t.db.orm,
      sql`select c.relname as table from pg_attribute a join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'tenant_id' and a.attnotnull
            and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                            and p.policyname = 'tenant_isolation' and p.qual = '(tenant_id = app_tenant_id())'
                            and p.with_check = '(tenant_id = app_tenant_id())')`,
    );
    expect(missingPolicy).toEqual([]);
  });

  it('makes foreign keys between tenant tables include tenant_id', async () => {
    const crossing = await queryRows<{ constraint: string }>(
      t.db.orm,
      sql`select con.conname as constraint from pg_constraint con
          join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
          where con.contype = 'f'
            and exists (select 1 from pg_attribute a where a.attrelid = dst.oid and a.attname = 'tenant_id' and a.attnotnull)
            and not exists (select 1 from pg_attribute a where a.attrelid = src.oid and a.attnum = any(con.conkey) and a.attname = 'tenant_id')`,
    );
    expect(crossing).toEqual([]);
  });
});

describe('row-level security', () => {
  it('shows a query that forgets the tenant filter only the current tenant’s rows', async () => {
    const seen = await inTenant<{ tenant_id: string }>(a.tenantId, sql`select distinct tenant_id from memberships`);
    expect(seen).toEqual([{ tenant_id: a.tenantId }]);
    const audit = await inTenant<{ tenant_id: string }>(b.tenantId, sql`select distinct tenant_id from audit_log`);
    expect(audit).toEqual([{ tenant_id: b.tenantId }]);
    const companies = await inTenant<{ id: string }>(a.tenantId, sql`select id from tenants`);
    expect(companies).toEqual([{ id: a.tenantId }]);
  });

  it('filters prepared statements by the current tenant, however often a connection switches tenant', async () => {
    const seen = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const tenantId = i % 2 === 0 ? a.tenantId : b.tenantId;
        return t.db.withTenant(tenantId, { userId: null }, async (ctx) => ({
          tenantId,
          rows: await ctx.prepared<{ tenant_id: string }>(
            'test.memberships_seen',
            sql`select distinct tenant_id from memberships`,
          ),
        }));
      }),
    );
    for (const { tenantId, rows } of seen) expect(rows).toEqual([{ tenant_id: tenantId }]);
  });

  it('shows nothing when no tenant is set', async () => {
    expect(await inTenant(null, sql`select * from memberships`)).toEqual([]);
    expect(await inTenant(null, sql`select * from tenants`)).toEqual([]);
  });

  it('refuses to write another tenant’s rows', async () => {
    const insert = await inTenant(
      a.tenantId,
      sql`insert into audit_log (tenant_id, action, entity, entity_id) values (${b.tenantId}, 'x', 'x', ${b.tenantId})`,
    );
    expect(String(insert)).toMatch(/row-level security/);
    const update = await inTenant(
      a.tenantId,
      sql`update memberships set role = 'admin' where tenant_id = ${b.tenantId} returning id`,
    );
    expect(update).toEqual([]);
  });

  it('keeps password hashes, sessions and codes out of the app role’s reach', async () => {
    expect(String(await inTenant(a.tenantId, sql`select password_hash from users`))).toMatch(/permission denied/);
    expect(await inTenant(a.tenantId, sql`select email from users`)).toEqual([{ email: a.email }]);
    expect(String(await inTenant(a.tenantId, sql`select * from sessions`))).toMatch(/permission denied/);
    expect(String(await inTenant(a.tenantId, sql`select * from one_time_codes`))).toMatch(/permission denied/);
  });

  it('keeps the audit log append-only for the app role', async () => {
    expect(String(await inTenant(a.tenantId, sql`update audit_log set action = 'forged'`))).toMatch(
      /permission denied/,
    );
    expect(String(await inTenant(a.tenantId, sql`delete from audit_log`))).toMatch(/permission denied/);
  });
});
