import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createOrder, createProduct } from '../server/src/test/fixtures.ts';
import { addEmployee, type OnboardedCompany, onboardCompany, type Session } from '../server/src/test/onboarding.ts';
import { type BrowserApp, logIn, startBrowserApp } from './browser-app.ts';

const attachmentsDir = mkdtempSync(path.join(tmpdir(), 'chatter-e2e-'));
// A 2×2 red PNG, big enough for the browser to draw.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

let browserApp: BrowserApp;
let owner: OnboardedCompany;
let other: OnboardedCompany;
let seller: Session;
let order: { id: string; number: string };
let ownerPage: Page;
let attachmentId: string;

beforeAll(async () => {
  browserApp = await startBrowserApp({ ATTACHMENTS_DIR: attachmentsDir });
  const { api, mail } = browserApp.t;
  owner = await onboardCompany(api, mail);
  other = await onboardCompany(api, mail);
  seller = await addEmployee(api, mail, owner, { jobRoles: ['sales'] });
  const product = await createProduct(api, owner, { stock: '5' });
  const customer = await createCustomer(api, owner);
  order = await createOrder(api, owner, customer.id, [{ productId: product.id, quantity: '1' }]);
  ownerPage = await browserApp.openPage();
});

afterAll(async () => {
  await browserApp?.close();
  rmSync(attachmentsDir, { recursive: true, force: true });
});

const chatter = (page: Page) => page.getByTestId('chatter');

async function openOrder(page: Page) {
  await page.goto(`/sales-orders/${order.id}`);
  await page.getByRole('heading', { name: order.number }).waitFor();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await chatter(page).getByRole('button', { name: 'Follow' }).waitFor();
}

describe('chatter on a sales order', () => {
  it('a note with an @mention reaches the colleague’s bell and opens the order', async () => {
    await logIn(ownerPage, owner);
    await openOrder(ownerPage);
    const note = chatter(ownerPage).getByRole('textbox', { name: 'Note' });
    await note.fill('Please call the customer, @Edd');
    await ownerPage.getByRole('option', { name: 'Eddie Employee' }).click();
    await note.press('End');
    await note.pressSequentially('about the delivery date');
    await chatter(ownerPage).getByRole('button', { name: 'Post note' }).click();
    const posted = chatter(ownerPage).getByTestId('chatter-note');
    await expect
      .poll(() => posted.first().textContent())
      .toBe('Please call the customer, @Eddie Employee about the delivery date');
    // The author follows the order from now on.
    await chatter(ownerPage).getByRole('button', { name: 'Unfollow' }).waitFor();

    const sellerPage = await browserApp.openPage();
    await logIn(sellerPage, seller);
    await sellerPage.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const bell = sellerPage.getByTestId('notification');
    await expect
      .poll(() => bell.first().textContent())
      .toContain(`Olivia Owner mentioned you on Sales order ${order.number}`);
    await bell.first().click();
    await sellerPage.waitForURL(new RegExp(`/sales-orders/${order.id}$`));
    await sellerPage.getByRole('heading', { name: order.number }).waitFor();
    await sellerPage.getByRole('tab', { name: 'Notes' }).click();
    await expect
      .poll(() => chatter(sellerPage).getByTestId('chatter-note').first().textContent())
      .toContain('@Eddie Employee');
    await sellerPage.context().close();
  });

  it('an image is attached, listed under Attachments and previewed', async () => {
    await ownerPage.getByRole('tab', { name: 'Attachments' }).click();
    await chatter(ownerPage)
      .locator('input[type="file"]')
      .setInputFiles({ name: 'signed-order.png', mimeType: 'image/png', buffer: png });
    const listed = chatter(ownerPage).getByTestId('chatter-attachment');
    await expect.poll(() => listed.first().textContent()).toContain('signed-order.png');
    const stored = readdirSync(path.join(attachmentsDir, owner.tenantId));
    expect(stored).toHaveLength(1);
    attachmentId = stored[0]!;

    await chatter(ownerPage).getByRole('button', { name: 'Preview' }).click();
    const preview = ownerPage.getByTestId('attachment-preview');
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);
    await ownerPage.keyboard.press('Escape');
  });

  it('another company neither sees the order’s chatter nor gets its attachment', async () => {
    const theirPage = await browserApp.openPage();
    await logIn(theirPage, other);
    await theirPage.goto(`/sales-orders/${order.id}`);
    await theirPage
      .getByText(/was not found/)
      .first()
      .waitFor();
    expect(await chatter(theirPage).count()).toBe(0);
    await theirPage.context().close();

    const { api } = browserApp.t;
    const url = `/api/chatter/sales_order/${order.id}`;
    expect((await api.get(`${url}/attachments/${attachmentId}`, { token: other.token })).status).toBe(404);
    const upload = await api.upload(
      `${url}/attachments`,
      { name: 'theirs.png', type: 'image/png', bytes: png },
      { token: other.token },
    );
    expect(upload.status).toBe(404);
    expect(readdirSync(attachmentsDir)).toEqual([owner.tenantId]);
  });
});
