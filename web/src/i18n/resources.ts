/** The catalogs of every namespace: one per module, plus the shell (`app`) and the kit (`ui`). */
import appEn from '../app/i18n/en.json';
import appId from '../app/i18n/id.json';
import accountingEn from '../modules/accounting/i18n/en.json';
import accountingId from '../modules/accounting/i18n/id.json';
import catalogEn from '../modules/catalog/i18n/en.json';
import catalogId from '../modules/catalog/i18n/id.json';
import companyEn from '../modules/company/i18n/en.json';
import companyId from '../modules/company/i18n/id.json';
import dashboardEn from '../modules/dashboard/i18n/en.json';
import dashboardId from '../modules/dashboard/i18n/id.json';
import inventoryEn from '../modules/inventory/i18n/en.json';
import inventoryId from '../modules/inventory/i18n/id.json';
import invoicingEn from '../modules/invoicing/i18n/en.json';
import invoicingId from '../modules/invoicing/i18n/id.json';
import membersEn from '../modules/members/i18n/en.json';
import membersId from '../modules/members/i18n/id.json';
import onboardingEn from '../modules/onboarding/i18n/en.json';
import onboardingId from '../modules/onboarding/i18n/id.json';
import partnersEn from '../modules/partners/i18n/en.json';
import partnersId from '../modules/partners/i18n/id.json';
import salesEn from '../modules/sales/i18n/en.json';
import salesId from '../modules/sales/i18n/id.json';
import stockcountsEn from '../modules/stock-counts/i18n/en.json';
import stockcountsId from '../modules/stock-counts/i18n/id.json';
import uiEn from '../ui/i18n/en.json';
import uiId from '../ui/i18n/id.json';

const en = {
  app: appEn,
  ui: uiEn,
  onboarding: onboardingEn,
  members: membersEn,
  company: companyEn,
  dashboard: dashboardEn,
  catalog: catalogEn,
  partners: partnersEn,
  sales: salesEn,
  invoicing: invoicingEn,
  inventory: inventoryEn,
  'stock-counts': stockcountsEn,
  accounting: accountingEn,
};

/** Indonesian has every key English has: the type says so, `catalogs.test.ts` checks both ways. */
const id: typeof en = {
  app: appId,
  ui: uiId,
  onboarding: onboardingId,
  members: membersId,
  company: companyId,
  dashboard: dashboardId,
  catalog: catalogId,
  partners: partnersId,
  sales: salesId,
  invoicing: invoicingId,
  inventory: inventoryId,
  'stock-counts': stockcountsId,
  accounting: accountingId,
};

export const catalogs = { en, id };
