import { currentLanguage, i18n } from '../i18n/i18n.ts';
import { fieldProblemText, friendlyFieldMessage } from './validation-messages.ts';

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

/**
 * The server writes its messages in English, often naming the record; English readers get them as
 * they are. In another language the message comes from the `ui` catalog by error code, and stays the
 * server's where the catalog has no words for the code.
 */
export function serverMessage({ code, message }: { code: string; message: string }): string {
  if (currentLanguage() === 'en') return message;
  const key = `errors.${code}`;
  return i18n.exists(key, { ns: 'ui' }) ? i18n.t(key as 'errors.not_found', { ns: 'ui' }) : message;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === 'validation_failed' && error.fields.length > 0) {
    // The API's summary repeats the validator's wording; say per field what is wrong instead.
    return error.fields.map((f) => fieldProblemText(f.path, friendlyFieldMessage(f.message))).join('; ');
  }
  if (error instanceof ApiError) return serverMessage(error);
  if (error instanceof TypeError) return i18n.t('ui:errors.network');
  return error instanceof Error ? error.message : i18n.t('ui:errors.unknown');
}
