import { Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { subtractDecimals } from '../../../ui/decimal.ts';
import { DocumentPage } from '../../../ui/document/DocumentPage.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FieldList } from '../../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatMoney, formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useAdjustment, useDocumentMoves } from '../inventory-api.ts';
import { DocumentMoves } from '../moves/DocumentMoves.tsx';
import { useProductById } from '../pickers.tsx';
import { useWarehouses } from '../warehouse-api.ts';
import { adjustmentReasonLabel } from './adjustment-labels.ts';

const route = getRouteApi('/shell/inventory/adjustments/$adjustmentId');

function ProductName({ id }: { id: string }) {
  const product = useProductById(id);
  return (
    <>
      <AnchorLink to="/products/$productId" params={{ productId: id }} ff="monospace" fz="sm" fw={600}>
        {product.data?.sku ?? '…'}
      </AnchorLink>
      <Text size="xs" c="dimmed">
        {product.data?.name}
      </Text>
    </>
  );
}

type Adjustment = NonNullable<ReturnType<typeof useAdjustment>['data']>;

function AdjustmentView({ adjustment }: { adjustment: Adjustment }) {
  const company = useActiveCompany();
  const { t } = useTranslation('inventory');
  /** An adjustment is posted when it is made: it has no other state. */
  const adjustmentStates = [{ value: 'posted', label: t('adjustmentPage.posted') }];
  const warehouses = useWarehouses();
  const moves = useDocumentMoves(adjustment.id);
  const lotNumber = (lotId: string) => moves.data?.find((m) => m.lotId === lotId)?.lotNumber ?? '…';
  return (
    <DocumentPage
      title={adjustment.number}
      description={`${adjustmentReasonLabel(t, adjustment.reason)} · ${formatDay(adjustment.adjustedOn, company)}`}
      states={adjustmentStates}
      state="posted"
      allowedActions={[]}
      actions={[]}
      tabs={{
        lines: (
          <Panel title={t('adjustmentPage.lines')} flush>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('adjustmentPage.product')}</Table.Th>
                    <Table.Th>{t('adjustmentPage.location')}</Table.Th>
                    <Table.Th>{t('adjustmentPage.lot')}</Table.Th>
                    <Table.Th ta="right">{t('adjustmentPage.before')}</Table.Th>
                    <Table.Th ta="right">{t('adjustmentPage.after')}</Table.Th>
                    <Table.Th ta="right">{t('adjustmentPage.change')}</Table.Th>
                    <Table.Th ta="right">{t('adjustmentPage.unitCost')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {adjustment.lines.map((line) => {
                    const change = subtractDecimals(line.quantityAfter, line.quantityBefore);
                    return (
                      <Table.Tr key={line.lineNo}>
                        <Table.Td>
                          <ProductName id={line.productId} />
                        </Table.Td>
                        <Table.Td ff="monospace" fz="xs">
                          {line.locationCode}
                        </Table.Td>
                        <Table.Td>
                          {line.lotId ? (
                            <AnchorLink
                              to="/inventory/lots/$lotId"
                              params={{ lotId: line.lotId }}
                              ff="monospace"
                              fz="sm"
                            >
                              {lotNumber(line.lotId)}
                            </AnchorLink>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{formatQuantity(line.quantityBefore, company)}</Table.Td>
                        <Table.Td ta="right">{formatQuantity(line.quantityAfter, company)}</Table.Td>
                        <Table.Td ta="right" fw={600} c={change.startsWith('-') ? 'orange' : 'teal'}>
                          {change.startsWith('-') ? '' : '+'}
                          {formatQuantity(change, company)}
                        </Table.Td>
                        <Table.Td ta="right">{formatMoney(line.unitCost, company)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Panel>
        ),
        ledger: <DocumentMoves id={adjustment.id} />,
      }}
      aside={
        <Panel title={t('adjustmentPage.details')}>
          <FieldList
            rows={[
              [
                t('adjustmentPage.warehouse'),
                warehouses.data?.find((w) => w.id === adjustment.warehouseId)?.name ?? '…',
              ],
              [t('adjustmentPage.reason'), adjustmentReasonLabel(t, adjustment.reason)],
              [t('adjustmentPage.date'), formatDay(adjustment.adjustedOn, company)],
              [t('adjustmentPage.posted'), formatDateTime(adjustment.createdAt, company)],
              [t('adjustmentPage.note'), adjustment.note],
            ]}
          />
        </Panel>
      }
      record={{ recordType: 'stock_adjustment', recordId: adjustment.id }}
    />
  );
}

export function AdjustmentPage() {
  const { adjustmentId } = route.useParams();
  const adjustment = useAdjustment(adjustmentId);
  if (adjustment.error) return <ErrorAlert error={adjustment.error} onRetry={() => void adjustment.refetch()} />;
  if (!adjustment.data) return <LoadingBlock />;
  return <AdjustmentView adjustment={adjustment.data} />;
}
