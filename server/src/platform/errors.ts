/**
 * Domain errors carry an HTTP status, a stable machine-readable code, a message a user can act
 * on, and details. One Fastify error handler (http/error-handler.ts) turns them into
 * `{ error: { code, message, details } }`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  path: string;
  message: string;
}

export class ValidationFailed extends AppError {
  constructor(message: string, fields: FieldProblem[]) {
    super(400, 'validation_failed', message, { fields });
  }
}

/** A command's refusal of one field, answered like a request that failed validation. */
export function invalidField(path: string, message: string): never {
  throw new ValidationFailed(`Invalid request. ${path}: ${message}`, [{ path, message }]);
}

export class BadRequest extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(400, code, message, details);
  }
}

export class Unauthorized extends AppError {
  constructor(code: string, message: string) {
    super(401, code, message);
  }
}

export class Forbidden extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(403, code, message, details);
  }
}

export class NotFound extends AppError {
  constructor(entity: string, id?: string) {
    super(404, 'not_found', id ? `${entity} ${id} was not found` : `${entity} was not found`, { entity, id });
  }
}

export class Conflict extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}

export class BusinessRuleViolation extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(422, code, message, details);
  }
}

export class TooManyRequests extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'too_many_requests', message, { retryAfterSeconds });
  }
}

/** A refused state transition: names the current state and the ones allowed from it. */
export class InvalidTransition extends Conflict {
  constructor(entity: string, current: string, attempted: string, allowed: readonly string[], message?: string) {
    super('invalid_transition', message ?? `Cannot ${attempted} a ${entity} that is ${current}`, {
      entity,
      current,
      attempted,
      allowed,
    });
  }
}
