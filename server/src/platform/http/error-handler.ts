import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseOutage } from '../../db/database-outage.ts';
import { AppError, type FieldProblem, TooManyRequests } from '../errors.ts';

interface ErrorReply {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  retryAfterSeconds?: number;
}

type ZodIssueLike = { instancePath: string; message: string; keyword: string; params: Record<string, unknown> };

function toFieldPath(location: string | undefined, instancePath: string): string {
  const inner = instancePath.split('/').filter(Boolean).join('.');
  if (location === 'headers' || location === 'params' || location === 'querystring') {
    return inner ? `${location === 'querystring' ? 'query' : location}.${inner}` : location;
  }
  return inner;
}

function validationReply(error: FastifyError): ErrorReply {
  const location = error.validationContext;
  const fields: FieldProblem[] = [];
  for (const issue of error.validation as unknown as ZodIssueLike[]) {
    const base = toFieldPath(location, issue.instancePath);
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      for (const key of issue.params.keys as string[]) {
        fields.push({ path: base ? `${base}.${key}` : key, message: 'Unknown field' });
      }
    } else {
      fields.push({ path: base, message: issue.message });
    }
  }
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  return { status: 400, code: 'validation_failed', message: `Invalid request. ${summary}`, details: { fields } };
}

interface ConstraintMeaning {
  status: number;
  code: string;
  message: string;
  /** The request field the constraint guards, reported like a validation error. */
  field?: string;
}

const constraintMeanings = new Map<string, ConstraintMeaning>();

/**
 * Gives a database constraint a business meaning, so the race that only the database catches
 * (two users saving the same SKU at once) gets the same clear answer as the checked case.
 */
export function explainConstraint(constraint: string, meaning: ConstraintMeaning): void {
  constraintMeanings.set(constraint, meaning);
}

function explained(e: { constraint?: string }): ErrorReply | null {
  const meaning = e.constraint ? constraintMeanings.get(e.constraint) : undefined;
  if (!meaning) return null;
  return {
    status: meaning.status,
    code: meaning.code,
    message: meaning.message,
    details: meaning.field ? { fields: [{ path: meaning.field, message: meaning.message }] } : undefined,
  };
}

const postgresErrors: Record<string, (e: { constraint?: string; detail?: string }) => ErrorReply> = {
  '23505': (e) =>
    explained(e) ?? {
      status: 409,
      code: 'duplicate',
      message: 'A record with the same unique value already exists',
      details: { constraint: e.constraint },
    },
  '23503': (e) =>
    explained(e) ?? {
      status: 409,
      code: 'reference_conflict',
      message: 'The record refers to, or is referred to by, another record that prevents this change',
      details: { constraint: e.constraint },
    },
  '23514': (e) =>
    explained(e) ?? {
      status: 409,
      code: 'constraint_violation',
      message: 'The change would break a business constraint',
      details: { constraint: e.constraint },
    },
  '40001': () => ({ status: 409, code: 'concurrent_update', message: 'A concurrent change conflicted; retry' }),
  '40P01': () => ({ status: 409, code: 'concurrent_update', message: 'A concurrent change conflicted; retry' }),
  '22003': () => ({ status: 400, code: 'value_out_of_range', message: 'A number is out of the allowed range' }),
};

function classify(error: FastifyError & { code?: string }): ErrorReply | null {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (hasZodFastifySchemaValidationErrors(error)) return validationReply(error);
  const outage = databaseOutage(error);
  if (outage) return outage;
  const pg = postgresErrors[error.code ?? ''];
  if (pg) return pg(error as never);
  // PostgreSQL wraps errors from drizzle in `cause`.
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code && postgresErrors[cause.code]) return postgresErrors[cause.code]!(cause as never);
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { status: 400, code: 'malformed_json', message: 'The request body is not valid JSON' };
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status: 400, code: 'malformed_json', message: 'The request body is empty but the content type is JSON' };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, code: 'payload_too_large', message: 'The request body is too large' };
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return { status: 415, code: 'unsupported_media_type', message: 'Send the request body as application/json' };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: 'bad_request', message: error.message };
  }
  return null;
}

export function sendError(reply: FastifyReply, e: ErrorReply): FastifyReply {
  return reply.code(e.status).send({ error: { code: e.code, message: e.message, details: e.details } });
}

/** With `spaFallback`, unknown GETs outside /api get the web app's index.html (client-side routes). */
export function installErrorHandling(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = classify(error);
    if (!known) {
      request.log.error({ err: error }, 'unhandled error');
      return sendError(reply, { status: 500, code: 'internal_error', message: 'Something went wrong on our side' });
    }
    if (error instanceof TooManyRequests) reply.header('Retry-After', String(error.retryAfterSeconds));
    if (known.retryAfterSeconds) reply.header('Retry-After', String(known.retryAfterSeconds));
    if (known.status >= 500) request.log.error({ err: error }, 'server error');
    return sendError(reply, known);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const page =
      (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && !path.includes('.');
    if (options.spaFallback && page) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, { status: 404, code: 'route_not_found', message: `No endpoint ${request.method} ${path}` });
  });
}
