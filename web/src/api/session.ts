/**
 * The signed-in session of this browser tab. The access token lives in memory only; the refresh
 * token is an httpOnly cookie the server sets on login, so a reload restores the session by
 * refreshing.
 */
export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

let accessToken: string | null = null;
let status: SessionStatus = 'restoring';
const listeners = new Set<() => void>();

function setSession(token: string | null): void {
  accessToken = token;
  status = token ? 'signed-in' : 'signed-out';
  for (const listener of listeners) listener();
}

export const getAccessToken = () => accessToken;
export const getSessionStatus = () => status;

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const startSession = (token: string) => setSession(token);
export const endSession = () => setSession(null);

async function exchangeRefreshCookie(): Promise<boolean> {
  const response = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include' }).catch(() => null);
  if (!response?.ok) {
    endSession();
    return false;
  }
  const tokens = (await response.json()) as { accessToken: string };
  startSession(tokens.accessToken);
  return true;
}

/** Other tabs share the cookie: a Web Lock, where the browser has them, keeps their refreshes apart. */
async function exchangeOneAtATime(): Promise<boolean> {
  if (!navigator.locks) return exchangeRefreshCookie();
  return navigator.locks.request('mini-erp-refresh', exchangeRefreshCookie);
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token. A refresh token works only once and reusing
 * one ends the session, so one refresh runs at a time.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= exchangeOneAtATime().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const COMPANY_KEY = 'mini-erp.active-company';

/** The company the user works in, sent as X-Tenant-ID; remembered across visits. */
export const getActiveCompany = () => localStorage.getItem(COMPANY_KEY);

export function setActiveCompany(tenantId: string | null): void {
  if (tenantId) localStorage.setItem(COMPANY_KEY, tenantId);
  else localStorage.removeItem(COMPANY_KEY);
}
