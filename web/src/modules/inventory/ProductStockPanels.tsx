import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { subtractDecimals } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime, formatMoney, formatQuantity } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { useRecentMoves, useStockByLocation } from './inventory-api.ts';
import { moveReasonLabel, moveTypeLabel } from './inventory-labels.ts';

/** Virtual locations (vendors, customers, inventory loss) are outside the company's stock. */
const isOwnStock = (location: string) => !location.startsWith('VIRTUAL/');

function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text size="sm" c="dimmed" ta="center" py="xs">
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** On hand, reserved and available of one product in each location that holds it. */
export function StockByLocation({ productId }: { productId: string }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const stock = useStockByLocation(productId);
  return (
    <Panel title={t('productStock.byLocation')} flush testId="stock-by-location">
      {stock.error && <ErrorAlert error={stock.error} onRetry={() => void stock.refetch()} />}
      {stock.isPending && <LoadingBlock />}
      {stock.data && (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.location')}</Table.Th>
                <Table.Th ta="right">{t('columns.onHand')}</Table.Th>
                <Table.Th ta="right">{t('columns.reserved')}</Table.Th>
                <Table.Th ta="right">{t('columns.available')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stock.data.length === 0 && <EmptyRow columns={4} text={t('productStock.noStock')} />}
              {stock.data.map((row) => (
                <Table.Tr key={row.locationId}>
                  <Table.Td>
                    <Text size="sm">{row.locationName}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {row.locationCode}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatQuantity(row.onHand, company)}</Table.Td>
                  <Table.Td ta="right">{formatQuantity(row.reserved, company)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatQuantity(subtractDecimals(row.onHand, row.reserved), company)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}

/** The latest stock moves of one product: what came in, what went out, and why. */
export function RecentMoves({ productId }: { productId: string }) {
  const { t } = useTranslation('inventory');
  const company = useActiveCompany();
  const moves = useRecentMoves(productId);
  return (
    <Panel title={t('productStock.recentMoves')} flush testId="recent-moves">
      {moves.error && <ErrorAlert error={moves.error} onRetry={() => void moves.refetch()} />}
      {moves.isPending && <LoadingBlock />}
      {moves.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.posted')}</Table.Th>
                <Table.Th>{t('columns.move')}</Table.Th>
                <Table.Th>{t('columns.fromTo')}</Table.Th>
                <Table.Th ta="right">{t('columns.quantity')}</Table.Th>
                <Table.Th ta="right">{t('columns.unitCost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moves.data.items.length === 0 && <EmptyRow columns={5} text={t('productStock.noMoves')} />}
              {moves.data.items.map((move) => {
                const incoming = isOwnStock(move.toLocation) && !isOwnStock(move.fromLocation);
                const outgoing = isOwnStock(move.fromLocation) && !isOwnStock(move.toLocation);
                return (
                  <Table.Tr key={move.id} data-testid="stock-move">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(move.postedAt, company)}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={incoming ? 'teal' : outgoing ? 'orange' : 'gray'}>
                        {moveTypeLabel(t, move.moveType)}
                      </Badge>
                      {move.moveType === 'adjustment' && move.reason && (
                        <Text span size="xs" c="dimmed" ml={6}>
                          {moveReasonLabel(t, move.reason)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {move.fromLocation} → {move.toLocation}
                    </Table.Td>
                    <Table.Td ta="right" fw={600} c={incoming ? 'teal' : outgoing ? 'orange' : undefined}>
                      {incoming ? '+' : outgoing ? '−' : ''}
                      {formatQuantity(move.quantity, company)}
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(move.unitCost, company)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}
