import type { MemberRole } from '../tenancy/schema.ts';

/** `<module>.<entity>.<action>`, e.g. `sales.order.confirm`. */
export type Permission = string;

export interface PermissionDefinition {
  key: Permission;
  module: string;
  description: string;
}

const registry = new Map<Permission, PermissionDefinition>();

/** Each module declares its permissions once; routes may only require declared ones. */
export function definePermissions<const K extends string>(module: string, entries: Record<K, string>): Record<K, K> {
  const keys = {} as Record<K, K>;
  for (const [key, description] of Object.entries(entries) as [K, string][]) {
    if (!key.startsWith(`${module}.`)) throw new Error(`Permission ${key} must start with "${module}."`);
    registry.set(key, { key, module, description });
    keys[key] = key;
  }
  return keys;
}

export function isDeclaredPermission(key: string): boolean {
  return registry.has(key);
}

export function declaredPermissions(): PermissionDefinition[] {
  return [...registry.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export const jobRoleNames = [
  'sales',
  'warehouse',
  'purchasing',
  'production',
  'quality',
  'finance',
  'hr',
  'manager',
] as const;
export type JobRole = (typeof jobRoleNames)[number];

interface JobRoleDefinition {
  label: string;
  /** Patterns: an exact key, `module.*`, or `module.*.action`. */
  grants: string[];
  except?: string[];
}

/**
 * Job roles as data. Patterns keep them valid as modules add permissions; approvals and
 * overrides are listed explicitly so a broad pattern never hands them out by accident.
 */
export const jobRoles: Record<JobRole, JobRoleDefinition> = {
  sales: {
    label: 'Sales',
    grants: ['sales.*', 'crm.*', 'catalog.*.read', 'partners.customer.*', 'inventory.stock.read', 'invoicing.*.read'],
    except: ['sales.order.override_credit_limit'],
  },
  warehouse: {
    label: 'Warehouse',
    grants: [
      'inventory.*',
      'logistics.*',
      'catalog.*.read',
      'sales.order.read',
      'sales.order.deliver',
      'sales.order.return',
      'purchasing.order.read',
    ],
    except: ['inventory.count.approve'],
  },
  purchasing: {
    label: 'Purchasing',
    grants: ['purchasing.*', 'partners.vendor.*', 'catalog.*.read', 'inventory.stock.read', 'inventory.reorder.notify'],
    except: ['purchasing.request.approve'],
  },
  // Production and quality staff help with stock counts: they count (blind counts hide the
  // system quantities from them) but neither review nor approve.
  production: {
    label: 'Production',
    grants: [
      'manufacturing.*',
      'maintenance.*',
      'catalog.*.read',
      'inventory.stock.read',
      'inventory.count.read',
      'inventory.count.record',
    ],
  },
  quality: {
    label: 'Quality',
    grants: ['quality.*', 'catalog.*.read', 'inventory.stock.read', 'inventory.count.read', 'inventory.count.record'],
  },
  finance: {
    label: 'Finance',
    grants: ['accounting.*', 'invoicing.*', 'catalog.*.read', 'partners.*.read', 'sales.*.read', 'purchasing.*.read'],
  },
  hr: { label: 'HR', grants: ['hr.*'] },
  manager: { label: 'Manager', grants: ['*', 'platform.audit.read'], except: ['platform.*'] },
};

/** What every active member may do, whatever their job roles. */
const everyMember = ['dashboard.view'];

function matches(pattern: string, key: string): boolean {
  if (pattern === '*') return true;
  const p = pattern.split('.');
  const k = key.split('.');
  if (p.at(-1) === '*' && p.length <= k.length) return p.slice(0, -1).every((part, i) => part === k[i]);
  return p.length === k.length && p.every((part, i) => part === '*' || part === k[i]);
}

function grantedBy(definition: JobRoleDefinition, key: string): boolean {
  const excluded = definition.except?.some((pattern) => matches(pattern, key)) ?? false;
  const explicit = definition.grants.includes(key);
  return explicit || (!excluded && definition.grants.some((pattern) => matches(pattern, key)));
}

/** Owners and admins may do everything; members what their job roles grant; others nothing. */
export function permissionsOf(role: MemberRole, memberJobRoles: readonly string[]): Set<Permission> {
  const all = [...registry.keys()];
  if (role === 'owner' || role === 'admin') return new Set(all);
  if (role !== 'member') return new Set();
  const roles = memberJobRoles.filter((r): r is JobRole => r in jobRoles).map((r) => jobRoles[r]);
  return new Set(all.filter((key) => everyMember.includes(key) || roles.some((def) => grantedBy(def, key))));
}
