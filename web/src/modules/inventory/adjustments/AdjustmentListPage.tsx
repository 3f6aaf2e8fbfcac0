import { IconAdjustments, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import type { Schemas } from '../../../api/client.ts';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../../ui/ButtonLink.tsx';
import { formatDateTime, formatDay } from '../../../ui/format.ts';
import { ListPage } from '../../../ui/list/ListPage.tsx';
import { useAdjustmentList } from '../inventory-api.ts';
import { useWarehouses } from '../warehouse-api.ts';
import { adjustmentReasonLabels } from './adjustment-labels.ts';

type Adjustment = Schemas['StockAdjustment'];

function AdjustmentNumber({ adjustment }: { adjustment: Adjustment }) {
  return (
    <AnchorLink
      to="/inventory/adjustments/$adjustmentId"
      params={{ adjustmentId: adjustment.id }}
      fw={600}
      ff="monospace"
      fz="sm"
    >
      {adjustment.number}
    </AnchorLink>
  );
}

/** Stock set by hand or by a stock count, newest first. */
export function AdjustmentListPage() {
  const company = useActiveCompany();
  const navigate = useNavigate();
  const list = useAdjustmentList();
  const warehouses = useWarehouses();
  const canAdjust = useCan('inventory.adjustment.create');
  const warehouseCode = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? '…';
  const columns: DataTableColumn<Adjustment>[] = [
    { accessor: 'number', noWrap: true, render: (a) => <AdjustmentNumber adjustment={a} /> },
    { accessor: 'adjustedOn', title: 'Date', noWrap: true, render: (a) => formatDay(a.adjustedOn, company) },
    { accessor: 'warehouseId', title: 'Warehouse', render: (a) => warehouseCode(a.warehouseId) },
    { accessor: 'reason', render: (a) => adjustmentReasonLabels[a.reason] },
    { accessor: 'note', render: (a) => a.note ?? '—' },
    { accessor: 'createdAt', title: 'Posted', noWrap: true, render: (a) => formatDateTime(a.createdAt, company) },
  ];
  const newAdjustment = canAdjust && (
    <ButtonLink to="/inventory/adjustments/new" leftSection={<IconPlus size={16} />}>
      New adjustment
    </ButtonLink>
  );
  return (
    <ListPage
      listId="stock-adjustments"
      title="Stock adjustments"
      description="Stock set by hand, with a reason, and the variances posted by stock counts."
      actions={newAdjustment}
      search={{}}
      list={list}
      columns={columns}
      onOpen={(a) => void navigate({ to: '/inventory/adjustments/$adjustmentId', params: { adjustmentId: a.id } })}
      card={(a) => ({
        number: <AdjustmentNumber adjustment={a} />,
        party: warehouseCode(a.warehouseId),
        state: adjustmentReasonLabels[a.reason],
        amount: formatDay(a.adjustedOn, company),
      })}
      noun="adjustments"
      rowTestId="adjustment-row"
      empty={{
        icon: <IconAdjustments size={24} />,
        title: 'No adjustments yet',
        description: 'Set stock by hand when the shelves and the system disagree, with a reason.',
        action: canAdjust && (
          <ButtonLink to="/inventory/adjustments/new" variant="light">
            Post the first adjustment
          </ButtonLink>
        ),
      }}
    />
  );
}
