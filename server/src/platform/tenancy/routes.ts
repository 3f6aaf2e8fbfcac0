import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import { BadRequest } from '../errors.ts';
import { access } from '../http/access.ts';
import { email, idParams, iso, password, text, timestampOut } from '../http/schemas.ts';
import { type JobRole, jobRoleNames, jobRoles, permissionsOf } from '../permissions/permissions.ts';
import { CompanyOut, CompanyProfilePatch, toCompanyOut } from './company-schemas.ts';
import { findCompanyByCode, joinCompany } from './join-company.ts';
import { approveMember, changeMemberRole, listMembers, type MemberView, rejectMember } from './members.ts';
import { memberRoles, tenants } from './schema.ts';

const companyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/, 'A company code has 6 letters or digits');

const JobRoleKey = z.enum(jobRoleNames);

const MemberOut = z
  .object({
    id: z.uuid().describe('Membership id'),
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(memberRoles),
    jobRoles: z.array(JobRoleKey),
    requestedAt: timestampOut,
    decidedAt: timestampOut.nullable(),
  })
  .meta({ id: 'Member' });

const toMemberOut = (m: MemberView) => ({
  ...m,
  jobRoles: m.jobRoles.filter((r): r is JobRole => (jobRoleNames as readonly string[]).includes(r)),
  requestedAt: iso(m.requestedAt),
  decidedAt: iso(m.decidedAt),
});
const grantableRole = z.enum(['owner', 'admin', 'member']);

export function registerTenancyRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const membersTags = ['Members'];

  r.get('/api/companies/by-code/:code', {
    config: { access: access.public },
    schema: {
      tags: ['Authentication'],
      summary: 'Look up a company by its code before asking to join (name only)',
      params: z.strictObject({ code: companyCode }),
      response: { 200: z.object({ name: z.string() }) },
    },
    handler: async (request) => {
      await deps.limits.perIp(request.ip);
      const company = await findCompanyByCode(deps, request.params.code);
      return { name: company.name };
    },
  });

  r.post('/api/auth/join-company', {
    config: { access: access.public },
    schema: {
      tags: ['Authentication'],
      summary: 'Ask to join a company by its code',
      description:
        'Creates the account (or uses an existing one with its password) and a pending membership that an owner or admin approves; they are notified once the email is verified. The answer is the same whether the email is new, has an account, or the password is wrong (which records nothing and counts against the account’s sign-in limit); what happened is emailed to the address.',
      body: z.strictObject({ companyCode, name: text(200), email, password }),
      response: {
        202: z.object({ accepted: z.literal(true), company: z.object({ name: z.string() }), message: z.string() }),
      },
    },
    handler: async (request, reply) => {
      await deps.limits.perIp(request.ip);
      return reply.code(202).send(await joinCompany(deps, request.body, { cookies: request.cookies }));
    },
  });

  r.get('/api/members', {
    config: { access: access.tenant('platform.members.manage') },
    schema: {
      tags: membersTags,
      summary: 'List members, or pending join requests',
      querystring: z.object({ status: z.enum(['pending', 'member']).default('member') }),
      response: { 200: z.object({ items: z.array(MemberOut) }) },
    },
    handler: async (request) => {
      const items = await request.withTenant((ctx) => listMembers(ctx, request.query.status));
      return { items: items.map(toMemberOut) };
    },
  });

  r.post('/api/members/:id/approve', {
    config: { access: access.tenant('platform.members.manage') },
    schema: {
      tags: membersTags,
      summary: 'Approve a pending join request',
      params: idParams,
      body: z
        .strictObject({
          role: grantableRole.default('member'),
          jobRoles: z.array(JobRoleKey).max(jobRoleNames.length).default([]),
        })
        .nullish()
        .describe('Omit to approve as a member without job roles'),
      response: { 200: MemberOut },
    },
    handler: async (request) => {
      const member = await request.withTenant((ctx) =>
        approveMember(ctx, request.tenant!.role, request.params.id, request.body ?? { role: 'member', jobRoles: [] }),
      );
      return toMemberOut(member);
    },
  });

  r.post('/api/members/:id/reject', {
    config: { access: access.tenant('platform.members.manage') },
    schema: {
      tags: membersTags,
      summary: 'Reject a pending join request',
      params: idParams,
      response: { 200: MemberOut },
    },
    handler: async (request) => toMemberOut(await request.withTenant((ctx) => rejectMember(ctx, request.params.id))),
  });

  r.patch('/api/members/:id', {
    config: { access: access.tenant('platform.members.manage') },
    schema: {
      tags: membersTags,
      summary: 'Change a member’s role or job roles',
      description: 'Only an owner may grant or change the owner role; nobody changes their own membership.',
      params: idParams,
      body: z.strictObject({
        role: grantableRole.optional(),
        jobRoles: z.array(JobRoleKey).max(jobRoleNames.length).optional(),
      }),
      response: { 200: MemberOut },
    },
    handler: async (request) => {
      if (request.body.role === undefined && request.body.jobRoles === undefined) {
        throw new BadRequest('validation_failed', 'Invalid request. Send role, jobRoles or both', {
          fields: [{ path: 'role', message: 'Send role, jobRoles or both' }],
        });
      }
      const member = await request.withTenant((ctx) =>
        changeMemberRole(ctx, request.tenant!.role, request.params.id, request.body),
      );
      return toMemberOut(member);
    },
  });

  r.get('/api/job-roles', {
    config: { access: access.member },
    schema: {
      tags: membersTags,
      summary: 'The job roles that can be given to members, with the permissions each grants',
      response: {
        200: z.object({
          items: z.array(z.object({ key: JobRoleKey, label: z.string(), permissions: z.array(z.string()) })),
        }),
      },
    },
    handler: async () => ({
      items: jobRoleNames.map((key) => ({
        key,
        label: jobRoles[key].label,
        permissions: [...permissionsOf('member', [key])].sort(),
      })),
    }),
  });

  r.get('/api/company', {
    config: { access: access.member },
    schema: { tags: ['Company'], summary: 'The active company’s profile', response: { 200: CompanyOut } },
    handler: async (request) =>
      request.withTenant(async (ctx) => {
        const [company] = await ctx.tx.select().from(tenants).where(eq(tenants.id, ctx.tenantId));
        return toCompanyOut(company!);
      }),
  });

  r.patch('/api/company', {
    config: { access: access.tenant('platform.settings.manage') },
    schema: {
      tags: ['Company'],
      summary: 'Change the active company’s profile',
      body: CompanyProfilePatch,
      response: { 200: CompanyOut },
    },
    handler: async (request) =>
      request.withTenant(async (ctx) => {
        const [before] = await ctx.tx.select().from(tenants).where(eq(tenants.id, ctx.tenantId)).for('update');
        const [after] = await ctx.tx.update(tenants).set(request.body).where(eq(tenants.id, ctx.tenantId)).returning();
        await recordAudit(ctx, { action: 'company.updated', entity: 'company', entityId: ctx.tenantId, before, after });
        return toCompanyOut(after!);
      }),
  });
}
