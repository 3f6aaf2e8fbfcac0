import {
  type Icon,
  IconAddressBook,
  IconAlertTriangle,
  IconBuilding,
  IconLayoutDashboard,
  IconPackage,
  IconReceipt,
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
    module: 'catalog',
    label: 'Catalog & stock',
    items: [
      { label: 'Products', to: '/products', icon: IconPackage, permission: 'catalog.product.read' },
      { label: 'Low stock', to: '/low-stock', icon: IconAlertTriangle, permission: 'inventory.stock.read' },
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
