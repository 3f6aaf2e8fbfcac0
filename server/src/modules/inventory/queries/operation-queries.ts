import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText, isoText } from '../../../db/sql-fragments.ts';
import { keyset, toPage } from '../../../platform/http/pagination.ts';
import { productsById } from '../../catalog/index.ts';
import type { OperationState, OperationType } from '../schema.ts';
import { transferFlow } from '../stock-operation.workflow.ts';

const headerColumns = sql`o.id, o.number, o.type, o.state, src.code as "fromLocation", dst.code as "toLocation",
  o.partner_name as "partnerName", o.reference, o.source_type as "sourceType", o.source_id as "sourceId", o.notes,
  o.operation_date::text as "operationDate", ${isoText(sql`o.created_at`)} as "createdAt", ${isoText(sql`o.done_at`)} as "doneAt",
  ${decimalText(sql`coalesce((select sum(value) from stock_operation_lines x where x.tenant_id = o.tenant_id and x.operation_id = o.id), 0)`)} as value`;

const headerJoins = sql`join locations src on src.tenant_id = o.tenant_id and src.id = o.from_location_id
  join locations dst on dst.tenant_id = o.tenant_id and dst.id = o.to_location_id`;

interface OperationHeaderView {
  id: string;
  number: string;
  type: OperationType;
  state: OperationState;
  fromLocation: string;
  toLocation: string;
  partnerName: string | null;
  reference: string | null;
  sourceType: string | null;
  sourceId: string | null;
  notes: string | null;
  operationDate: string;
  createdAt: string;
  doneAt: string | null;
  value: string;
}

export async function getOperation(ctx: TenantContext, id: string) {
  const header = await queryOne<OperationHeaderView>(
    ctx.tx,
    sql`select ${headerColumns} from stock_operations o ${headerJoins} where o.tenant_id = ${ctx.tenantId} and o.id = ${id}`,
  );
  if (!header) return undefined;
  const lines = await queryRows<{
    id: string;
    lineNo: number;
    productId: string;
    lotId: string | null;
    lotNumber: string | null;
    quantity: string;
    quantityReceived: string;
    unitCost: string;
    value: string;
  }>(
    ctx.tx,
    sql`select l.id, l.line_no as "lineNo", l.product_id as "productId", l.lot_id as "lotId", lot.number as "lotNumber",
               ${decimalText(sql`l.quantity`)} as quantity, ${decimalText(sql`l.quantity_received`)} as "quantityReceived",
               ${decimalText(sql`l.unit_cost`)} as "unitCost", ${decimalText(sql`l.value`)} as value
        from stock_operation_lines l left join lots lot on lot.tenant_id = l.tenant_id and lot.id = l.lot_id
        where l.tenant_id = ${ctx.tenantId} and l.operation_id = ${id} order by l.line_no`,
  );
  const products = await productsById(
    ctx,
    lines.map((l) => l.productId),
  );
  return {
    ...header,
    lines: lines.map((l) => ({
      ...l,
      sku: products.get(l.productId)?.sku ?? '?',
      productName: products.get(l.productId)?.name ?? '?',
    })),
    // Only a transfer has steps after posting; every other operation is done when posted.
    allowedActions: header.type === 'transfer' ? transferFlow.actionsFrom(header.state) : [],
  };
}

export async function listOperations(
  ctx: TenantContext,
  filter: {
    type?: OperationType | undefined;
    state?: OperationState | undefined;
    warehouseId?: string | undefined;
    dateFrom?: string | undefined;
    dateTo?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const page = keyset({
    key: sql`o.created_at`,
    id: sql`o.id`,
    descending: true,
    cursor: filter.cursor,
    keyType: 'timestamp',
  });
  const where = [
    sql`o.tenant_id = ${ctx.tenantId}`,
    filter.type ? sql`o.type = ${filter.type}` : undefined,
    filter.state ? sql`o.state = ${filter.state}` : undefined,
    filter.warehouseId
      ? sql`(src.warehouse_id = ${filter.warehouseId} or dst.warehouse_id = ${filter.warehouseId})`
      : undefined,
    filter.dateFrom ? sql`o.operation_date >= ${filter.dateFrom}::date` : undefined,
    filter.dateTo ? sql`o.operation_date <= ${filter.dateTo}::date` : undefined,
    page.where,
  ].filter((c) => c !== undefined);
  const rows = await queryRows<OperationHeaderView>(
    ctx.tx,
    sql`select ${headerColumns} from stock_operations o ${headerJoins}
        where ${sql.join(where, sql` and `)} order by o.created_at desc, o.id desc limit ${filter.limit + 1}`,
  );
  return toPage(rows, filter.limit, (last) => [last.createdAt, last.id]);
}
