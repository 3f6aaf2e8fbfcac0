import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../server/src/test/test-app.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const webApp = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

export interface BrowserApp {
  /** The real server on a fresh database, serving the built web app. */
  t: TestApp;
  /** A new browser tab with its own cookies and storage, as another person would have. */
  openPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the server (configured by `env`, as createTestApp is) on a free port and headless Chromium in front of it. */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install it with "apt-get install chromium" or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(webApp)) throw new Error('The web app is not built. Run "npm run build -w web" first.');
  const t = await createTestApp(env);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const baseURL = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    t,
    async openPage(options = {}) {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
        ...options,
      });
      context.setDefaultTimeout(15_000);
      return context.newPage();
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

/** Logs in through the login page and lands on the dashboard. */
export async function logIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(who.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/dashboard/);
  await speakEnglish(page);
}

/**
 * Test companies are Indonesian (id-ID), so the app greets their people in Bahasa Indonesia; the
 * flows read it in English unless they test the language itself. Switches through the account menu.
 */
export async function speakEnglish(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}
