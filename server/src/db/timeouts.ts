/** How long the app waits on the database before it answers 503 instead of hanging. */
export interface DatabaseTimeouts {
  /** Waiting for a pooled connection (pool exhausted) or for a new one to open. */
  connectMs: number;
  /** One statement; PostgreSQL cancels it after this long. */
  statementMs: number;
  /** Waiting for a row or table lock another session holds. */
  lockMs: number;
  /** A transaction left open with no statement running (a stuck request); its connection is closed. */
  idleInTransactionMs: number;
}

export const defaultTimeouts: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 15_000,
  lockMs: 5_000,
  idleInTransactionMs: 30_000,
};

/** `/health` gives up on the database after this long and reports it down. */
export const PROBE_TIMEOUT_MS = 2_000;
