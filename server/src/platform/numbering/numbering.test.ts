import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { onServer } from '../../test/test-database.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from './numbering.ts';

let t: TestApp;
let company: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp();
  company = await onboardCompany(t.api, t.mail);
  defineDocumentNumbering('test_order', 'TO');
});
afterAll(() => t.close());

const allocate = (tenantId: string, date = '2026-03-15') =>
  t.db.withTenant(tenantId, { userId: null }, (ctx) => allocateDocumentNumber(ctx, 'test_order', date));

describe('document numbering', () => {
  it(`gives 50 concurrent allocations 50 distinct consecutive numbers${onServer ? ' on 25 connections' : ''}`, async () => {
    const numbers = await Promise.all(Array.from({ length: 50 }, () => allocate(company.tenantId)));
    const expected = Array.from({ length: 50 }, (_, i) => `TO-2026-${String(i + 1).padStart(5, '0')}`);
    expect([...numbers].sort()).toEqual(expected);
  });

  it('gives the number of a rolled-back document to the next one: no gaps', async () => {
    const other = await onboardCompany(t.api, t.mail);
    expect(await allocate(other.tenantId)).toBe('TO-2026-00001');
    const failed = t.db.withTenant(other.tenantId, { userId: null }, async (ctx) => {
      await allocateDocumentNumber(ctx, 'test_order', '2026-03-15');
      throw new Error('a later step of the document failed');
    });
    await expect(failed).rejects.toThrow('later step');
    expect(await allocate(other.tenantId)).toBe('TO-2026-00002');
  });

  it('counts per company and per year', async () => {
    const other = await onboardCompany(t.api, t.mail);
    expect(await allocate(other.tenantId, '2027-01-02')).toBe('TO-2027-00001');
    expect(await allocate(other.tenantId, '2027-12-31')).toBe('TO-2027-00002');
    expect(await allocate(other.tenantId, '2026-12-31')).toBe('TO-2026-00001');
  });
});
