import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onboardCompany } from '../server/src/test/onboarding.ts';
import { type BrowserApp, speakEnglish, startBrowserApp } from './browser-app.ts';

let browserApp: BrowserApp;
beforeAll(async () => {
  browserApp = await startBrowserApp();
});
afterAll(async () => {
  await browserApp?.close();
});

/** A tab that records console errors, uncaught errors and Content-Security-Policy violations. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browserApp.openPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 401 is the app asking whether a session exists; refused loads are what the policy causes.
    const expected = /Failed to load resource: .* 401/.test(message.text());
    if (message.type() === 'error' && !expected) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return { page, problems };
}

describe('under the Content-Security-Policy', () => {
  it('the web app loads, logs in and shows the dashboard with no violation', async () => {
    const owner = await onboardCompany(browserApp.t.api, browserApp.t.mail);
    const { page, problems } = await watchedPage();
    const response = await page.goto('/login');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByRole('textbox', { name: 'Email' }).fill(owner.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/dashboard/);
    await speakEnglish(page);
    await page.getByRole('heading').first().waitFor();
    // The colour scheme is set by a script file, since inline scripts are refused.
    expect(await page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toMatch(/^(light|dark)$/);
    await page.goto('/products');
    await page.getByRole('heading', { name: 'Products' }).first().waitFor();
    expect(problems).toEqual([]);
  });

  it('Swagger UI at /api/docs renders the operations with no violation', async () => {
    const { page, problems } = await watchedPage();
    await page.goto('/api/docs');
    await page.locator('.opblock-tag', { hasText: 'Authentication' }).waitFor();
    await page.locator('.opblock', { hasText: '/api/auth/register-company' }).waitFor();
    expect(problems).toEqual([]);
  });
});
