import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { BadRequest, type FieldProblem } from '../errors.ts';

/**
 * Security headers on every response. The policy fits what this server serves: the web app
 * (its own scripts only; Mantine sets inline style attributes and style elements) and Swagger
 * UI at /api/docs (its own scripts, inline styles, data: images). Nothing may frame the app.
 */
async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'worker-src': ["'self'", 'blob:'],
        // Over plain http (a LAN address) upgrading would break every request.
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000 } : false,
  });
}

const NUL = '\u0000';

/** Paths of the strings (values or keys) holding a NUL byte, which PostgreSQL cannot store. */
function nulPaths(value: unknown, path: string, found: string[]): void {
  if (found.length >= 20) return;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) nulPaths(item, path ? `${path}.${index}` : String(index), found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inner = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) found.push(inner);
      else nulPaths(item, inner, found);
    }
  }
}

/**
 * Refuses a NUL byte anywhere in the body, query or path before validation, with the field's
 * path as validation errors name it, so no text field can reach the database with one.
 */
function refuseNulBytes(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found: string[] = [];
    nulPaths(request.params, 'params', found);
    nulPaths(request.query, 'query', found);
    nulPaths(request.body, '', found);
    if (found.length === 0) return;
    const fields: FieldProblem[] = found.map((path) => ({ path, message: 'Must not contain a NUL character' }));
    const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
    throw new BadRequest('validation_failed', `Invalid request. ${summary}`, { fields });
  });
}

export async function installRequestSecurity(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  await registerSecurityHeaders(app, options);
  refuseNulBytes(app);
}
