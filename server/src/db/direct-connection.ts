import pg from 'pg';

/**
 * A single connection outside the request pool, opened on first use and again after it is lost,
 * for short statements that must not queue behind requests: the `/health` probe, and cancelling
 * running statements at shutdown.
 */
export class DirectConnection {
  private current: { client: pg.Client; ready: Promise<void> } | null = null;

  constructor(private readonly config: pg.ClientConfig) {}

  async query<T>(text: string, values?: unknown[]): Promise<T[]> {
    const { client, ready } = this.connection();
    try {
      await ready;
      return (await client.query(text, values)).rows as T[];
    } catch (error) {
      // After a timeout or a lost connection its state is unknown: the next query opens a new one.
      this.discard(client);
      throw error;
    }
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    await current?.client.end().catch(() => {});
  }

  private connection(): { client: pg.Client; ready: Promise<void> } {
    if (this.current) return this.current;
    const client = new pg.Client(this.config);
    client.on('error', () => this.discard(client));
    this.current = { client, ready: client.connect().then(() => undefined) };
    return this.current;
  }

  private discard(client: pg.Client): void {
    if (this.current?.client !== client) return;
    this.current = null;
    client.end().catch(() => {});
  }
}
