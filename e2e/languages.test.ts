import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmployee, type OnboardedCompany, onboardCompany, type Session } from '../server/src/test/onboarding.ts';
import { type BrowserApp, mainMenu, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let employee: Session;
let ownerPage: Page;
let employeePage: Page;

const english = { password: 'Password', logIn: 'Log in' };
const indonesian = { password: 'Kata sandi', logIn: 'Masuk' };

/** Logs in through the login page, in the words it shows, without choosing a language. */
async function logInAsIs(page: Page, who: { email: string; password: string }, words = english) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(who.email);
  await page.getByRole('textbox', { name: words.password, exact: true }).fill(who.password);
  await page.getByRole('button', { name: words.logIn }).click();
  await page.waitForURL(/\/dashboard/);
}

/** The main menu as Indonesian readers' screen readers name it. */
const menuUtama = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

beforeAll(async () => {
  browserApp = await startBrowserApp();
  const { api, mail } = browserApp.t;
  // An English-speaking company: its people read English until they choose otherwise.
  owner = await onboardCompany(api, mail, { locale: 'en-US', currency: 'USD' });
  employee = await addEmployee(api, mail, owner, { jobRoles: ['sales'] });
  ownerPage = await browserApp.openPage();
  employeePage = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

describe('each person reads the app in their own language', () => {
  it('the owner switches to Bahasa Indonesia in the account menu: menu and dashboard read Indonesian', async () => {
    const page = ownerPage;
    await logInAsIs(page, owner);
    await mainMenu(page).getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await pageLanguage(page)).toBe('en');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'id');

    await menuUtama(page).getByRole('link', { name: 'Dasbor' }).waitFor();
    await menuUtama(page).getByRole('link', { name: 'Pelanggan' }).waitFor();
    await page.getByRole('heading', { level: 1, name: /^Selamat (pagi|siang|malam), Olivia$/ }).waitFor();
    await page.getByText('Kode perusahaan', { exact: true }).waitFor();
    await page.getByText('Anda dapat melihat dan mengubah semuanya di sini.').waitFor();
    await page.getByRole('button', { name: 'Menu akun' }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).waitFor();
    await page.keyboard.press('Escape');

    const me = await browserApp.t.api.get('/api/auth/me', { token: owner.token });
    expect(me.body.user.language).toBe('id');
  });

  it('a reload keeps Bahasa Indonesia', async () => {
    const page = ownerPage;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Selamat (pagi|siang|malam), Olivia$/ }).waitFor();
    await menuUtama(page).getByRole('link', { name: 'Dasbor' }).waitFor();
    expect(await pageLanguage(page)).toBe('id');
  });

  it('after logging out, the login page greets in Indonesian', async () => {
    const page = ownerPage;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
    await page.getByText('Selamat datang kembali. Masuk ke ruang kerja perusahaan Anda.').waitFor();
    await logInAsIs(page, owner, indonesian);
    await menuUtama(page).getByRole('link', { name: 'Dasbor' }).waitFor();
  });

  it('the other member of the company still reads the company default, English', async () => {
    const page = employeePage;
    await logInAsIs(page, employee);
    await page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening), Eddie$/ }).waitFor();
    await mainMenu(page).getByRole('link', { name: 'Dashboard' }).waitFor();
    await page.getByText('You see what your job roles allow.').waitFor();
    expect(await pageLanguage(page)).toBe('en');
    expect(await mainMenu(page).getByRole('link', { name: 'Dasbor' }).count()).toBe(0);
  });
});

describe('an Indonesian company reads Bahasa Indonesia and types numbers its way', () => {
  it('greets its owner in Indonesian by default, and a price typed as 1.250.000 is saved as 1250000', async () => {
    const company = await onboardCompany(browserApp.t.api, browserApp.t.mail);
    const page = await browserApp.openPage();
    await logInAsIs(page, company);
    await page.waitForFunction(() => document.documentElement.lang === 'id');

    await menuUtama(page).getByRole('link', { name: 'Produk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Produk' }).waitFor();
    await page.getByRole('link', { name: 'Produk baru' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Produk baru' }).waitFor();
    await page.getByRole('textbox', { name: 'SKU', exact: true }).fill('KOPI-ID-1');
    await page.getByRole('textbox', { name: 'Nama', exact: true }).fill('Kopi Gayo 1 kg');
    await page.getByRole('textbox', { name: 'Harga jual', exact: true }).fill('1.250.000');
    await page.getByRole('button', { name: 'Buat produk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kopi Gayo 1 kg' }).waitFor();

    const found = await browserApp.t.api.get('/api/products?q=KOPI-ID-1', { token: company.token });
    expect(found.body.items).toHaveLength(1);
    expect(Number(found.body.items[0].salePrice)).toBe(1_250_000);
    await page
      .getByText(/Rp\s?1\.250\.000/)
      .first()
      .waitFor();
  });
});
