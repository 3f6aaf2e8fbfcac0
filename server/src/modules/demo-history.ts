import type { TenantContext } from '../db/database.ts';

/** Pseudo-random numbers from a seed (mulberry32), so every demo company has the same history. */
export class DemoRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

export interface DemoProduct {
  id: string;
  sku: string;
  /** Sold from stock (not a service). */
  stocked: boolean;
  /** Sold to customers (not a raw material or packaging). */
  sold: boolean;
  standardCost: string;
  reorderPoint: string;
  reorderQuantity: string;
  /** Its supplier is late at the end of the history, so it shows on the low-stock list. */
  lateSupplier: boolean;
}

export interface DemoCustomer {
  id: string;
  code: string;
  /** How much it buys at once: a shop a few items, a distributor cartons. */
  size: 'small' | 'large';
  paymentTermsDays: number;
}

/** A sales order delivered in full, for invoicing to bill. */
export interface DeliveredDemoOrder {
  orderId: string;
  customerId: string;
  deliveredOn: string;
}

/**
 * The demo company as its history is made: its master data and the hand-overs between modules
 * (sales delivers, invoicing bills). Modules add the fields their successors need.
 */
export interface DemoBusiness {
  /** The company's today, the last day of the history. */
  today: string;
  /** The first day of the history, six months back. */
  start: string;
  random: DemoRandom;
  products: DemoProduct[];
  categoryIds: Map<string, string>;
  customers: DemoCustomer[];
  deliveredOrders: DeliveredDemoOrder[];
}

/**
 * A module's share of the demo history, made through its own commands. The history is played day by
 * day from `start` to `today`, each day module by module in dependency order, so documents follow
 * each other as in a real business (goods are received before they are delivered).
 */
export interface DemoHistory {
  day?(ctx: TenantContext, demo: DemoBusiness, day: string): Promise<void>;
  /** After the last day: what is easier made once, such as documents left half done today. */
  finish?(ctx: TenantContext, demo: DemoBusiness): Promise<void>;
}

/** `day` moved by `days` (negative goes back). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** 0 for Sunday to 6 for Saturday. */
export const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export const dayOfMonth = (day: string) => Number(day.slice(8, 10));

export const isLastDayOfMonth = (day: string) => addDays(day, 1).slice(8, 10) === '01';

type DemoCommandTimer = (command: string, ms: number) => void;
let demoCommandTimer: DemoCommandTimer | null = null;

/** Tells `timer` how long each command of the demo history takes (the demo benchmark listens); null stops. */
export function timeDemoCommands(timer: DemoCommandTimer | null): void {
  demoCommandTimer = timer;
}

/** The commands (and queries) a module's demo history calls, each timed when a listener asks. */
export function demoCommands<T extends Record<string, (...args: never[]) => Promise<unknown>>>(commands: T): T {
  const timed: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const [name, command] of Object.entries(commands)) {
    timed[name] = async (...args) => {
      const timer = demoCommandTimer;
      if (!timer) return command(...args);
      const started = performance.now();
      try {
        return await command(...args);
      } finally {
        timer(name, performance.now() - started);
      }
    };
  }
  return timed as T;
}
