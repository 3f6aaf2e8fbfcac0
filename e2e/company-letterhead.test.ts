import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail);
  page = await browserApp.openPage();
  await logIn(page, owner);
});

afterAll(async () => {
  await browserApp?.close();
});

const letterhead = async () =>
  (await browserApp.t.api.get('/api/company/letterhead', { token: owner.token })).body as Record<string, unknown>;

describe('the letterhead on the company settings page', () => {
  it('saves the address, NPWP and a bank account that invoices print', async () => {
    await page.goto('/settings/company');
    const form = page.locator('form').filter({ has: page.getByRole('textbox', { name: 'Tax ID (NPWP)' }) });
    await form.getByRole('textbox', { name: 'Address' }).fill('Jl. Sudirman Kav. 52\nGedung Kopi Lt. 7');
    await form.getByRole('textbox', { name: 'City' }).fill('Jakarta Selatan');
    await form.getByRole('textbox', { name: 'Postal code' }).fill('12190');
    await form.getByRole('textbox', { name: 'Country' }).fill('id');
    await form.getByRole('textbox', { name: 'Tax ID (NPWP)' }).fill('01.234.567.8-012.000');
    await form.getByRole('button', { name: 'Add bank account' }).click();
    await form.getByRole('textbox', { name: 'Bank' }).fill('Bank Central Asia');
    await form.getByRole('textbox', { name: 'Account number' }).fill('123 456 7890');
    await form.getByRole('textbox', { name: 'Name on the account' }).fill('PT Kopi Gunung Jaya');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Letterhead saved').waitFor();

    expect(await letterhead()).toMatchObject({
      addressLine: 'Jl. Sudirman Kav. 52\nGedung Kopi Lt. 7',
      city: 'Jakarta Selatan',
      postalCode: '12190',
      country: 'ID',
      taxId: '01.234.567.8-012.000',
      email: null,
      bankAccounts: [
        { bankName: 'Bank Central Asia', accountNumber: '123 456 7890', accountHolder: 'PT Kopi Gunung Jaya' },
      ],
    });
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Tax ID (NPWP)' }).inputValue()).toBe('01.234.567.8-012.000');
  });

  it('uploads a logo, shows it and removes it', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('img', { name: 'Company logo' }).waitFor();
    expect(String((await letterhead()).logo)).toMatch(/^data:image\/png;base64,/);

    await page.locator('input[type="file"]').setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(300 * 1024),
    });
    await page.getByRole('alert').filter({ hasText: 'at most 200 kB' }).waitFor();

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('No logo').waitFor();
    expect((await letterhead()).logo).toBeNull();
  });
});
