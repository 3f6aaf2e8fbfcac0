import { Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTruckDelivery } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { DocumentPage } from '../../../ui/document/DocumentPage.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FieldList } from '../../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatMoney, formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { operationStateLabel } from '../inventory-labels.ts';
import { DocumentMoves } from '../moves/DocumentMoves.tsx';
import { type StockOperation, useOperation } from '../operations-api.ts';
import { OperationStateBadge, OperationTypeBadge } from './operation-badges.tsx';
import { ReceiveTransferModal } from './ReceiveTransferModal.tsx';

const route = getRouteApi('/shell/inventory/operations/$operationId');

function OperationDetails({ operation }: { operation: StockOperation }) {
  const company = useActiveCompany();
  const { t } = useTranslation('inventory');
  const source: ReactNode =
    operation.sourceType === 'sales_order' && operation.sourceId ? (
      <AnchorLink to="/sales-orders/$orderId" params={{ orderId: operation.sourceId }} fz="sm">
        {t('operationPage.salesOrder')}
      </AnchorLink>
    ) : null;
  const rows: [string, ReactNode][] = [
    [t('operationPage.date'), formatDay(operation.operationDate, company)],
    [t('operationPage.from'), operation.fromLocation],
    [t('operationPage.to'), operation.toLocation],
    [t('operationPage.partner'), operation.partnerName],
    [t('operationPage.reference'), operation.reference],
    [t('operationPage.source'), source],
    [t('operationPage.posted'), formatDateTime(operation.createdAt, company)],
    [t('operationPage.done'), operation.doneAt ? formatDateTime(operation.doneAt, company) : null],
    [t('operationPage.notes'), operation.notes],
  ];
  return (
    <Panel title={t('operationPage.details')}>
      <FieldList rows={rows} />
    </Panel>
  );
}

function OperationLines({ operation }: { operation: StockOperation }) {
  const company = useActiveCompany();
  const { t } = useTranslation('inventory');
  const isTransfer = operation.type === 'transfer';
  return (
    <Panel title={t('operationPage.lines')} flush>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('operationPage.product')}</Table.Th>
              <Table.Th>{t('operationPage.lotSerial')}</Table.Th>
              <Table.Th ta="right">{t('operationPage.quantity')}</Table.Th>
              {isTransfer && <Table.Th ta="right">{t('operationPage.received')}</Table.Th>}
              <Table.Th ta="right">{t('operationPage.unitCost')}</Table.Th>
              <Table.Th ta="right">{t('operationPage.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {operation.lines.map((line) => (
              <Table.Tr key={line.id} data-testid="operation-line">
                <Table.Td c="dimmed">{line.lineNo}</Table.Td>
                <Table.Td>
                  <AnchorLink
                    to="/products/$productId"
                    params={{ productId: line.productId }}
                    ff="monospace"
                    fz="sm"
                    fw={600}
                  >
                    {line.sku}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {line.productName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {line.lotId ? (
                    <AnchorLink to="/inventory/lots/$lotId" params={{ lotId: line.lotId }} ff="monospace" fz="sm">
                      {line.lotNumber}
                    </AnchorLink>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatQuantity(line.quantity, company)}
                </Table.Td>
                {isTransfer && <Table.Td ta="right">{formatQuantity(line.quantityReceived, company)}</Table.Td>}
                <Table.Td ta="right">{formatMoney(line.unitCost, company)}</Table.Td>
                <Table.Td ta="right">{formatMoney(line.value, company)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" px="md" py="xs">
        <Text size="sm" fw={600} data-testid="operation-value">
          {t('operationPage.total', { amount: formatMoney(operation.value, company) })}
        </Text>
      </Group>
    </Panel>
  );
}

/** A transfer is in transit until received; every other operation is done when posted. */
const operationStates = (t: TFunction<'inventory'>, operation: StockOperation) =>
  (operation.type === 'transfer' ? (['in_transit', 'done'] as const) : (['done'] as const)).map((value) => ({
    value,
    label: operationStateLabel(t, value),
  }));

/** The document the operation was made for. */
function OperationSource({ orderId }: { orderId: string }) {
  const { t } = useTranslation('inventory');
  return (
    <Panel title={t('operationPage.source')}>
      <AnchorLink to="/sales-orders/$orderId" params={{ orderId }} fz="sm">
        {t('operationPage.salesOrder')}
      </AnchorLink>
    </Panel>
  );
}

function OperationView({ operation }: { operation: StockOperation }) {
  const { t } = useTranslation('inventory');
  const [receiving, { open, close }] = useDisclosure();
  return (
    <DocumentPage
      title={operation.number}
      badges={
        <>
          <OperationTypeBadge type={operation.type} size="lg" />
          <OperationStateBadge state={operation.state} size="lg" />
        </>
      }
      description={`${operation.fromLocation} → ${operation.toLocation}`}
      states={operationStates(t, operation)}
      state={operation.state}
      allowedActions={operation.allowedActions}
      actions={[
        {
          action: 'receive',
          label: t('operationPage.receive'),
          icon: <IconTruckDelivery size={16} />,
          primary: true,
          permitted: useCan('inventory.transfer.create'),
          run: open,
        },
      ]}
      tabs={{
        lines: <OperationLines operation={operation} />,
        ledger: <DocumentMoves id={operation.id} />,
        related: operation.sourceType === 'sales_order' && operation.sourceId && (
          <OperationSource orderId={operation.sourceId} />
        ),
      }}
      aside={<OperationDetails operation={operation} />}
      record={{ recordType: 'stock_operation', recordId: operation.id }}
    >
      {receiving && <ReceiveTransferModal transfer={operation} opened onClose={close} />}
    </DocumentPage>
  );
}

export function OperationPage() {
  const { operationId } = route.useParams();
  const operation = useOperation(operationId);
  if (operation.error) return <ErrorAlert error={operation.error} onRetry={() => void operation.refetch()} />;
  if (!operation.data) return <LoadingBlock />;
  return <OperationView operation={operation.data} />;
}
