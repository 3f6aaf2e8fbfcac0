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

export interface MenuItem {
  label: string;
  to: NonNullable<LinkProps['to']>;
  icon: Icon;
  /** The permission in the active company that shows this item. */
  permission: string;
}

export interface MenuGroup {
  /** The module that owns these pages, e.g. `sales`. */
  module: string;
  label: string;
  items: MenuItem[];
}

/** The whole menu, grouped by module; each module adds its group here. */
export const menu: MenuGroup[] = [
  {
    module: 'home',
    label: 'Home',
    items: [{ label: 'Dashboard', to: '/dashboard', icon: IconLayoutDashboard, permission: 'dashboard.view' }],
  },
  {
    module: 'sales',
    label: 'Sales',
    items: [
      { label: 'Orders', to: '/sales-orders', icon: IconReceipt, permission: 'sales.order.read' },
      { label: 'Customers', to: '/customers', icon: IconAddressBook, permission: 'partners.customer.read' },
    ],
  },
  {
    module: 'invoicing',
    label: 'Invoicing',
    items: [
      { label: 'Invoices', to: '/invoices', icon: IconFileInvoice, permission: 'invoicing.invoice.read' },
      { label: 'Payments', to: '/payments', icon: IconCoins, permission: 'invoicing.payment.read' },
      {
        label: 'Receivables aging',
        to: '/receivables/aging',
        icon: IconClockDollar,
        permission: 'invoicing.report.read',
      },
      {
        label: 'Invoicing settings',
        to: '/invoicing/settings',
        icon: IconSettingsDollar,
        permission: 'invoicing.settings.manage',
      },
    ],
  },
  {
    module: 'catalog',
    label: 'Catalog & stock',
    items: [
      { label: 'Products', to: '/products', icon: IconPackage, permission: 'catalog.product.read' },
      { label: 'Low stock', to: '/low-stock', icon: IconAlertTriangle, permission: 'inventory.stock.read' },
    ],
  },
  {
    module: 'inventory',
    label: 'Inventory',
    items: [
      { label: 'Stock by location', to: '/inventory/stock', icon: IconLayoutList, permission: 'inventory.stock.read' },
      {
        label: 'Operations',
        to: '/inventory/operations',
        icon: IconArrowsExchange,
        permission: 'inventory.stock.read',
      },
      { label: 'Movement history', to: '/inventory/moves', icon: IconHistory, permission: 'inventory.stock.read' },
      { label: 'Lots & serials', to: '/inventory/lots', icon: IconBarcode, permission: 'inventory.stock.read' },
      { label: 'Valuation', to: '/inventory/valuation', icon: IconReportMoney, permission: 'inventory.valuation.read' },
      {
        label: 'Warehouses',
        to: '/inventory/warehouses',
        icon: IconBuildingWarehouse,
        permission: 'inventory.stock.read',
      },
      {
        label: 'Stock counts',
        to: '/inventory/stock-counts',
        icon: IconClipboardList,
        permission: 'inventory.count.read',
      },
    ],
  },
  {
    module: 'accounting',
    label: 'Accounting',
    items: [
      {
        label: 'Journal entries',
        to: '/accounting/journal',
        icon: IconNotebook,
        permission: 'accounting.journal.read',
      },
      {
        label: 'General ledger',
        to: '/accounting/reports/general-ledger',
        icon: IconBook,
        permission: 'accounting.report.read',
      },
      {
        label: 'Trial balance',
        to: '/accounting/reports/trial-balance',
        icon: IconScale,
        permission: 'accounting.report.read',
      },
      {
        label: 'Balance sheet',
        to: '/accounting/reports/balance-sheet',
        icon: IconReportAnalytics,
        permission: 'accounting.report.read',
      },
      {
        label: 'Profit and loss',
        to: '/accounting/reports/profit-and-loss',
        icon: IconChartBar,
        permission: 'accounting.report.read',
      },
      { label: 'Cash flow', to: '/accounting/reports/cash-flow', icon: IconCash, permission: 'accounting.report.read' },
      {
        label: 'Chart of accounts',
        to: '/accounting/accounts',
        icon: IconListTree,
        permission: 'accounting.journal.read',
      },
      {
        label: 'Default accounts',
        to: '/accounting/default-accounts',
        icon: IconAdjustmentsDollar,
        permission: 'accounting.journal.read',
      },
      { label: 'Periods', to: '/accounting/periods', icon: IconCalendarStats, permission: 'accounting.journal.read' },
    ],
  },
  {
    module: 'platform',
    label: 'Administration',
    items: [
      { label: 'Members', to: '/members', icon: IconUsers, permission: 'platform.members.manage' },
      {
        label: 'Company settings',
        to: '/settings/company',
        icon: IconBuilding,
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
