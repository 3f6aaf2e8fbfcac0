import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Database, queryRows, type TenantContext } from '../../db/database.ts';
import type { AccessTokens } from '../auth/credentials.ts';
import { sessionCache } from '../auth/session-cache.ts';
import { BadRequest, Forbidden, Unauthorized } from '../errors.ts';
import { isDeclaredPermission, type Permission, permissionsOf } from '../permissions/permissions.ts';
import type { MemberRole } from '../tenancy/schema.ts';
import { ErrorBody } from './schemas.ts';

/**
 * Every API route declares who may call it, in `config.access`; a route without a declaration
 * fails at start-up. `tenant` routes run for an active member of the company chosen by the
 * `X-Tenant-ID` header (or the user's only company) who holds the named permission.
 */
export type Access = { kind: 'public' } | { kind: 'user' } | { kind: 'tenant'; permission: Permission | null };

export const access = {
  public: { kind: 'public' } as Access,
  user: { kind: 'user' } as Access,
  /** Any active member of the company. */
  member: { kind: 'tenant', permission: null } as Access,
  tenant: (permission: Permission): Access => ({ kind: 'tenant', permission }),
};

export interface MembershipSummary {
  tenantId: string;
  membershipId: string;
  role: MemberRole;
  jobRoles: string[];
  companyName: string;
  companyCode: string;
}

export interface RequestAuth {
  userId: string;
  sessionId: string;
  memberships: MembershipSummary[];
}

export interface RequestTenant {
  tenantId: string;
  membershipId: string;
  role: MemberRole;
  jobRoles: string[];
  permissions: ReadonlySet<Permission>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
    tenant: RequestTenant | null;
    /** Runs `work` in one transaction scoped to the request's company, as the request's user. */
    withTenant<T>(work: (ctx: TenantContext) => Promise<T>): Promise<T>;
  }
}

const standardErrors = [400, 401, 403, 404, 409, 422, 429] as const;
const tenantHeader = z.object({
  'x-tenant-id': z.uuid().optional().describe('The company to act in; optional when the user belongs to one company'),
});

interface SessionMembershipRow {
  revoked_at: string | null;
  tenant_id: string | null;
  membership_id: string | null;
  role: MemberRole | null;
  job_roles: string[] | null;
  company_name: string | null;
  company_code: string | null;
}

async function loadSession(db: Database, userId: string, sessionId: string): Promise<RequestAuth> {
  const rows = await queryRows<SessionMembershipRow>(
    db.orm,
    sql`select s.revoked_at, m.tenant_id, m.id as membership_id, m.role, m.job_roles,
               t.name as company_name, t.code as company_code
        from sessions s
        left join memberships m on m.user_id = s.user_id
        left join tenants t on t.id = m.tenant_id
        where s.id = ${sessionId} and s.user_id = ${userId}
        order by t.name`,
  );
  if (rows.length === 0 || rows[0]!.revoked_at !== null) {
    throw new Unauthorized('session_ended', 'Your session has ended; log in again');
  }
  const memberships = rows
    .filter((r) => r.tenant_id !== null)
    .map((r) => ({
      tenantId: r.tenant_id!,
      membershipId: r.membership_id!,
      role: r.role!,
      jobRoles: r.job_roles ?? [],
      companyName: r.company_name!,
      companyCode: r.company_code!,
    }));
  return { userId, sessionId, memberships };
}

/**
 * What a session may still do in the company: its member's permissions, or null once the session
 * ended or its user is no longer an active member.
 */
export async function sessionPermissions(
  db: Database,
  access: { userId: string; sessionId: string; tenantId: string },
): Promise<ReadonlySet<Permission> | null> {
  const auth = await loadSession(db, access.userId, access.sessionId).catch((error) => {
    if (error instanceof Unauthorized) return null;
    throw error;
  });
  const membership = auth?.memberships.find((m) => m.tenantId === access.tenantId);
  if (!membership || membership.role === 'pending' || membership.role === 'rejected') return null;
  return permissionsOf(membership.role, membership.jobRoles);
}

