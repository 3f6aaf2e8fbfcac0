import type { TenantContext } from '../../db/database.ts';
import { Exact } from '../../platform/money.ts';
import { addDays, type DemoBusiness, type DemoHistory, dayOfMonth, demoCommands, weekday } from '../demo-history.ts';
import { receiveStock } from './commands/receive-stock.ts';
import { receiveTransfer } from './commands/receive-transfer.ts';
import { transferStock } from './commands/transfer-stock.ts';
import { createWarehouse, warehouseStockLocation } from './locations.ts';
import { stockFigures } from './queries/stock-queries.ts';

const command = demoCommands({
  receiveStock,
  receiveTransfer,
  transferStock,
  createWarehouse,
  warehouseStockLocation,
  stockFigures,
});
interface InventoryDemo {
  mainWarehouse: string;
  mainStock: string;
  depotStock: string;
  /** Transfers on their way to the depot, with the day they arrive. */
  inTransit: Array<{ id: string; arrives: string }>;
}

const state = new WeakMap<DemoBusiness, InventoryDemo>();

/** Every Monday the vendors deliver what fell under twice its reorder point, at a cost near standard. */
async function receiveFromVendors(ctx: TenantContext, demo: DemoBusiness, day: string) {
  const stocked = demo.products.filter((p) => p.stocked);
  const figures = await command.stockFigures(
    ctx,
    stocked.map((p) => p.id),
  );
  // Late suppliers leave a few products short in the last month, for the low-stock list.
  const late = day > addDays(demo.today, -30);
  const due = stocked.filter(
    (p) =>
      !(late && p.lateSupplier) && new Exact(figures.get(p.id)?.available ?? 0).lt(new Exact(p.reorderPoint).times(2)),
  );
  if (due.length === 0) return;
  await command.receiveStock(ctx, {
    receivedOn: day,
    vendorName: demo.random.pick(['CV Tani Gayo', 'PT Kemasan Prima', 'UD Sumber Alam']),
    reference: `DO-${day.replaceAll('-', '')}`,
    lines: due.map((p) => ({
      productId: p.id,
      quantity: p.reorderQuantity,
      unitCost: new Exact(p.standardCost)
        .times(0.95 + demo.random.next() * 0.12)
        .div(100)
        .round()
        .times(100)
        .toFixed(),
    })),
  });
}

/** On the 10th the depot gets a few cartons of coffee from the main warehouse; they arrive two days later. */
async function supplyDepot(ctx: TenantContext, demo: DemoBusiness, day: string, inventory: InventoryDemo) {
  const coffee = demo.products.filter((p) => p.stocked && p.sold).slice(0, 2);
  const figures = await command.stockFigures(
    ctx,
    coffee.map((p) => p.id),
    inventory.mainWarehouse,
  );
  // What orders have reserved stays for them.
  const lines = coffee
    .map((p) => ({ productId: p.id, quantity: String(demo.random.int(2, 4) * 6) }))
    .filter((l) => new Exact(figures.get(l.productId)?.available ?? 0).gte(l.quantity));
  if (lines.length === 0) return;
  const transfer = await command.transferStock(ctx, {
    fromLocationId: inventory.mainStock,
    toLocationId: inventory.depotStock,
    transferDate: day,
    notes: 'Monthly supply of the Surabaya depot',
    lines,
  });
  inventory.inTransit.push({ id: transfer.id, arrives: addDays(day, 2) });
}

async function inventoryDay(ctx: TenantContext, demo: DemoBusiness, day: string) {
  let inventory = state.get(demo);
  if (!inventory) {
    const depot = await command.createWarehouse(ctx, { code: 'SBY', name: 'Surabaya depot' });
    const main = await command.warehouseStockLocation(ctx, undefined);
    inventory = {
      mainWarehouse: main.warehouseId,
      mainStock: main.stockLocationId,
      depotStock: (await command.warehouseStockLocation(ctx, depot)).stockLocationId,
      inTransit: [],
    };
    state.set(demo, inventory);
  }
  if (weekday(day) === 1) await receiveFromVendors(ctx, demo, day);
  if (dayOfMonth(day) === 10 || day === demo.today) await supplyDepot(ctx, demo, day, inventory);
  for (const transfer of inventory.inTransit.filter((t) => t.arrives === day))
    await command.receiveTransfer(ctx, transfer.id);
}

/** Goods in from vendors and between the warehouses; today's transfer is still on its way. */
export const inventoryDemoHistory: DemoHistory = { day: inventoryDay };
