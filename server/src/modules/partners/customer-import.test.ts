import { afterAll, beforeAll, expect, it } from 'vitest';
import { type OnboardedCompany, onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: OnboardedCompany;
beforeAll(async () => {
  t = await createTestApp();
  owner = await onboardCompany(t.api, t.mail);
});
afterAll(() => t.close());

const csv = (text: string) => ({ name: 'customers.csv', type: 'text/csv', bytes: Buffer.from(text, 'utf8') });
const send = (step: 'preview' | 'commit', text: string, fields: Record<string, string> = {}) =>
  t.api.upload(`/api/imports/customers/${step}`, csv(text), { token: owner.token, fields });

async function customersLike(prefix: string) {
  const list = await t.api.get(`/api/customers?q=${prefix}&limit=200`, { token: owner.token });
  expect(list.status).toBe(200);
  return (
    list.body.items as Array<{ code: string; name: string; creditLimit: string | null; paymentTermsDays: number }>
  )
    .map((c) => [c.code, c.name, c.creditLimit, c.paymentTermsDays])
    .sort();
}

const header = 'Kode Pelanggan;Nama;Email;Negara;Termin;Plafon\n';

it('imports customers all or nothing, and upserts them by code', async () => {
  const bad = `${header}CI-1;Toko Maju;order@maju.co.id;ID;30;50.000.000\nCI-2;Toko Jaya;not-an-email;Indonesia;400;\n`;
  const preview = await send('preview', bad);
  expect(preview.status, JSON.stringify(preview.body)).toBe(200);
  expect(preview.body.errors).toEqual([
    { row: 3, column: 'email', message: 'Not an email address' },
    { row: 3, column: 'country', message: 'Two-letter ISO country code, e.g. ID' },
    { row: 3, column: 'paymentTermsDays', message: 'Must be between 0 and 365' },
  ]);
  expect((await send('commit', bad)).status).toBe(422);
  expect(await customersLike('CI-')).toEqual([]);

  const good = `${header}CI-1;Toko Maju;order@maju.co.id;id;30;50.000.000\nCI-2;Toko Jaya;;ID;;\n`;
  const commit = await send('commit', good);
  expect(commit.status, JSON.stringify(commit.body)).toBe(200);
  expect(commit.body).toMatchObject({ created: 2, updated: 0 });
  expect(await customersLike('CI-')).toEqual([
    ['CI-1', 'Toko Maju', '50000000', 30],
    ['CI-2', 'Toko Jaya', null, 0],
  ]);

  const upsert = await send('commit', `${header}ci-2;Toko Jaya Abadi;;ID;14;10.000.000,5\n`, { upsert: 'true' });
  expect(upsert.body).toMatchObject({ created: 0, updated: 1 });
  expect(await customersLike('CI-')).toEqual([
    ['CI-1', 'Toko Maju', '50000000', 30],
    ['CI-2', 'Toko Jaya Abadi', '10000000.5', 14],
  ]);
});
