import type { FastifyBaseLogger } from 'fastify';

/** Seconds to wait before attempt `attempts + 1`: 5 s, 10 s, 20 s, ... capped at an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 2 ** attempts * 5);
}

/**
 * Runs `work` every `pollMs` and whenever nudged, never twice at once: a nudge during a run
 * queues one more run. Shared by the outbox dispatcher and the job runner, which both claim
 * rows with SKIP LOCKED and a lease, so several app instances may poll side by side.
 */
export class PollLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  lastRunAt: Date | null = null;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly log: FastifyBaseLogger,
    private readonly what: string,
    private readonly pollMs: number,
  ) {}

  get started(): boolean {
    return this.timer !== null;
  }

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.pollMs);
    this.timer.unref();
    this.nudge();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  nudge(): void {
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.rerun = false;
    this.running = this.work()
      .then(() => {
        this.lastRunAt = new Date();
      })
      .catch((error) => this.log.error({ err: error }, `${this.what} failed`))
      .finally(() => {
        this.running = null;
        if (this.rerun && this.timer) this.nudge();
      });
  }
}
