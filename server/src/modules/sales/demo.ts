import type { TenantContext } from '../../db/database.ts';
import { Exact } from '../../platform/money.ts';
import { addDays, type DemoBusiness, type DemoHistory, demoCommands, weekday } from '../demo-history.ts';
import { stockFigures, warehouseStockLocation } from '../inventory/index.ts';
import { cancelSalesOrder } from './commands/cancel-sales-order.ts';
import { confirmSalesOrder } from './commands/confirm-sales-order.ts';
import { createSalesOrder } from './commands/create-sales-order.ts';
import { deliverSalesOrder } from './commands/deliver-sales-order.ts';
import { returnSalesOrder } from './commands/return-sales-order.ts';
import { getSalesOrder } from './queries/sales-order-queries.ts';

const command = demoCommands({
  cancelSalesOrder,
  confirmSalesOrder,
  createSalesOrder,
  deliverSalesOrder,
  returnSalesOrder,
  getSalesOrder,
  stockFigures,
  warehouseStockLocation,
});
/** An order of the demo history and the days its next steps are planned for. */
interface PlannedOrder {
  id: string;
  customerId: string;
  lines: Array<{ productId: string; quantity: string }>;
  /** Undefined once confirmed, or for an order that stays a draft. */
  confirmOn?: string | undefined;
  cancelOn?: string | undefined;
  /** A first delivery of half of each line. */
  partialOn?: string | undefined;
  deliverOn?: string | undefined;
  returnOn?: string | undefined;
}

const state = new WeakMap<DemoBusiness, { warehouseId: string; orders: PlannedOrder[] }>();

/** A customer's order of one to three products, in the quantities its kind of business buys. */
async function takeOrder(ctx: TenantContext, demo: DemoBusiness, day: string): Promise<PlannedOrder> {
  const { random } = demo;
  const customer = random.pick(demo.customers);
  const sold = demo.products.filter((p) => p.sold);
  const products = new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(sold)));
  // Roasting is sold with coffee, so every order has goods to deliver.
  if (![...products].some((p) => p.stocked)) products.add(random.pick(sold.filter((p) => p.stocked)));
  const lines = [...products].map((p) => ({
    productId: p.id,
    quantity: String(
      p.stocked ? (customer.size === 'large' ? random.int(2, 8) * 6 : random.int(2, 12)) : random.int(1, 4),
    ),
  }));
  const id = await command.createSalesOrder(ctx, { customerId: customer.id, orderDate: day, lines });
  const order: PlannedOrder = { id, customerId: customer.id, lines };
  const fate = random.next();
  if (fate < 0.06) order.cancelOn = addDays(day, random.int(0, 2));
  else if (fate >= 0.1) {
    // One order in twenty-five stays a quotation the customer never accepted.
    order.confirmOn = addDays(day, random.int(0, 1));
    const shipped = addDays(order.confirmOn, random.int(1, 3));
    if (random.chance(0.12)) {
      order.partialOn = shipped;
      order.deliverOn = addDays(shipped, random.int(3, 6));
    } else order.deliverOn = shipped;
    if (random.chance(0.05)) order.returnOn = addDays(order.deliverOn, random.int(4, 8));
  }
  return order;
}

/** Whether the main warehouse has the order's goods; if not, confirming waits for the next receipt. */
async function inStock(ctx: TenantContext, demo: DemoBusiness, warehouseId: string, order: PlannedOrder) {
  const stocked = order.lines.filter((l) => demo.products.find((p) => p.id === l.productId)!.stocked);
  const figures = await command.stockFigures(
    ctx,
    stocked.map((l) => l.productId),
    warehouseId,
  );
  return stocked.every((l) => new Exact(figures.get(l.productId)?.available ?? 0).gte(l.quantity));
}

async function deliverHalf(ctx: TenantContext, order: PlannedOrder, day: string) {
  const { lines } = (await command.getSalesOrder(ctx, order.id))!;
  const half = lines
    .filter((l) => l.stocked && new Exact(l.quantity).gte(2))
    .map((l) => ({ lineId: l.id, quantity: new Exact(l.quantity).div(2).floor().toFixed() }));
  if (half.length > 0) await command.deliverSalesOrder(ctx, order.id, { deliveryDate: day, lines: half });
}

