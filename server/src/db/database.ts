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
import * as schema from './schema.ts';

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
}

export class Database {
  private readonly listeners: Array<() => Promise<void>> = [];
  private readonly signalHandlers = new Map<string, Set<(payload: unknown) => void>>();

  private constructor(
    readonly kind: DatabaseKind,
    readonly orm: Orm,
    private readonly pool: pg.Pool | null,
    private readonly pglite: PGlite | null,
    private readonly closeConnections: () => Promise<void>,
  ) {}

  static async open(options: OpenOptions): Promise<Database> {
    if (options.url) {
      const pool = new pg.Pool({
        connectionString: options.url,
        max: options.poolSize ?? 10,
        options: '-c TimeZone=UTC -c plan_cache_mode=force_generic_plan',
      });
      pool.on('error', () => {
        // An idle client lost its connection; the pool replaces it on the next checkout.
      });
      const orm = drizzleNodePg({ client: pool, schema, casing: 'snake_case' });
      return new Database('postgres', orm as unknown as Orm, pool, null, () => pool.end());
    }
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const client = new PGlite({
      startParams: pgliteStartParams,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.pgliteTemplate ? { loadDataDir: options.pgliteTemplate } : {}),
    });
    await client.waitReady;
    await client.exec(`SET TimeZone = 'UTC'`);
    const orm = drizzlePglite({ client, schema, casing: 'snake_case' });
    return new Database('pglite', orm as unknown as Orm, null, client, () => client.close());
  }

  /** Applies pending migrations; on a server several instances may start at once, hence the lock. */
  async migrate(): Promise<void> {
    if (!this.pool) {
      await migratePglite(this.orm as never, { migrationsFolder });
      return;
    }
    const lockHolder = await this.pool.connect();
    try {
      await lockHolder.query('select pg_advisory_lock(7243001)');
      await migrateNodePg(this.orm as never, { migrationsFolder });
    } finally {
      await lockHolder.query('select pg_advisory_unlock(7243001)');
      lockHolder.release();
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
   * transaction commits). On a server a dedicated connection listens and reconnects if lost.
   */
  async listen(channel: string, handler: (payload: string) => void): Promise<void> {
    if (this.pglite) {
      const unlisten = await this.pglite.listen(channel, handler);
      this.listeners.push(() => unlisten());
      return;
    }
    let client: pg.PoolClient | null = null;
    let stopped = false;
    // A connection is released once: by whichever comes first of its error and the close.
    const drop = (listener: pg.PoolClient) => {
      if (client !== listener) return;
      client = null;
      listener.release(true);
    };
    const reconnectLater = () => {
      if (!stopped) setTimeout(connect, 1000).unref();
    };
    const connect = async (): Promise<void> => {
      if (stopped || !this.pool) return;
      let listener: pg.PoolClient | undefined;
      try {
        listener = await this.pool.connect();
        if (stopped) {
          listener.release(true);
          return;
        }
        const current = listener;
        client = current;
        current.on('notification', (message) => {
          if (message.channel === channel) handler(message.payload ?? '');
        });
        current.on('error', () => {
          if (client !== current) return;
          drop(current);
          reconnectLater();
        });
        await current.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch {
        // A connection lost while subscribing has been dropped and rescheduled by its error handler.
        if (listener && client !== listener) return;
        if (listener) drop(listener);
        reconnectLater();
      }
    };
    await connect();
    this.listeners.push(async () => {
      stopped = true;
      if (client) drop(client);
    });
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
    for (const stop of this.listeners.splice(0)) await stop();
    await this.closeConnections();
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
    const result = this.pool
      ? await this.serverTransaction(this.pool, tenant, (tx, prepared) => work({ tx, afterCommit, signal, prepared }))
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
    pool: pg.Pool,
    tenant: { tenantId: string; actor: Actor } | null,
    work: (tx: Tx, prepared: TransactionContext['prepared']) => Promise<T>,
  ): Promise<T> {
    const client = await pool.connect();
    let opening: string | null = tenant ? `begin; ${inlineTenantSettings(tenant.tenantId, tenant.actor)}` : 'begin';
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
      if (!opening) {
        await client.query('rollback').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
      }
      throw error;
    } finally {
      client.release(broken);
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

/** The same settings as literals, so they travel with BEGIN; ids are checked to be UUIDs first. */
function inlineTenantSettings(tenantId: string, actor: Actor): string {
  const actorId = actor.userId ?? '';
  if (!UUID.test(tenantId) || (actorId !== '' && !UUID.test(actorId)))
    throw new Error('Tenant and actor must be UUIDs');
  return `select set_config('role', '${APP_ROLE}', true), set_config('app.tenant_id', '${tenantId}', true), set_config('app.actor_id', '${actorId}', true)`;
}

/** Rows of a raw SQL statement; both drivers return `{ rows }`. */
export async function queryRows<T>(tx: Tx | Orm, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function queryOne<T>(tx: Tx | Orm, query: SQL): Promise<T | undefined> {
  return (await queryRows<T>(tx, query))[0];
}
