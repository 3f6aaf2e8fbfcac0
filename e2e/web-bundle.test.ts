import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';

const assets = fileURLToPath(new URL('../web/dist/assets', import.meta.url));
const files = readdirSync(assets);
const scripts = files.filter((file) => file.endsWith('.js'));

let browserApp: BrowserApp;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  browserApp = await startBrowserApp();
  page = await browserApp.openPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) requested.push(path.basename(url.pathname));
  });
});
afterAll(() => browserApp.close());

const loaded = (pageName: string) => requested.filter((file) => file.startsWith(`${pageName}-`));

describe('the web build', () => {
  it('has no script over 500 kB, and a brotli and a gzip copy of each script and style sheet over 1 kB', () => {
    const oversized = scripts.filter((file) => statSync(path.join(assets, file)).size > 500 * 1024);
    expect(oversized).toEqual([]);
    const compressible = files.filter((f) => /\.(js|css)$/.test(f) && statSync(path.join(assets, f)).size >= 1024);
    expect(compressible.length).toBeGreaterThan(10);
    for (const file of compressible) {
      expect(existsSync(path.join(assets, `${file}.br`)), `${file}.br`).toBe(true);
      expect(existsSync(path.join(assets, `${file}.gz`)), `${file}.gz`).toBe(true);
    }
  });

  it('loads each page with its own code: the login page brings no page behind login, the next page comes when visited', async () => {
    // Pages are chunks of their own, named after the page.
    for (const name of ['LoginPage', 'RegisterCompanyPage', 'DashboardPage', 'SalesOrderListPage', 'AppLayout']) {
      expect(
        scripts.some((file) => file.startsWith(`${name}-`)),
        name,
      ).toBe(true);
    }
    await page.goto('/login');
    await expect.poll(() => page.getByRole('button', { name: 'Log in' }).isVisible()).toBe(true);
    expect(loaded('LoginPage')).toHaveLength(1);
    for (const name of ['RegisterCompanyPage', 'DashboardPage', 'SalesOrderListPage', 'AppLayout']) {
      expect(loaded(name), name).toEqual([]);
    }

    await page.goto('/register');
    await expect.poll(() => loaded('RegisterCompanyPage').length).toBe(1);
    expect(loaded('SalesOrderListPage')).toEqual([]);
  });
});
