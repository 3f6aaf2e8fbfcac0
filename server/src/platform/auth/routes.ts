import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, Unauthorized } from '../errors.ts';
import { access, resolveTenant } from '../http/access.ts';
import { email, password, text } from '../http/schemas.ts';
import { CompanyOut, CompanyProfileInput, toCompanyOut } from '../tenancy/company-schemas.ts';
import { listMembershipsOfUser } from '../tenancy/memberships-of-user.ts';
import { memberRoles, tenants } from '../tenancy/schema.ts';
import type { AuthDeps } from './auth-deps.ts';
import { chooseLanguage } from './commands/choose-language.ts';
import { logIn } from './commands/log-in.ts';
import { requestCompanyRegistration } from './commands/register-company.ts';
import { requestPasswordReset, resetPassword } from './commands/reset-password.ts';
import { resendVerificationCode, verifyEmail } from './commands/verify-email.ts';
import { DEVICE_COOKIE_DAYS, deviceCookieName, newDeviceCookieValue } from './known-devices.ts';
import { users } from './schema.ts';
import { endSession, type IssuedTokens, refreshSession } from './sessions.ts';
import { publicUser, userLanguages } from './users.ts';

const REFRESH_COOKIE = 'erp_refresh';
export const UserOut = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    language: z
      .enum(userLanguages)
      .nullable()
      .describe("The web app's language chosen by the user; null follows the company's locale"),
  })
  .meta({ id: 'User' });

export const MembershipOut = z
  .object({
    tenantId: z.uuid(),
    membershipId: z.uuid(),
    companyName: z.string(),
    companyCode: z.string(),
    role: z.enum(memberRoles),
    jobRoles: z.array(z.string()),
  })
  .meta({ id: 'Membership' });

const TokensOut = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string().optional().describe('Absent when it was set as an httpOnly cookie'),
    expiresIn: z.number().int().describe('Seconds until the access token expires'),
  })
  .meta({ id: 'Tokens' });

