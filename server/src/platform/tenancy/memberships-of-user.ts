import { sql } from 'drizzle-orm';
import { type Orm, queryRows } from '../../db/database.ts';
import type { MembershipSummary } from '../http/access.ts';

/** Every company the user belongs to or is waiting to join, across tenants (platform path). */
export function listMembershipsOfUser(orm: Orm, userId: string): Promise<MembershipSummary[]> {
  return queryRows<MembershipSummary>(
    orm,
    sql`select m.tenant_id as "tenantId", m.id as "membershipId", t.name as "companyName", t.code as "companyCode",
               m.role, m.job_roles as "jobRoles"
        from memberships m join tenants t on t.id = m.tenant_id
        where m.user_id = ${userId} and m.role <> 'rejected' order by t.name`,
  );
}
