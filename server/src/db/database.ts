import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
  type SQL,
  sql,
} from 'drizzle-orm';
import { drizzle as drizzleNodePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { prepareValue } from 'pg/lib/utils.js';
import { serverRoot } from '../server-root.ts';
import { DirectConnection } from './direct-connection.ts';
import { NotificationListener } from './notification-listener.ts';
import * as schema from './schema.ts';
import { type DatabaseTimeouts, defaultTimeouts, PROBE_TIMEOUT_MS } from './timeouts.ts';

export type Schema = typeof schema;
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The role every tenant transaction runs under; it cannot bypass row-level security. */
export const APP_ROLE = 'erp_app';

export const migrationsFolder = path.join(serverRoot, 'migrations');

/**
 * PGlite's own start parameters plus 16 MB of shared buffers instead of 128 MB: WebAssembly
 * memory never shrinks, so each buffer page once used stays resident, while the data files are
 * in the operating system's cache anyway (see docs/operations.md for the measurements).
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Who performs a business operation; stamped on audit rows and documents. */
export interface Actor {
  userId: string | null;
  requestId?: string;
}

interface TransactionContext {
  readonly tx: Tx;
  /** Runs after the transaction commits (never on rollback): outbox nudges, real-time pushes. */
  afterCommit(callback: () => void): void;
  /** Tells this process's subscribers (`Database.onSignal`) after commit, e.g. whose stock changed. */
  signal(topic: string, payload: unknown): void;
  /**
   * Runs a hot-path statement by name: on a server it is prepared once per connection, so
   * PostgreSQL reuses its plan. One name must always stand for the same SQL text.
   */
  prepared<T>(name: string, query: SQL): Promise<T[]>;
}

/** What a business command receives: a transaction already scoped to one tenant. */
export interface TenantContext extends TransactionContext {
  readonly tenantId: string;
  readonly actor: Actor;
}

/** A privileged transaction for the platform (auth, onboarding) over tables without a tenant. */
export interface PlatformContext extends TransactionContext {
  /** Switches the rest of this transaction to one tenant under the restricted role. */
  enterTenant(tenantId: string, actor: Actor): Promise<TenantContext>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenOptions {
  /** `postgres://...` for a server; otherwise the embedded PGlite database. */
  url?: string;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string;
  /** A migrated PGlite data folder dump to start from (tests). */
  pgliteTemplate?: Blob;
  poolSize?: number;
  /** Server only: PGlite accepts these settings but does not enforce them (no timers in WASM). */
  timeouts?: DatabaseTimeouts;
}

/**
 * The connections to a PostgreSQL server: the request pool, and two outside it (LISTEN, the
 * health probe) so that neither waits behind requests nor takes a request's place.
 */
interface ServerConnections {
  pool: pg.Pool;
  notifications: NotificationListener;
  direct: DirectConnection;
  /** Pooled connections checked out now, whose statements shutdown may cancel. */
  checkedOut: Set<pg.PoolClient>;
  /** Pooled connections that failed; they are discarded instead of going back to the pool. */
  lost: WeakSet<pg.Client>;
  timeouts: DatabaseTimeouts;
}

export class Database {
  private readonly pgliteListeners: Array<() => Promise<void>> = [];
  private readonly signalHandlers = new Map<string, Set<(payload: unknown) => void>>();

  private constructor(
    readonly kind: DatabaseKind,
    readonly orm: Orm,
    private readonly server: ServerConnections | null,
    private readonly pglite: PGlite | null,
  ) {}

  static async open(options: OpenOptions): Promise<Database> {
    if (options.url) return Database.connectToServer(options.url, options);
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const client = new PGlite({
      startParams: pgliteStartParams,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.pgliteTemplate ? { loadDataDir: options.pgliteTemplate } : {}),
    });
    await client.waitReady;
    await client.exec(`SET TimeZone = 'UTC'`);
    const orm = drizzlePglite({ client, schema, casing: 'snake_case' });
    return new Database('pglite', orm as unknown as Orm, null, client);
  }

  private static connectToServer(url: string, options: OpenOptions): Database {
    const timeouts = options.timeouts ?? defaultTimeouts;
    const session = { connectionString: url, options: '-c TimeZone=UTC -c plan_cache_mode=force_generic_plan' };
    const pool = new pg.Pool({
      ...session,
      application_name: 'mini-erp',
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: timeouts.connectMs,
      // Statements outside a transaction (login, outbox) are bounded by these session defaults;
      // a transaction sets its own with BEGIN, which also holds behind a transaction-mode pooler.
      statement_timeout: timeouts.statementMs,
      lock_timeout: timeouts.lockMs,
    });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on the next checkout.
    });
    // Every pooled connection always has an 'error' listener, since one can fail while checked
    // out (a killed backend, a restart, a reset), even in the instant between its checkout and
    // the code that uses it; an 'error' event without a listener crashes the process.
    const lost = new WeakSet<pg.Client>();
    pool.on('connect', (client) => client.on('error', () => lost.add(client)));
    const checkedOut = new Set<pg.PoolClient>();
    pool.on('acquire', (client) => checkedOut.add(client));
    pool.on('release', (_error, client) => checkedOut.delete(client));
    const notifications = new NotificationListener({
      ...session,
      application_name: 'mini-erp listener',
      connectionTimeoutMillis: timeouts.connectMs,
    });
    const direct = new DirectConnection({
      ...session,
      application_name: 'mini-erp health',
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      statement_timeout: PROBE_TIMEOUT_MS,
      lock_timeout: PROBE_TIMEOUT_MS,
      // Also bounds a server that stopped answering altogether, which statement_timeout cannot.
      query_timeout: PROBE_TIMEOUT_MS,
    });
    const orm = drizzleNodePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Orm;
    return new Database('postgres', orm, { pool, notifications, direct, checkedOut, lost, timeouts }, null);
  }

  /**
   * Applies pending migrations on one connection without the request timeouts (a migration may
   * rewrite a large table); on a server several instances may start at once, hence the lock.
   */
  async migrate(): Promise<void> {
    if (!this.server) {
      await migratePglite(this.orm as never, { migrationsFolder });
      return;
    }
    const migrator = await this.server.pool.connect();
    try {
      await migrator.query('set statement_timeout = 0; set lock_timeout = 0; select pg_advisory_lock(7243001)');
      await migrateNodePg(drizzleNodePg({ client: migrator, casing: 'snake_case' }), { migrationsFolder });
      await migrator.query('select pg_advisory_unlock(7243001)');
    } finally {
      // Its session settings differ from the pool's, and a failure may leave the lock held.
      migrator.release(true);
    }
  }

  /**
   * The only way business code touches tenant data: one transaction, run under the restricted
   * role with the tenant set transaction-locally, so row-level security filters every statement.
   */
  withTenant<T>(tenantId: string, actor: Actor, work: (ctx: TenantContext) => Promise<T>): Promise<T> {
    return this.transaction({ tenantId, actor }, (base) => work({ ...base, tenantId, actor }));
  }

  /** Privileged transaction for platform code that works across tenants (auth, onboarding). */
  withPlatform<T>(work: (ctx: PlatformContext) => Promise<T>): Promise<T> {
    return this.transaction(null, (base) =>
      work({
        ...base,
        async enterTenant(tenantId, actor) {
          await base.tx.execute(tenantSettings(tenantId, actor));
          return { ...base, tenantId, actor };
        },
      }),
    );
  }

  /**
   * Calls `handler` for each NOTIFY on `channel` (delivered by PostgreSQL after the notifying
   * transaction commits). On a server one connection outside the pool listens to every channel
   * and reconnects if lost.
   */
  async listen(channel: string, handler: (payload: string) => void): Promise<void> {
    if (this.server) return this.server.notifications.listen(channel, handler);
    const unlisten = await this.pglite!.listen(channel, handler);
    this.pgliteListeners.push(() => unlisten());
  }

  /**
   * One short read that does not wait for the request pool: on a server it runs on its own
   * connection and fails within a couple of seconds when the database does not answer.
   */
  async probe<T>(query: SQL): Promise<T[]> {
    if (!this.server) return queryRows<T>(this.orm, query);
    const { sql: text, params } = serverDialect.sqlToQuery(query);
    return this.server.direct.query<T>(text, params);
  }

  /**
   * Asks PostgreSQL to cancel what pooled connections are running (shutdown), so the requests
   * waiting on a stalled statement end with a 503 and give their connection back.
   */
  async cancelRunningStatements(): Promise<void> {
    if (!this.server) return;
    const backends = [...this.server.checkedOut].map(
      (client) => (client as unknown as { processID: number }).processID,
    );
    if (backends.length === 0) return;
    await this.server.direct.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [backends]);
  }

  /** A copy of the embedded database's files, from which tests start fresh databases quickly. */
  async dumpPgliteDataDir(): Promise<Blob> {
    if (!this.pglite) throw new Error('Only the embedded database can be dumped');
    return this.pglite.dumpDataDir('none');
  }

  /** Subscribes to a transaction's signals, delivered in this process after it commits. */
  onSignal(topic: string, handler: (payload: unknown) => void): () => void {
    const handlers = this.signalHandlers.get(topic) ?? new Set();
    this.signalHandlers.set(topic, handlers);
    handlers.add(handler);
    return () => handlers.delete(handler);
  }

  async close(): Promise<void> {
    if (!this.server) {
      for (const stop of this.pgliteListeners.splice(0)) await stop();
      await this.pglite!.close();
      return;
    }
    await this.server.notifications.close();
    await this.server.pool.end();
    await this.server.direct.close();
  }

  private async transaction<T>(
    tenant: { tenantId: string; actor: Actor } | null,
    work: (base: TransactionContext) => Promise<T>,
  ): Promise<T> {
    const callbacks: Array<() => void> = [];
    const afterCommit = (callback: () => void) => callbacks.push(callback);
    const signal = (topic: string, payload: unknown) =>
      callbacks.push(() => {
        for (const handler of this.signalHandlers.get(topic) ?? []) handler(payload);
      });
    const result = this.server
      ? await this.serverTransaction(this.server, tenant, (tx, prepared) => work({ tx, afterCommit, signal, prepared }))
      : await this.orm.transaction(async (tx) => {
          if (tenant) await tx.execute(tenantSettings(tenant.tenantId, tenant.actor));
          return work({ tx, afterCommit, signal, prepared: (_name, query) => queryRows(tx, query) });
        });
    for (const callback of callbacks) callback();
    return result;
  }

  /**
   * A transaction on one pooled connection. BEGIN and the tenant settings are not sent on their
   * own: they travel with the transaction's first statement, so a command of one hot statement
   * costs two round trips (that statement, then COMMIT). Hot statements are SQL-level prepared
   * statements, planned once per connection; Drizzle works on the same client.
   */
  private async serverTransaction<T>(
    server: ServerConnections,
    tenant: { tenantId: string; actor: Actor } | null,
    work: (tx: Tx, prepared: TransactionContext['prepared']) => Promise<T>,
  ): Promise<T> {
    let opening: string | null = `begin; ${openingSettings(server.timeouts, tenant)}`;
    const client = await server.pool.connect();
    const send = async (text: string) => {
      const batch = opening ? `${opening}; ${text}` : text;
      opening = null;
      const results = (await client.query({ text: batch, types: rawTypes })) as unknown as
        | pg.QueryResult
        | pg.QueryResult[];
      return Array.isArray(results) ? results.at(-1)! : results;
    };
    const lazyClient = {
      query: async (...args: Parameters<pg.PoolClient['query']>) => {
        if (opening) await send('select 1');
        return client.query(...args);
      },
    } as unknown as pg.PoolClient;
    const session = new NodePgSession(lazyClient, serverDialect, serverSchema, {});
    const tx = new NodePgTransaction(serverDialect, session, serverSchema) as unknown as Tx;
    const prepared = async <R>(name: string, query: SQL): Promise<R[]> => {
      const { sql: text, params } = serverDialect.sqlToQuery(query);
      const statement = pg.escapeIdentifier(name);
      const names = preparedStatements.get(client) ?? new Set<string>();
      preparedStatements.set(client, names);
      if (!names.has(name)) {
        // Once per connection, inside the transaction (as the app role). PREPARE outlives a rollback.
        await send(`prepare ${statement} as ${text}`);
        names.add(name);
      }
      const args = params.length > 0 ? `(${params.map(literal).join(', ')})` : '';
      return (await send(`execute ${statement}${args}`)).rows as R[];
    };
    let broken: Error | undefined;
    try {
      const result = await work(tx, prepared);
      if (!opening) await client.query('commit');
      return result;
    } catch (error) {
      // A lost connection has already failed the statement in flight (and the request with it).
      if (!opening && !server.lost.has(client)) {
        await client.query('rollback').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
      }
      throw error;
    } finally {
      client.release(server.lost.has(client) ? new Error('Connection lost') : broken);
    }
  }
}

