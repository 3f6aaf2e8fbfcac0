import { Grid, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { subtractDecimals } from '../../../ui/decimal.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FieldList } from '../../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatMoney, formatQuantity } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useAdjustment, useDocumentMoves } from '../inventory-api.ts';
import { useProductById } from '../pickers.tsx';
import { useWarehouses } from '../warehouse-api.ts';
import { adjustmentReasonLabels } from './adjustment-labels.ts';

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
  const warehouses = useWarehouses();
  const moves = useDocumentMoves(adjustment.id);
  const lotNumber = (lotId: string) => moves.data?.find((m) => m.lotId === lotId)?.lotNumber ?? '…';
  return (
    <>
      <PageHeader
        title={adjustment.number}
        description={`${adjustmentReasonLabels[adjustment.reason]} · ${formatDay(adjustment.adjustedOn, company)}`}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Panel title="Lines" flush>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Product</Table.Th>
                    <Table.Th>Location</Table.Th>
                    <Table.Th>Lot</Table.Th>
                    <Table.Th ta="right">Before</Table.Th>
                    <Table.Th ta="right">After</Table.Th>
                    <Table.Th ta="right">Change</Table.Th>
                    <Table.Th ta="right">Unit cost</Table.Th>
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
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Panel title="Details">
              <FieldList
                rows={[
                  ['Warehouse', warehouses.data?.find((w) => w.id === adjustment.warehouseId)?.name ?? '…'],
                  ['Reason', adjustmentReasonLabels[adjustment.reason]],
                  ['Date', formatDay(adjustment.adjustedOn, company)],
                  ['Posted', formatDateTime(adjustment.createdAt, company)],
                  ['Note', adjustment.note],
                ]}
              />
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function AdjustmentPage() {
  const { adjustmentId } = route.useParams();
  const adjustment = useAdjustment(adjustmentId);
  if (adjustment.error) return <ErrorAlert error={adjustment.error} onRetry={() => void adjustment.refetch()} />;
  if (!adjustment.data) return <LoadingBlock />;
  return <AdjustmentView adjustment={adjustment.data} />;
}
