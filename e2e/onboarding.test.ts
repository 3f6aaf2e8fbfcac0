import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../server/src/test/test-app.ts';
import { type BrowserApp, mainMenu, speakEnglish, startBrowserApp } from './browser-app.ts';

const suffix = randomBytes(3).toString('hex');
const owner = { name: 'Olivia Owner', email: `olivia.${suffix}@example.com`, password: 'owner-password-1' };
const employee = { name: 'Evan Employee', email: `evan.${suffix}@example.com`, password: 'employee-password-1' };
const companyName = `Sumber Makmur ${suffix}`;

let browserApp: BrowserApp;
let t: TestApp;
let ownerPage: Page;
let employeePage: Page;
let companyCode: string;

async function verificationCode(email: string): Promise<string> {
  const message = await t.mail.waitFor(email, (m) => m.subject.toLowerCase().includes('verification'), 15_000);
  const code = /\b(\d{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error(`No 6-digit code in the email: ${message.text}`);
  return code;
}

/** Types the emailed code into the 6-digit input and confirms. */
async function verifyEmail(page: Page, email: string): Promise<void> {
  await page.waitForURL(/\/verify-email/);
  const code = await verificationCode(email);
  await page.getByRole('textbox', { name: 'Verification code digit' }).first().click();
  await page.keyboard.type(code);
  await page.getByRole('button', { name: 'Verify email' }).click();
  await page.waitForURL(/\/login/);
}

async function logIn(page: Page, who: { email: string; password: string }): Promise<void> {
  const email = page.getByRole('textbox', { name: 'Email' });
  expect(await email.inputValue()).toBe(who.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/dashboard/);
  await speakEnglish(page);
}

beforeAll(async () => {
  browserApp = await startBrowserApp();
  t = browserApp.t;
  ownerPage = await browserApp.openPage();
  employeePage = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
});

describe('onboarding in the browser', () => {
  it('an owner registers the company in two steps and verifies the email', async () => {
    const page = ownerPage;
    await page.goto('/register');
    await page.getByRole('textbox', { name: 'Company name' }).fill(companyName);
    expect(await page.getByRole('combobox', { name: 'Currency' }).inputValue()).toMatch(/^IDR/);
    await page.getByRole('button', { name: 'Next: owner account' }).click();

    await page.getByRole('textbox', { name: 'Your name' }).fill(owner.name);
    await page.getByRole('textbox', { name: 'Work email' }).fill(owner.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Create company' }).click();

    await verifyEmail(page, owner.email);
    await page.getByText(`${companyName} is ready`).waitFor();
  });

  it('the owner logs in and finds the company code on the dashboard', async () => {
    const page = ownerPage;
    await logIn(page, owner);
    await page.getByRole('heading', { level: 1, name: /Olivia/ }).waitFor();
    companyCode = (await page.getByTestId('company-code').textContent()) ?? '';
    expect(companyCode).toMatch(/^[A-Z0-9]{6}$/);
    await page.getByTestId('company-switcher').getByText(companyName).waitFor();
    await mainMenu(page).getByRole('link', { name: 'Members' }).waitFor();
  });

  it('an employee asks to join with the code, verifies the email and waits for approval', async () => {
    const page = employeePage;
    await page.goto('/join');
    await page.getByRole('textbox', { name: 'Company code' }).fill(companyCode.toLowerCase());
    await page.getByRole('button', { name: 'Find company' }).click();
    await page.getByText(companyName).waitFor();

    await page.getByRole('textbox', { name: 'Your name' }).fill(employee.name);
    await page.getByRole('textbox', { name: 'Email' }).fill(employee.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(employee.password);
    await page.getByRole('button', { name: 'Ask to join' }).click();

    await verifyEmail(page, employee.email);
    await logIn(page, employee);
    await page.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    expect(await mainMenu(page).getByRole('link').count()).toBe(0);
  });

  it('the bell tells the owner of the request, which the owner approves with a job role', async () => {
    const page = ownerPage;
    await page.getByTestId('notification-count').getByText('1', { exact: true }).waitFor();
    await page.getByRole('button', { name: /notifications/i }).click();
    await page
      .getByTestId('notification')
      .filter({ hasText: `${employee.name} asks to join` })
      .waitFor();
    await page.keyboard.press('Escape');
    await mainMenu(page).getByRole('link', { name: 'Members' }).click();
    await page.waitForURL(/\/members/);
    expect(await page.getByTestId('requests-count').textContent()).toBe('1');
    await page.getByRole('tab', { name: /Requests/ }).click();

    const request = page.getByTestId('join-request').filter({ hasText: employee.email });
    await request.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve join request' });
    await dialog.getByRole('checkbox', { name: 'Sales' }).check();
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('No requests waiting').waitFor();

    await page.getByRole('tab', { name: 'Members' }).click();
    const member = page.getByTestId('member').filter({ hasText: employee.email });
    await member.getByText('Sales').waitFor();
  });

  it('the approved employee reloads and works in the company, without the Members page', async () => {
    const page = employeePage;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Evan/ }).waitFor();
    await mainMenu(page).getByRole('link', { name: 'Dashboard' }).waitFor();
    expect(await mainMenu(page).getByRole('link', { name: 'Members' }).count()).toBe(0);
    expect(await mainMenu(page).getByRole('link', { name: 'Company settings' }).count()).toBe(0);

    await page.goto('/members');
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
  });
});