/** SQL-level prepared statements already created on each pooled connection. */
const preparedStatements = new WeakMap<pg.PoolClient, Set<string>>();

/** A parameter as a quoted SQL literal, converted exactly as node-postgres sends parameters. */
function literal(value: unknown): string {
  const text = prepareValue(value);
  return text === null ? 'null' : pg.escapeLiteral(String(text));
}

const serverDialect = new PgDialect({ casing: 'snake_case' });
const relational = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
const serverSchema = { fullSchema: schema, schema: relational.tables, tableNamesMap: relational.tableNamesMap };

/** Like Drizzle's raw queries: dates, timestamps and intervals stay text on both drivers. */
const rawTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    [1082, 1114, 1184, 1186, 1182, 1115, 1185, 1187].includes(oid)
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format),
};

function tenantSettings(tenantId: string, actor: Actor): SQL {
  return sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId}, true), set_config('app.actor_id', ${actor.userId ?? ''}, true)`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The transaction's time limits and tenant settings as literals, so they travel with BEGIN; ids
 * are checked to be UUIDs first, limits are numbers.
 */
function openingSettings(timeouts: DatabaseTimeouts, tenant: { tenantId: string; actor: Actor } | null): string {
  const settings: Array<[string, string]> = [
    ['statement_timeout', String(timeouts.statementMs)],
    ['lock_timeout', String(timeouts.lockMs)],
    ['idle_in_transaction_session_timeout', String(timeouts.idleInTransactionMs)],
  ];
  if (tenant) {
    const actorId = tenant.actor.userId ?? '';
    if (!UUID.test(tenant.tenantId) || (actorId !== '' && !UUID.test(actorId)))
      throw new Error('Tenant and actor must be UUIDs');
    settings.push(['role', APP_ROLE], ['app.tenant_id', tenant.tenantId], ['app.actor_id', actorId]);
  }
  return `select ${settings.map(([name, value]) => `set_config('${name}', '${value}', true)`).join(', ')}`;
}

/** Rows of a raw SQL statement; both drivers return `{ rows }`. */
export async function queryRows<T>(tx: Tx | Orm, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function queryOne<T>(tx: Tx | Orm, query: SQL): Promise<T | undefined> {
  return (await queryRows<T>(tx, query))[0];
}
