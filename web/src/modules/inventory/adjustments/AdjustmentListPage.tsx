import { IconAdjustments, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client.ts';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../../ui/ButtonLink.tsx';
import { formatDateTime, formatDay } from '../../../ui/format.ts';
import { ListPage } from '../../../ui/list/ListPage.tsx';
import { useAdjustmentList } from '../inventory-api.ts';
import { useWarehouses } from '../warehouse-api.ts';
import { adjustmentReasonLabel } from './adjustment-labels.ts';

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
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const navigate = useNavigate();
  const list = useAdjustmentList();
  const warehouses = useWarehouses();
  const canAdjust = useCan('inventory.adjustment.create');
  const warehouseCode = (id: string) => warehouses.data?.find((w) => w.id === id)?.code ?? '…';
  const columns: DataTableColumn<Adjustment>[] = [
    {
      accessor: 'number',
      title: t('columns.number'),
      noWrap: true,
      render: (a) => <AdjustmentNumber adjustment={a} />,
    },
    { accessor: 'adjustedOn', title: t('columns.date'), noWrap: true, render: (a) => formatDay(a.adjustedOn, company) },
    { accessor: 'warehouseId', title: t('columns.warehouse'), render: (a) => warehouseCode(a.warehouseId) },
    { accessor: 'reason', title: t('columns.reason'), render: (a) => adjustmentReasonLabel(t, a.reason) },
    { accessor: 'note', title: t('columns.note'), render: (a) => a.note ?? '—' },
    {
      accessor: 'createdAt',
      title: t('columns.posted'),
      noWrap: true,
      render: (a) => formatDateTime(a.createdAt, company),
    },
  ];
  const newAdjustment = canAdjust && (
    <ButtonLink to="/inventory/adjustments/new" leftSection={<IconPlus size={16} />}>
      {t('adjustmentList.new')}
    </ButtonLink>
  );
  return (
    <ListPage
      listId="stock-adjustments"
      title={t('adjustmentList.title')}
      description={t('adjustmentList.description')}
      actions={newAdjustment}
      search={{}}
      list={list}
      columns={columns}
      onOpen={(a) => void navigate({ to: '/inventory/adjustments/$adjustmentId', params: { adjustmentId: a.id } })}
      card={(a) => ({
        number: <AdjustmentNumber adjustment={a} />,
        party: warehouseCode(a.warehouseId),
        state: adjustmentReasonLabel(t, a.reason),
        amount: formatDay(a.adjustedOn, company),
      })}
      noun={t('adjustmentList.noun')}
      rowTestId="adjustment-row"
      empty={{
        icon: <IconAdjustments size={24} />,
        title: t('adjustmentList.emptyTitle'),
        description: t('adjustmentList.emptyDescription'),
        action: canAdjust && (
          <ButtonLink to="/inventory/adjustments/new" variant="light">
            {t('adjustmentList.postFirst')}
          </ButtonLink>
        ),
      }}
    />
  );
}
