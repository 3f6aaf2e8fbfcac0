import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './errors.ts';
import type { components, paths } from './schema.d.ts';
import { endSession, getAccessToken, getActiveCompany, refreshAccessToken } from './session.ts';

export type Schemas = components['schemas'];

/** Codes of a 401 after which the token cannot be used again: the user must log in. */
const sessionOverCodes = new Set(['session_ended', 'invalid_token', 'authentication_required']);

function authorize(request: Request): void {
  const token = getAccessToken();
  const company = getActiveCompany();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  if (company) request.headers.set('X-Tenant-ID', company);
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  return (body as { error?: { code?: string } } | null)?.error?.code;
}

/** Copies of requests in flight and the token each carried, to send again after a refresh. */
const replays = new Map<string, { request: Request; token: string }>();

/** A new token when the one a request carried has expired; null when the session is over. */
async function freshToken(expired: string): Promise<string | null> {
  if (getAccessToken() === expired && !(await refreshAccessToken())) return null;
  return getAccessToken();
}

const sessionMiddleware: Middleware = {
  onRequest({ request, id }) {
    authorize(request);
    const token = getAccessToken();
    if (token) replays.set(id, { request: request.clone(), token });
    return request;
  },
  async onResponse({ response, id }) {
    const replay = replays.get(id);
    replays.delete(id);
    if (!replay || response.status !== 401) return response;
    const code = await errorCode(response);
    if (code === 'token_expired' && (await freshToken(replay.token))) {
      authorize(replay.request);
      return fetch(replay.request);
    }
    if (code && sessionOverCodes.has(code)) endSession();
    return response;
  },
  onError({ id }) {
    replays.delete(id);
  },
};

export const api = createClient<paths>({ credentials: 'include' });
api.use(sessionMiddleware);

/** The data of a successful answer; an `ApiError` otherwise. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response, error);
  return data as T;
}
