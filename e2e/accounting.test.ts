import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnboardedCompany, onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, mainMenu, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let page: Page;
const screenshots = process.env.E2E_SCREENSHOTS;

async function shot(name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

async function chooseAccount(line: number, search: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: `Account of line ${line}` }).fill(search);
  await page.getByRole('option', { name: option }).click();
}

beforeAll(async () => {
  browserApp = await startBrowserApp();
  owner = await onboardCompany(browserApp.t.api, browserApp.t.mail, { currency: 'IDR' });
  page = await browserApp.openPage();
  await logIn(page, owner);
});

afterAll(async () => {
  await browserApp?.close();
});

describe('the accountant', () => {
  it('writes a manual entry, sees the difference until it balances, and posts it', async () => {
    await mainMenu(page).getByRole('link', { name: 'Journal entries' }).click();
    await page.getByRole('link', { name: 'New entry' }).click();
    await page.getByRole('textbox', { name: 'Memo', exact: true }).fill('Owner pays in capital');
    await chooseAccount(1, '1-1200', /1-1200 · Bank/);
    await page.getByRole('textbox', { name: 'Debit of line 1' }).fill('5000000');
    await chooseAccount(2, 'Paid-in', /3-1000 · Paid-in capital/);
    await page.getByRole('textbox', { name: 'Credit of line 2' }).fill('4000000');
    await expect.poll(() => page.getByTestId('entry-difference').textContent()).toMatch(/Difference .*1[.,]000[.,]000/);
    await expect(page.getByRole('button', { name: 'Save and post' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Credit of line 2' }).fill('5000000');
    await expect.poll(() => page.getByTestId('entry-difference').textContent()).toBe('Balanced');
    await shot('entry-form');
    await page.getByRole('button', { name: 'Save and post' }).click();
    await page.waitForURL(/\/accounting\/journal\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /JE-\d{4}-00001/ }).waitFor();
    await expect.poll(() => page.getByTestId('entry-line').count()).toBe(2);
    await shot('entry-detail');
  });

  it('finds it in the trial balance and the balance sheet', async () => {
    await mainMenu(page).getByRole('link', { name: 'Trial balance' }).click();
    await expect.poll(() => page.getByTestId('trial-balance-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('total-closingDebit').textContent()).toMatch(/5[.,]000[.,]000/);
    await expect(page.getByTestId('total-closingCredit').textContent()).resolves.toMatch(/5[.,]000[.,]000/);
    await shot('trial-balance');
    await mainMenu(page).getByRole('link', { name: 'Balance sheet' }).click();
    await expect.poll(() => page.getByTestId('total-assets').textContent()).toMatch(/5[.,]000[.,]000/);
    await page.getByText('Assets = liabilities + equity').waitFor();
    await shot('balance-sheet');
  });

  it('reverses the entry, after which the bank is back to zero', async () => {
    await mainMenu(page).getByRole('link', { name: 'Journal entries' }).click();
    await page.getByTestId('journal-entry-row').first().click();
    await page.getByRole('button', { name: 'Reverse' }).click();
    await page.getByRole('button', { name: 'Reverse entry' }).click();
    await page.getByRole('heading', { level: 1, name: /JE-\d{4}-00002/ }).waitFor();
    await mainMenu(page).getByRole('link', { name: 'General ledger' }).click();
    await page.getByRole('combobox', { name: 'Account' }).fill('1-1200');
    await page.getByRole('option', { name: /1-1200 · Bank/ }).click();
    await expect.poll(() => page.getByTestId('ledger-line').count()).toBe(2);
    await expect.poll(() => page.getByTestId('closing-balance').textContent()).toMatch(/(Rp|IDR)\s*0$/);
    await shot('general-ledger');
  });

  it('shows profit and loss with its monthly chart, the cash flow, the chart of accounts and the periods', async () => {
    await mainMenu(page).getByRole('link', { name: 'Profit and loss' }).click();
    await page.getByTestId('monthly-chart').waitFor();
    await shot('profit-and-loss');
    await mainMenu(page).getByRole('link', { name: 'Cash flow' }).click();
    await page.getByTestId('closing-cash').waitFor();
    await shot('cash-flow');
    await mainMenu(page).getByRole('link', { name: 'Chart of accounts' }).click();
    await expect.poll(() => page.getByTestId('account-row').count()).toBeGreaterThan(40);
    await shot('chart-of-accounts');
    await mainMenu(page).getByRole('link', { name: 'Periods' }).click();
    await page.getByTestId('fiscal-year').first().waitFor();
    await page.getByTestId('period-row').first().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByTestId('period-row').first().textContent()).toContain('Closed');
    await shot('periods');
  });
});
