import { Badge, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { formatDateTime, formatMoney, formatQuantity } from '../../../ui/format.ts';
import type { StockMove } from '../inventory-api.ts';
import { moveDirection, moveReasonLabel, moveTypeLabel } from '../inventory-labels.ts';

const directionColors = { in: 'teal', out: 'orange', internal: 'gray' } as const;

/** The document a move belongs to, linked when the app has a page for it. */
export function DocumentLink({ move }: { move: Pick<StockMove, 'sourceType' | 'sourceId' | 'documentNumber'> }) {
  if (!move.documentNumber) return <Text size="sm">—</Text>;
  if (move.sourceType === 'stock_operation') {
    return (
      <AnchorLink
        to="/inventory/operations/$operationId"
        params={{ operationId: move.sourceId }}
        ff="monospace"
        fz="sm"
      >
        {move.documentNumber}
      </AnchorLink>
    );
  }
  if (move.sourceType === 'stock_adjustment') {
    return (
      <AnchorLink
        to="/inventory/adjustments/$adjustmentId"
        params={{ adjustmentId: move.sourceId }}
        ff="monospace"
        fz="sm"
      >
        {move.documentNumber}
      </AnchorLink>
    );
  }
  return (
    <Text size="sm" ff="monospace">
      {move.documentNumber}
    </Text>
  );
}

type Column = 'posted' | 'type' | 'document' | 'product' | 'lot' | 'quantity' | 'route' | 'cost' | 'value' | 'user';

/** Columns of a stock-ledger table; pages leave out what is the same on every row. */
export function useMoveColumns<T extends StockMove>(columns: Column[]): DataTableColumn<T>[] {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const all: Record<Column, DataTableColumn<T>> = {
    posted: {
      accessor: 'postedAt',
      title: t('columns.posted'),
      noWrap: true,
      render: (m) => formatDateTime(m.postedAt, company),
    },
    type: {
      accessor: 'moveType',
      title: t('columns.type'),
      noWrap: true,
      render: (m) => (
        <>
          <Badge size="sm" variant="light" color={directionColors[moveDirection(m)]}>
            {moveTypeLabel(t, m.moveType)}
          </Badge>
          {m.reason && (
            <Text size="xs" c="dimmed">
              {moveReasonLabel(t, m.reason)}
            </Text>
          )}
        </>
      ),
    },
    document: {
      accessor: 'documentNumber',
      title: t('columns.document'),
      noWrap: true,
      render: (m) => <DocumentLink move={m} />,
    },
    product: {
      accessor: 'sku',
      title: t('columns.product'),
      render: (m) => (
        <>
          <AnchorLink to="/products/$productId" params={{ productId: m.productId }} ff="monospace" fz="sm" fw={600}>
            {m.sku}
          </AnchorLink>
          <Text size="xs" c="dimmed" miw={160}>
            {m.productName}
          </Text>
        </>
      ),
    },
    lot: {
      accessor: 'lotNumber',
      title: t('columns.lotSerial'),
      render: (m) =>
        m.lotId ? (
          <AnchorLink to="/inventory/lots/$lotId" params={{ lotId: m.lotId }} ff="monospace" fz="sm">
            {m.lotNumber}
          </AnchorLink>
        ) : (
          '—'
        ),
    },
    quantity: {
      accessor: 'quantity',
      title: t('columns.quantity'),
      textAlign: 'right',
      noWrap: true,
      render: (m) => {
        const direction = moveDirection(m);
        return (
          <Text
            size="sm"
            fw={600}
            c={direction === 'internal' ? undefined : directionColors[direction]}
            data-testid="move-quantity"
          >
            {direction === 'in' ? '+' : direction === 'out' ? '−' : ''}
            {formatQuantity(m.quantity, company)}
          </Text>
        );
      },
    },
    route: {
      accessor: 'fromLocation',
      title: t('columns.fromTo'),
      render: (m) => (
        <Text ff="monospace" fz="xs" miw={140} data-testid="move-route">
          {m.fromLocation} → {m.toLocation}
        </Text>
      ),
    },
    cost: {
      accessor: 'unitCost',
      title: t('columns.unitCost'),
      textAlign: 'right',
      noWrap: true,
      render: (m) => formatMoney(m.unitCost, company),
    },
    value: {
      accessor: 'value',
      title: t('columns.value'),
      textAlign: 'right',
      noWrap: true,
      render: (m) => formatMoney(m.value, company),
    },
    user: { accessor: 'actorName', title: t('columns.user'), render: (m) => m.actorName ?? '—' },
  };
  return columns.map((c) => all[c]);
}
