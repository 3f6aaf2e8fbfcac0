import {
  type Icon,
  IconAddressBook,
  IconAdjustmentsDollar,
  IconAlertTriangle,
  IconArrowsExchange,
  IconBarcode,
  IconBook,
  IconBuilding,
  IconBuildingWarehouse,
  IconCalendarDue,
  IconCalendarStats,
  IconCash,
  IconChartBar,
  IconClipboardList,
  IconClockDollar,
  IconCoins,
  IconFileInvoice,
  IconHistory,
  IconLayoutDashboard,
  IconLayoutList,
  IconListTree,
  IconNotebook,
  IconPackage,
  IconReceipt,
  IconReportAnalytics,
  IconReportMoney,
  IconScale,
  IconSettingsDollar,
  IconUsers,
} from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import type { catalogs } from '../i18n/resources.ts';

/** A menu label: a key of the shell's catalog. */
type MenuLabel = `menu.${keyof (typeof catalogs)['en']['app']['menu']}`;

export interface MenuItem {
  label: MenuLabel;
  to: NonNullable<LinkProps['to']>;
  icon: Icon;
  /** The permission in the active company that shows this item. */
  permission: string;
}

export interface MenuGroup {
  /** The module that owns these pages, e.g. `sales`. */
  module: string;
  label: MenuLabel;
  items: MenuItem[];
}

/** The whole menu, grouped by module; each module adds its group here. */
export const menu: MenuGroup[] = [
  {
    module: 'home',
    label: 'menu.home',
    items: [{ label: 'menu.dashboard', to: '/dashboard', icon: IconLayoutDashboard, permission: 'dashboard.view' }],
  },
  {
    module: 'sales',
    label: 'menu.sales',
    items: [
      { label: 'menu.orders', to: '/sales-orders', icon: IconReceipt, permission: 'sales.order.read' },
      { label: 'menu.customers', to: '/customers', icon: IconAddressBook, permission: 'partners.customer.read' },
    ],
  },
  {
    module: 'invoicing',
    label: 'menu.invoicing',
    items: [
      { label: 'menu.invoices', to: '/invoices', icon: IconFileInvoice, permission: 'invoicing.invoice.read' },
      { label: 'menu.payments', to: '/payments', icon: IconCoins, permission: 'invoicing.payment.read' },
      {
        label: 'menu.receivablesAging',
        to: '/receivables/aging',
        icon: IconClockDollar,
        permission: 'invoicing.report.read',
      },
      {
        label: 'menu.invoicingSettings',
        to: '/invoicing/settings',
        icon: IconSettingsDollar,
        permission: 'invoicing.settings.manage',
      },
    ],
  },
  {
    module: 'catalog',
    label: 'menu.catalogAndStock',
    items: [
      { label: 'menu.products', to: '/products', icon: IconPackage, permission: 'catalog.product.read' },
      { label: 'menu.lowStock', to: '/low-stock', icon: IconAlertTriangle, permission: 'inventory.stock.read' },
    ],
  },
  {
    module: 'inventory',
    label: 'menu.inventory',
    items: [
      {
        label: 'menu.stockByLocation',
        to: '/inventory/stock',
        icon: IconLayoutList,
        permission: 'inventory.stock.read',
      },
      {
        label: 'menu.operations',
        to: '/inventory/operations',
        icon: IconArrowsExchange,
        permission: 'inventory.stock.read',
      },
      { label: 'menu.movementHistory', to: '/inventory/moves', icon: IconHistory, permission: 'inventory.stock.read' },
      { label: 'menu.lotsAndSerials', to: '/inventory/lots', icon: IconBarcode, permission: 'inventory.stock.read' },
      {
        label: 'menu.valuation',
        to: '/inventory/valuation',
        icon: IconReportMoney,
        permission: 'inventory.valuation.read',
      },
      {
        label: 'menu.warehouses',
        to: '/inventory/warehouses',
        icon: IconBuildingWarehouse,
        permission: 'inventory.stock.read',
      },
      {
        label: 'menu.stockCounts',
        to: '/inventory/stock-counts',
        icon: IconClipboardList,
        permission: 'inventory.count.read',
      },
    ],
  },
  {
    module: 'accounting',
    label: 'menu.accounting',
    items: [
      {
        label: 'menu.journalEntries',
        to: '/accounting/journal',
        icon: IconNotebook,
        permission: 'accounting.journal.read',
      },
      {
        label: 'menu.generalLedger',
        to: '/accounting/reports/general-ledger',
        icon: IconBook,
        permission: 'accounting.report.read',
      },
      {
        label: 'menu.trialBalance',
        to: '/accounting/reports/trial-balance',
        icon: IconScale,
        permission: 'accounting.report.read',
      },
      {
        label: 'menu.balanceSheet',
        to: '/accounting/reports/balance-sheet',
        icon: IconReportAnalytics,
        permission: 'accounting.report.read',
      },
      {
        label: 'menu.profitAndLoss',
        to: '/accounting/reports/profit-and-loss',
        icon: IconChartBar,
        permission: 'accounting.report.read',
      },
      {
        label: 'menu.cashFlow',
        to: '/accounting/reports/cash-flow',
        icon: IconCash,
        permission: 'accounting.report.read',
      },
      {
        label: 'menu.chartOfAccounts',
        to: '/accounting/accounts',
        icon: IconListTree,
        permission: 'accounting.journal.read',
      },
      {
        label: 'menu.defaultAccounts',
        to: '/accounting/default-accounts',
        icon: IconAdjustmentsDollar,
        permission: 'accounting.journal.read',
      },
      {
        label: 'menu.periods',
        to: '/accounting/periods',
        icon: IconCalendarStats,
        permission: 'accounting.journal.read',
      },
    ],
  },
  {
    module: 'platform',
    label: 'menu.administration',
    items: [
      { label: 'menu.members', to: '/members', icon: IconUsers, permission: 'platform.members.manage' },
      {
        label: 'menu.companySettings',
        to: '/settings/company',
        icon: IconBuilding,
        permission: 'platform.settings.manage',
      },
      {
        label: 'menu.paymentTerms',
        to: '/settings/payment-terms',
        icon: IconCalendarDue,
        permission: 'platform.settings.manage',
      },
    ],
  },
];

/** The groups and items a user with these permissions may open; empty groups are left out. */
export function menuFor(permissions: readonly string[]): MenuGroup[] {
  const held = new Set(permissions);
  return menu
    .map((group) => ({ ...group, items: group.items.filter((item) => held.has(item.permission)) }))
    .filter((group) => group.items.length > 0);
}