function chooseMembership(request: FastifyRequest, auth: RequestAuth): MembershipSummary {
  const header = request.headers['x-tenant-id'];
  if (typeof header === 'string' && header !== '') {
    if (!z.uuid().safeParse(header).success) {
      throw new BadRequest('validation_failed', 'Invalid request. headers.x-tenant-id: Invalid UUID', {
        fields: [{ path: 'headers.x-tenant-id', message: 'Invalid UUID' }],
      });
    }
    // UUIDs are case-insensitive; the database writes them in lower case.
    const tenantId = header.toLowerCase();
    const chosen = auth.memberships.find((m) => m.tenantId === tenantId && m.role !== 'rejected');
    if (!chosen) throw new Forbidden('not_a_member', 'You are not a member of this company');
    return chosen;
  }
  const candidates = auth.memberships.filter((m) => m.role !== 'rejected');
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) throw new Forbidden('no_company', 'You are not a member of any company yet');
  throw new BadRequest('tenant_required', 'You belong to several companies: choose one with the X-Tenant-ID header', {
    companies: candidates.map((m) => ({ tenantId: m.tenantId, name: m.companyName })),
  });
}

export function resolveTenant(request: FastifyRequest, auth: RequestAuth): RequestTenant {
  const membership = chooseMembership(request, auth);
  if (membership.role === 'pending') {
    throw new Forbidden(
      'membership_pending',
      `Your request to join ${membership.companyName} is waiting for an owner or admin to approve it`,
    );
  }
  return {
    tenantId: membership.tenantId,
    membershipId: membership.membershipId,
    role: membership.role,
    jobRoles: membership.jobRoles,
    permissions: permissionsOf(membership.role, membership.jobRoles),
  };
}

async function authenticate(request: FastifyRequest, db: Database, tokens: AccessTokens): Promise<RequestAuth | null> {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw new Unauthorized('invalid_token', 'Send the access token as "Authorization: Bearer <token>"');
  }
  const claims = await tokens.verify(token);
  const cached = sessionCache.get(claims.sessionId);
  if (cached?.userId === claims.userId) return cached;
  const auth = await loadSession(db, claims.userId, claims.sessionId);
  sessionCache.set(auth);
  return auth;
}

function documentRoute(schema: Record<string, unknown>, rule: Access): void {
  schema.response ??= {};
  const response = schema.response as Record<number, unknown>;
  for (const status of standardErrors) response[status] ??= ErrorBody;
  if (rule.kind !== 'public') schema.security = [{ bearerAuth: [] }];
  if (rule.kind === 'tenant' && !schema.headers) schema.headers = tenantHeader;
  if (rule.kind === 'tenant' && rule.permission) {
    schema.description = [schema.description, `Requires permission \`${rule.permission}\`.`]
      .filter(Boolean)
      .join('\n\n');
  }
}

export function installAccessControl(app: FastifyInstance, deps: { db: Database; tokens: AccessTokens }): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('tenant', null);
  app.decorateRequest('withTenant', function withTenant<
    T,
  >(this: FastifyRequest, work: (ctx: TenantContext) => Promise<T>) {
    if (!this.tenant) throw new Error('withTenant called on a route that does not declare tenant access');
    const { tenantId } = this.tenant;
    const actor = { userId: this.auth?.userId ?? null, requestId: this.id };
    if (!this.idempotency) return deps.db.withTenant(tenantId, actor, work);
    return this.idempotency.hold((inside) => deps.db.withTenant(tenantId, actor, inside), work);
  });

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const rule = route.config?.access;
    if (!rule) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    if (rule.kind === 'tenant' && rule.permission && !isDeclaredPermission(rule.permission)) {
      throw new Error(`Route ${route.method} ${route.url} requires undeclared permission ${rule.permission}`);
    }
    route.schema ??= {};
    const schema = route.schema as Record<string, unknown>;
    if (!schema.hide && (!schema.summary || !schema.tags)) {
      throw new Error(`Route ${route.method} ${route.url} needs a summary and tags for the API documentation`);
    }
    documentRoute(schema, rule);
  });

  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule) return;
    const auth = await authenticate(request, deps.db, deps.tokens).catch((error) => {
      if (rule.kind === 'public') return null;
      throw error;
    });
    request.auth = auth;
    if (rule.kind === 'public') return;
    if (!auth) throw new Unauthorized('authentication_required', 'Log in and send the access token');
    if (rule.kind === 'user') return;
    const tenant = resolveTenant(request, auth);
    if (rule.permission && !tenant.permissions.has(rule.permission)) {
      throw new Forbidden('permission_denied', `You need the permission ${rule.permission} for this action`, {
        permission: rule.permission,
      });
    }
    request.tenant = tenant;
  });
}