async function takeBack(ctx: TenantContext, order: PlannedOrder, day: string) {
  const line = (await command.getSalesOrder(ctx, order.id))!.lines.find((l) => l.stocked);
  if (!line) return;
  await command.returnSalesOrder(ctx, order.id, {
    returnDate: day,
    reason: 'One too many delivered',
    // Back on the shelf: what waits in quarantine could not be reserved by the next orders.
    lines: [{ lineId: line.id, quantity: '1', condition: 'good' }],
  });
}

/** One or two orders a working day, each confirmed, delivered, sometimes cancelled or returned. */
async function salesDay(ctx: TenantContext, demo: DemoBusiness, day: string) {
  let sales = state.get(demo);
  if (!sales) {
    sales = { warehouseId: (await command.warehouseStockLocation(ctx, undefined)).warehouseId, orders: [] };
    state.set(demo, sales);
  }
  const newOrders = weekday(day) === 0 ? 0 : weekday(day) === 6 ? demo.random.int(0, 1) : demo.random.int(1, 2);
  for (let i = 0; i < newOrders; i++) sales.orders.push(await takeOrder(ctx, demo, day));
  for (const order of sales.orders) {
    if (order.cancelOn === day) {
      await command.cancelSalesOrder(ctx, order.id, 'Customer ordered by mistake');
      continue;
    }
    if (order.confirmOn && order.confirmOn <= day) {
      if (!(await inStock(ctx, demo, sales.warehouseId, order))) continue;
      // The owner confirms orders above a customer's credit limit after a call.
      await command.confirmSalesOrder(ctx, order.id, { overrideCreditLimit: true });
      order.confirmOn = undefined;
    }
    if (order.confirmOn) continue;
    // An order that waited for stock ships as soon as it is confirmed.
    if (order.partialOn && order.partialOn <= day) {
      await deliverHalf(ctx, order, day);
      order.partialOn = undefined;
    } else if (order.deliverOn && order.deliverOn <= day && !order.partialOn) {
      await command.deliverSalesOrder(ctx, order.id, { deliveryDate: day });
      demo.deliveredOrders.push({ orderId: order.id, customerId: order.customerId, deliveredOn: day });
      order.deliverOn = undefined;
    } else if (order.returnOn && order.returnOn <= day && !order.deliverOn) {
      await takeBack(ctx, order, day);
      order.returnOn = undefined;
    }
  }
  // Orders with nothing left to do leave the plan, keeping the daily walk short.
  sales.orders = sales.orders.filter(
    (o) => o.confirmOn || o.partialOn || o.deliverOn || o.returnOn || (o.cancelOn && o.cancelOn > day),
  );
}

/**
 * Today's work in hand, whatever the random days left: an order confirmed and waiting to ship, and
 * one half delivered, both of a product the warehouse has plenty of.
 */
async function ordersInHand(ctx: TenantContext, demo: DemoBusiness) {
  const { warehouseId } = state.get(demo) ?? (await command.warehouseStockLocation(ctx, undefined));
  const stocked = demo.products.filter((p) => p.sold && p.stocked);
  const figures = await command.stockFigures(
    ctx,
    stocked.map((p) => p.id),
    warehouseId,
  );
  const plenty = stocked.find((p) => new Exact(figures.get(p.id)?.available ?? 0).gte(8));
  if (!plenty) return;
  for (const partly of [false, true]) {
    const customer = demo.random.pick(demo.customers);
    const lines = [{ productId: plenty.id, quantity: '4' }];
    const id = await command.createSalesOrder(ctx, { customerId: customer.id, orderDate: demo.today, lines });
    await command.confirmSalesOrder(ctx, id, { overrideCreditLimit: true });
    if (partly) await deliverHalf(ctx, { id, customerId: customer.id, lines }, demo.today);
  }
}

/** The demo company's orders: a few hundred over six months, in every state by today. */
export const salesDemoHistory: DemoHistory = { day: salesDay, finish: ordersInHand };
