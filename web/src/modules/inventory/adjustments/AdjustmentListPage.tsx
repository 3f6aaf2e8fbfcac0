import { IconAdjustments, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { Schemas } from '../../../api/client.ts';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../../ui/ButtonLink.tsx';
import { formatDateTime, formatDay } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { useAdjustmentList } from '../inventory-api.ts';
import { useWarehouses } from '../warehouse-api.ts';
import { adjustmentReasonLabels } from './adjustment-labels.ts';

type Adjustment = Schemas['StockAdjustment'];

/** Stock set by hand or by a stock count, newest first. */
export function AdjustmentListPage() {
  const company = useActiveCompany();
  const navigate = useNavigate();
  const list = useAdjustmentList();
  const warehouses = useWarehouses();
  const canAdjust = useCan('inventory.adjustment.create');
  const warehouseCode = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? '…';
  return (
    <>
      <PageHeader
        title="Stock adjustments"
        description="Stock set by hand, with a reason, and the variances posted by stock counts."
        actions={
          canAdjust && (
            <ButtonLink to="/inventory/adjustments/new" leftSection={<IconPlus size={16} />}>
              New adjustment
            </ButtonLink>
          )
        }
      />
      <RecordTable<Adjustment>
        list={list}
        noun="adjustments"
        rowTestId="adjustment-row"
        empty={{
          icon: <IconAdjustments size={24} />,
          title: 'No adjustments yet',
          description: 'Stock set by hand shows here.',
        }}
        onRowClick={(a) =>
          void navigate({ to: '/inventory/adjustments/$adjustmentId', params: { adjustmentId: a.id } })
        }
        columns={[
          {
            accessor: 'number',
            noWrap: true,
            render: (a) => (
              <AnchorLink
                to="/inventory/adjustments/$adjustmentId"
                params={{ adjustmentId: a.id }}
                fw={600}
                ff="monospace"
                fz="sm"
              >
                {a.number}
              </AnchorLink>
            ),
          },
          { accessor: 'adjustedOn', title: 'Date', noWrap: true, render: (a) => formatDay(a.adjustedOn, company) },
          { accessor: 'warehouseId', title: 'Warehouse', render: (a) => warehouseCode(a.warehouseId) },
          { accessor: 'reason', render: (a) => adjustmentReasonLabels[a.reason] },
          { accessor: 'note', render: (a) => a.note ?? '—' },
          { accessor: 'createdAt', title: 'Posted', noWrap: true, render: (a) => formatDateTime(a.createdAt, company) },
        ]}
      />
    </>
  );
}
