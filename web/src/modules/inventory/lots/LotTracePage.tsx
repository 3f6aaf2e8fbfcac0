import { Badge, Grid, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { AnchorLink } from '../../../ui/AnchorLink.tsx';
import { DataGrid } from '../../../ui/DataGrid.tsx';
import { sumDecimals } from '../../../ui/decimal.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatDate, formatQuantity, todayIn } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { PrintLabels } from '../../../ui/PrintLabels.tsx';
import { type LotTrace, useLotTrace } from '../inventory-api.ts';
import { useMoveColumns } from '../moves/move-columns.tsx';
import { ExpiryText } from './ExpiryText.tsx';

const route = getRouteApi('/shell/inventory/lots/$lotId');

type TraceMove = LotTrace['moves'][number];

const total = (moves: TraceMove[], types: TraceMove['moveType'][]) =>
  sumDecimals(moves.filter((m) => types.includes(m.moveType)).map((m) => m.quantity));

/** Partners on one side of the lot's story: who supplied it, or who got it. */
function Partners({ title, moves, empty }: { title: string; moves: TraceMove[]; empty: string }) {
  const company = useActiveCompany();
  return (
    <Panel title={title} flush>
      <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {moves.length === 0 && (
            <Table.Tr>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {moves.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Text size="sm">{m.partnerName ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {m.documentNumber} · {formatDate(m.postedAt, company)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatQuantity(m.quantity, company)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}

function TraceView({ trace }: { trace: LotTrace }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const { lot, moves, stock } = trace;
  const columns = useMoveColumns<TraceMove>(['posted', 'type', 'document', 'quantity', 'route', 'user']);
  const onHand = sumDecimals(stock.map((s) => s.onHand));
  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {lot.number}
            <Badge variant="light">{lot.isSerial ? t('lotTrace.serial') : t('lotTrace.lot')}</Badge>
          </Group>
        }
        description={
          <>
            <AnchorLink to="/products/$productId" params={{ productId: lot.productId }} fz="sm">
              {lot.sku}
            </AnchorLink>{' '}
            · {lot.productName}
          </>
        }
        actions={<PrintLabels kind="lot" ids={[lot.id]} />}
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure label={t('lotTrace.onHandNow')} value={formatQuantity(onHand, company)} testId="lot-on-hand" />
          <Figure
            label={t('lotTrace.received')}
            value={formatQuantity(total(moves, ['receipt', 'opening']), company)}
          />
          <Figure
            label={t('lotTrace.delivered')}
            value={formatQuantity(total(moves, ['delivery']), company)}
            hint={t('lotTrace.returned', { quantity: formatQuantity(total(moves, ['return']), company) })}
          />
          <Figure
            label={t('lotTrace.expiry')}
            value={<ExpiryText expiryDate={lot.expiryDate} today={todayIn(company.timezone)} />}
          />
        </SimpleGrid>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Partners
              title={t('lotTrace.cameFrom')}
              moves={moves.filter((m) => m.moveType === 'receipt')}
              empty={t('lotTrace.notReceived')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Partners
              title={t('lotTrace.wentTo')}
              moves={moves.filter((m) => m.moveType === 'delivery')}
              empty={t('lotTrace.notDelivered')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Panel title={t('lotTrace.whereNow')} flush>
              <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
                <Table.Tbody>
                  {stock.length === 0 && (
                    <Table.Tr>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {t('lotTrace.noneLeft')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {stock.map((s) => (
                    <Table.Tr key={s.locationCode}>
                      <Table.Td ff="monospace" fz="xs">
                        {s.locationCode}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatQuantity(s.onHand, company)}
                        {Number(s.reserved) > 0 && (
                          <Text span size="xs" c="dimmed" ml={4}>
                            {t('lotTrace.reserved', { quantity: formatQuantity(s.reserved, company) })}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Panel>
          </Grid.Col>
        </Grid>
        <Panel title={t('lotTrace.everyMove')} flush testId="trace-moves">
          <DataGrid<TraceMove>
            records={moves}
            columns={[
              ...columns,
              { accessor: 'partnerName', title: t('columns.partner'), render: (m) => m.partnerName ?? '—' },
            ]}
            minHeight={moves.length ? undefined : 120}
            noRecordsText={t('lotTrace.noMoves')}
          />
        </Panel>
      </Stack>
    </>
  );
}

export function LotTracePage() {
  const { lotId } = route.useParams();
  const trace = useLotTrace(lotId);
  if (trace.error) return <ErrorAlert error={trace.error} onRetry={() => void trace.refetch()} />;
  if (!trace.data) return <LoadingBlock />;
  return <TraceView trace={trace.data} />;
}
