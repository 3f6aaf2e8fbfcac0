import { and, eq, inArray } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { users } from '../../auth/schema.ts';
import { type Permission, permissionsOf } from '../../permissions/permissions.ts';
import { memberships } from '../../tenancy/schema.ts';

export interface ChatterMember {
  id: string;
  name: string;
}

/**
 * The company's active members who hold a permission, by name; `among` narrows to some users.
 * Chatter mentions and notifies only them: anyone else could not open the record.
 */
export async function membersWhoHold(
  ctx: TenantContext,
  permission: Permission,
  among?: readonly string[],
): Promise<ChatterMember[]> {
  if (among?.length === 0) return [];
  const rows = await ctx.tx
    .select({ id: users.id, name: users.name, role: memberships.role, jobRoles: memberships.jobRoles })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), among ? inArray(memberships.userId, [...among]) : undefined))
    .orderBy(users.name);
  // Pending and rejected members hold no permission, so they drop out here too.
  return rows
    .filter((row) => permissionsOf(row.role, row.jobRoles).has(permission))
    .map((row) => ({ id: row.id, name: row.name }));
}
