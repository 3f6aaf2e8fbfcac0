import { fieldLabel, friendlyFieldMessage } from './validation-messages.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

/** An error answer from the API: `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: Response, body: unknown): ApiError {
    const error = (body as ErrorBody | undefined)?.error;
    const retryAfter = Number(response.headers.get('Retry-After'));
    return new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status} ${response.statusText}`.trim(),
      error?.details,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }

  /** Validation problems by field path, e.g. `owner.email`. */
  get fields(): FieldProblem[] {
    const fields = (this.details as { fields?: unknown } | undefined)?.fields;
    return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === 'validation_failed' && error.fields.length > 0) {
    // The API's summary repeats the validator's wording; say per field what is wrong instead.
    return error.fields
      .map((f) => `${f.path ? `${fieldLabel(f.path)}: ` : ''}${friendlyFieldMessage(f.message)}`)
      .join('; ');
  }
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'The server cannot be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong';
}