const Accepted = z.object({ accepted: z.literal(true), message: z.string() });

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps & { secureCookies: boolean }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Authentication'];

  const deliverTokens = (reply: FastifyReply, tokens: IssuedTokens, via: 'body' | 'cookie') => {
    if (via === 'body') return tokens;
    reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies,
      path: '/api/auth',
      maxAge: deps.refreshTokenTtlDays * 86400,
    });
    return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn };
  };
  const presentedRefreshToken = (request: FastifyRequest, body: { refreshToken?: string | undefined }) =>
    body.refreshToken ?? request.cookies[REFRESH_COOKIE];

  r.post('/api/auth/register-company', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Register a company and its owner',
      description:
        'Creates the company with its 6-character company code (shown once the owner logs in) and emails the owner a verification code. An email that already has an account gets the same answer; nothing is created and that account is emailed instead.',
      body: z.strictObject({
        company: CompanyProfileInput,
        owner: z.strictObject({ name: text(200), email, password }),
      }),
      response: { 202: Accepted },
    },
    handler: async (request, reply) => {
      await deps.limits.perIp(request.ip);
      await requestCompanyRegistration(deps, request.body);
      return reply.code(202).send({
        accepted: true,
        message: 'Check your email for the code that verifies it',
      });
    },
  });

  r.post('/api/auth/verify-email', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Verify an email address with the emailed code',
      description:
        'Every code that does not work answers 400 `invalid_code` alike: wrong, used up (5 attempts), expired, or for an email that is unknown or already verified.',
      body: z.strictObject({
        email,
        code: z
          .string()
          .trim()
          .regex(/^\d{6}$/, 'The code has 6 digits'),
      }),
      response: { 200: z.object({ verified: z.literal(true) }) },
    },
    handler: async (request) => {
      await deps.limits.perIp(request.ip);
      await verifyEmail(deps, request.body);
      return { verified: true as const };
    },
  });

  r.post('/api/auth/resend-code', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Send a new email verification code',
      description:
        'At most one code a minute (429 with Retry-After) and five an hour. The answer is the same whether or not the account exists.',
      body: z.strictObject({ email }),
      response: { 202: Accepted },
    },
    handler: async (request, reply) => {
      await deps.limits.perIp(request.ip);
      await deps.limits.perEmailCode(request.body.email);
      await resendVerificationCode(deps, request.body.email);
      return reply
        .code(202)
        .send({ accepted: true, message: 'If the account exists and is not verified, a new code is on its way' });
    },
  });

  r.post('/api/auth/login', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Log in with email and password',
      description:
        'Returns a short-lived access token and a refresh token. With `refreshTokenIn: "cookie"` (the web app) the refresh token is set as an httpOnly cookie instead of returned. Sets a signed device cookie: after failed attempts by others, the account is slowed down (429 with Retry-After) for unknown clients only, never for a device it signed in from.',
      body: z.strictObject({
        email,
        password: z.string().min(1).max(200),
        refreshTokenIn: z.enum(['body', 'cookie']).default('body'),
      }),
      response: { 200: TokensOut.extend({ user: UserOut, memberships: z.array(MembershipOut) }) },
    },
    handler: async (request, reply) => {
      await deps.limits.perIp(request.ip);
      const session = await logIn(
        deps,
        { ...request.body, cookies: request.cookies },
        { userAgent: request.headers['user-agent'], ip: request.ip },
      );
      if (!session.knownDevice) {
        reply.setCookie(
          deviceCookieName(deps.deviceSecret, session.user.id),
          newDeviceCookieValue(deps.deviceSecret, session.user.id),
          {
            httpOnly: true,
            sameSite: 'strict',
            secure: deps.secureCookies,
            path: '/api/auth',
            maxAge: DEVICE_COOKIE_DAYS * 86400,
          },
        );
      }
      const memberships = await listMembershipsOfUser(deps.db.orm, session.user.id);
      return { ...deliverTokens(reply, session.tokens, request.body.refreshTokenIn), user: session.user, memberships };
    },
  });

  r.post('/api/auth/refresh', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Exchange a refresh token for new tokens',
      description:
        'Each refresh token works once. Presenting one that was already used ends the whole session. The web app sends no body and uses its cookie.',
      body: z.strictObject({ refreshToken: z.string().min(1).max(200).optional() }).nullish(),
      response: { 200: TokensOut },
    },
    handler: async (request, reply) => {
      const body = request.body ?? {};
      const presented = presentedRefreshToken(request, body);
      if (!presented) throw new Unauthorized('invalid_refresh_token', 'Send the refresh token');
      const tokens = await refreshSession(deps, presented).catch((error) => {
        if (error instanceof AppError && !body.refreshToken) reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
        throw error;
      });
      return deliverTokens(reply, tokens, body.refreshToken ? 'body' : 'cookie');
    },
  });

  r.post('/api/auth/logout', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Log out: end the session of the access or refresh token',
      body: z.strictObject({ refreshToken: z.string().min(1).max(200).optional() }).nullish(),
      response: { 204: z.undefined() },
    },
    handler: async (request, reply) => {
      const refreshToken = presentedRefreshToken(request, request.body ?? {});
      await endSession(deps.db, { sessionId: request.auth?.sessionId, refreshToken });
      reply.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
      return reply.code(204).send();
    },
  });

  r.get('/api/auth/me', {
    config: { access: access.user },
    schema: {
      tags,
      summary: 'The logged-in user, their companies and what they may do in the active one',
      response: {
        200: z.object({
          user: UserOut,
          memberships: z.array(MembershipOut),
          activeCompany: CompanyOut.nullable(),
          role: z.enum(memberRoles).nullable(),
          permissions: z
            .array(z.string())
            .describe('Permissions in the active company; the web menu is built from them'),
          activeCompanyProblem: z.object({ code: z.string(), message: z.string() }).nullable(),
        }),
      },
    },
    handler: async (request) => {
      const auth = request.auth!;
      const [user] = await deps.db.orm.select().from(users).where(eq(users.id, auth.userId));
      let tenant = null;
      let problem = null;
      try {
        tenant = resolveTenant(request, auth);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problem = { code: error.code, message: error.message };
      }
      const [company] = tenant ? await deps.db.orm.select().from(tenants).where(eq(tenants.id, tenant.tenantId)) : [];
      return {
        user: publicUser(user!),
        memberships: auth.memberships.filter((m) => m.role !== 'rejected'),
        activeCompany: company ? toCompanyOut(company) : null,
        role: tenant?.role ?? null,
        permissions: tenant ? [...tenant.permissions].sort() : [],
        activeCompanyProblem: problem,
      };
    },
  });

  r.put('/api/auth/me/language', {
    config: { access: access.user },
    schema: {
      tags,
      summary: "Choose the web app's language for the logged-in user",
      body: z.object({ language: z.enum(userLanguages).nullable().describe("null follows the company's locale") }),
      response: { 200: UserOut },
    },
    handler: async (request) => chooseLanguage(deps, request.auth!.userId, request.body.language),
  });

  r.post('/api/auth/forgot-password', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Email a password reset code',
      description: 'The answer does not reveal whether the account exists.',
      body: z.strictObject({ email }),
      response: { 202: Accepted },
    },
    handler: async (request, reply) => {
      await deps.limits.perIp(request.ip);
      await deps.limits.perEmailCode(request.body.email);
      await requestPasswordReset(deps, request.body.email);
      return reply
        .code(202)
        .send({ accepted: true, message: 'If an account exists for this email, a reset code is on its way' });
    },
  });

  r.post('/api/auth/reset-password', {
    config: { access: access.public },
    schema: {
      tags,
      summary: 'Set a new password with the emailed reset code',
      description:
        'Ends every session of the account and lifts its sign-in delay. Every code that does not work answers 400 `invalid_code` alike, whether or not the account exists.',
      body: z.strictObject({
        email,
        code: z
          .string()
          .trim()
          .regex(/^\d{6}$/, 'The code has 6 digits'),
        newPassword: password,
      }),
      response: { 200: z.object({ reset: z.literal(true) }) },
    },
    handler: async (request) => {
      await deps.limits.perIp(request.ip);
      await resetPassword(deps, request.body);
      return { reset: true as const };
    },
  });
}
