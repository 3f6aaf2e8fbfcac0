import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The role every tenant transaction runs under; it cannot bypass row-level security. */
export const APP_ROLE = 'erp_app';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** Who performs a business operation; stamped on audit rows and documents. */
export interface Actor {
  userId: string | null;
  requestId?: string;
}

interface TransactionContext {
  readonly tx: Tx;
  /** Runs after the transaction commits (never on rollback): outbox nudges, real-time pushes. */
  afterCommit(callback: () => void): void;
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
        options: '-c TimeZone=UTC',
      });
      pool.on('error', () => {
        // An idle client lost its connection; the pool replaces it on the next checkout.
      });
      const orm = drizzleNodePg({ client: pool, schema, casing: 'snake_case' });
      return new Database('postgres', orm as unknown as Orm, pool, null, () => pool.end());
    }
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const client = new PGlite({
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
    return this.transaction(async (tx, afterCommit) => {
      await setTenant(tx, tenantId, actor);
      return work({ tx, tenantId, actor, afterCommit });
    });
  }

  /** Privileged transaction for platform code that works across tenants (auth, onboarding). */
  withPlatform<T>(work: (ctx: PlatformContext) => Promise<T>): Promise<T> {
    return this.transaction((tx, afterCommit) =>
      work({
        tx,
        afterCommit,
        async enterTenant(tenantId, actor) {
          await setTenant(tx, tenantId, actor);
          return { tx, tenantId, actor, afterCommit };
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
    const connect = async (): Promise<void> => {
      if (stopped || !this.pool) return;
      try {
        client = await this.pool.connect();
        client.on('notification', (message) => {
          if (message.channel === channel) handler(message.payload ?? '');
        });
        client.on('error', () => {
          client?.release(true);
          client = null;
          setTimeout(connect, 1000).unref();
        });
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch {
        setTimeout(connect, 1000).unref();
      }
    };
    await connect();
    this.listeners.push(async () => {
      stopped = true;
      client?.release(true);
    });
  }

  /** A copy of the embedded database's files, from which tests start fresh databases quickly. */
  async dumpPgliteDataDir(): Promise<Blob> {
    if (!this.pglite) throw new Error('Only the embedded database can be dumped');
    return this.pglite.dumpDataDir('none');
  }

  async close(): Promise<void> {
    for (const stop of this.listeners.splice(0)) await stop();
    await this.closeConnections();
  }

  private async transaction<T>(work: (tx: Tx, afterCommit: (cb: () => void) => void) => Promise<T>): Promise<T> {
    const callbacks: Array<() => void> = [];
    const result = await this.orm.transaction((tx) => work(tx, (cb) => callbacks.push(cb)));
    for (const callback of callbacks) callback();
    return result;
  }
}

async function setTenant(tx: Tx, tenantId: string, actor: Actor): Promise<void> {
  await tx.execute(
    sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId}, true), set_config('app.actor_id', ${actor.userId ?? ''}, true)`,
  );
}

/** Rows of a raw SQL statement; both drivers return `{ rows }`. */
export async function queryRows<T>(tx: Tx | Orm, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function queryOne<T>(tx: Tx | Orm, query: SQL): Promise<T | undefined> {
  return (await queryRows<T>(tx, query))[0];
}
