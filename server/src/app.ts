import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { registerAuditRoutes } from './platform/audit/routes.ts';
import type { AuthDeps } from './platform/auth/auth-deps.ts';
import { AccessTokens } from './platform/auth/credentials.ts';
import { createAuthRateLimits } from './platform/auth/rate-limits.ts';
import { registerAuthRoutes } from './platform/auth/routes.ts';
import { listenForAccessChanges } from './platform/auth/session-cache.ts';
import { registerChatterRoutes } from './platform/chatter/routes.ts';
import { createAttachmentStore } from './platform/chatter/storage.ts';
import { registerHealthRoutes } from './platform/health/routes.ts';
import { installAccessControl } from './platform/http/access.ts';
import { installErrorHandling } from './platform/http/error-handler.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { installRequestSecurity } from './platform/http/security.ts';
import { installIdempotency, purgeExpiredIdempotencyKeys } from './platform/idempotency/idempotency.ts';
import { registerImportRoutes } from './platform/imports/routes.ts';
import { housekeepingJob, housekeepingSchedule } from './platform/jobs/housekeeping.ts';
import { registerJobRoutes } from './platform/jobs/routes.ts';
import { JobRunner } from './platform/jobs/runner.ts';
import { mailHandler } from './platform/mail/mail-handler.ts';
import { createMailer, type Mailer } from './platform/mail/mailer.ts';
import { registerNotificationRoutes } from './platform/notifications/routes.ts';
import { OutboxDispatcher } from './platform/outbox/dispatcher.ts';
import './platform/permissions/platform-permissions.ts';
import { modules } from './modules/index.ts';
import { registerSavedFilterRoutes } from './platform/saved-filters/routes.ts';
import { registerSearchRoutes } from './platform/search/routes.ts';
import { registerLetterheadRoutes } from './platform/settings/letterhead-routes.ts';
import { deriveKey, loadServerSecret } from './platform/settings/signing-secret.ts';
import { registerTenancyRoutes } from './platform/tenancy/routes.ts';
import { serverRoot } from './server-root.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  /** Replaces the SMTP or log mailer (tests capture the codes a user would receive). */
  mailer?: Mailer;
  logger?: boolean;
  /** The time exports are stamped and named with (tests pin it); the system clock by default. */
  now?: () => Date;
}

/** What the running app offers to start-up code and tests. */
export interface Platform {
  db: Database;
  config: Config;
  auth: AuthDeps;
  dispatcher: OutboxDispatcher;
  jobRunner: JobRunner;
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

export const webDist = path.join(serverRoot, '../web/dist');

/** Builds the whole app without listening; `main.ts` listens, tests use `inject()`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  // The API speaks JSON only; other bodies get 415 instead of a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const webApp = existsSync(path.join(webDist, 'index.html'));
  installErrorHandling(app, { spaFallback: webApp });
  await installRequestSecurity(app, { https: config.secureCookies });
  // JSON answers over 1 KiB go out compressed; brotli at quality 4 costs about what gzip does.
  // Compression runs in route-level hooks, after the app-level idempotency hook has stored the
  // answer as text, and only on routes registered after it: hence before every route. The event
  // stream is written to the raw socket (hijacked), so it is never buffered here.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    globalDecompression: false,
  });
  await app.register(cookie);
  await installOpenApi(app);

  const secret = await loadServerSecret(db, config.jwtSecret);
  const tokens = new AccessTokens(deriveKey(secret, 'access-tokens'), config.accessTokenTtlSeconds);
  installAccessControl(app, { db, tokens });
  installIdempotency(app, db, { leaseSeconds: config.idempotencyLeaseSeconds });

  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log: app.log });
  const dispatcher = new OutboxDispatcher(db, { 'mail.send': mailHandler(mailer) }, app.log);
  const auth: AuthDeps = {
    db,
    tokens,
    codeSecret: deriveKey(secret, 'one-time-codes'),
    deviceSecret: deriveKey(secret, 'device-cookies'),
    limits: createAuthRateLimits(db, config.authRateLimit),
    refreshTokenTtlDays: config.refreshTokenTtlDays,
    companyInitializers: modules.flatMap((m) => (m.onCompanyCreated ? [m.onCompanyCreated] : [])),
  };
  const jobRunner = new JobRunner(db, app.log, {
    handlers: {
      'platform.housekeeping': housekeepingJob(db, [
        () => purgeExpiredIdempotencyKeys(db),
        () => auth.limits.purgeExpired(),
      ]),
    },
    schedules: [housekeepingSchedule],
  });
  app.decorate('platform', { db, config, auth, dispatcher, jobRunner, now: options.now ?? (() => new Date()) });

  let ready = false;
  registerHealthRoutes(app, { db, dispatcher, jobRunner, isReady: () => ready });
  registerAuthRoutes(app, { ...auth, secureCookies: config.secureCookies });
  registerTenancyRoutes(app, auth);
  registerLetterheadRoutes(app);
  registerAuditRoutes(app);
  registerNotificationRoutes(app, db);
  registerSearchRoutes(app);
  registerJobRoutes(app);
  registerSavedFilterRoutes(app);
  registerChatterRoutes(app, {
    store: createAttachmentStore(config.attachments),
    maxAttachmentBytes: config.attachments.maxBytes,
  });
  registerImportRoutes(app, { maxBytes: config.importMaxBytes });
  for (const module of modules) module.registerRoutes(app);

  if (webApp) {
    await app.register(fastifyStatic, {
      root: webDist,
      // The build writes .br and .gz copies of each file (web/precompress.ts); they are sent as they are.
      preCompressed: true,
      // Hashed build files never change under their name; index.html must always be fresh.
      setHeaders: (res, filePath) => {
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  const backgroundWork: Array<{ stop(): Promise<void> }> = [];
  app.addHook('onReady', async () => {
    await listenForAccessChanges(db);
    await dispatcher.start();
    await jobRunner.start();
    for (const module of modules) {
      if (module.startBackgroundWork) backgroundWork.push(module.startBackgroundWork(db, app.log));
    }
    ready = true;
  });
  app.addHook('onClose', async () => {
    ready = false;
    for (const work of backgroundWork.splice(0)) await work.stop();
    await jobRunner.stop();
    await dispatcher.stop();
  });
  return app;
}
