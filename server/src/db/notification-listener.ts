import pg from 'pg';

type Handler = (payload: string) => void;

/**
 * LISTEN for every channel of this process on one connection outside the request pool. A lost
 * connection is replaced after `retryMs` and listens to all channels again; a notification sent
 * while it was down is missed, so subscribers must not rely on each one (they poll or expire).
 */
export class NotificationListener {
  private readonly handlers = new Map<string, Set<Handler>>();
  private client: pg.Client | null = null;
  private listening = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly retryMs = 1000,
  ) {}

  /** Resolves once the channel is listened to, or once a failed attempt has scheduled a retry. */
  listen(channel: string, handler: Handler): Promise<void> {
    const handlers = this.handlers.get(channel) ?? new Set();
    this.handlers.set(channel, handlers);
    handlers.add(handler);
    return this.subscribe();
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.work;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  /** One subscription step at a time, so channels added while connecting are not missed. */
  private subscribe(): Promise<void> {
    this.work = this.work.then(() => this.connectAndListen());
    return this.work;
  }

  private async connectAndListen(): Promise<void> {
    if (this.stopped) return;
    let client = this.client;
    try {
      if (!client) {
        client = new pg.Client(this.config);
        const current = client;
        current.on('error', () => this.lose(current));
        current.on('notification', (message) => {
          for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
        });
        this.client = current;
        this.listening = new Set();
        await current.connect();
      }
      for (const channel of this.handlers.keys()) {
        if (this.listening.has(channel)) continue;
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        this.listening.add(channel);
      }
    } catch {
      if (client) this.lose(client);
    }
  }

  private lose(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.subscribe();
    }, this.retryMs);
    this.retry.unref();
  }
}
