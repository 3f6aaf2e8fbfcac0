import { Badge, Table, Text } from '@mantine/core';
import { useActiveCompany } from '../../app/me.ts';
import { subtractDecimals } from '../../ui/decimal.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime, formatMoney, formatQuantity } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { useRecentMoves, useStockByLocation } from './inventory-api.ts';

const moveTypeLabels: Record<string, string> = {
  opening: 'Opening stock',
  adjustment: 'Adjustment',
  receipt: 'Receipt',
  delivery: 'Delivery',
  transfer: 'Transfer',
  scrap: 'Scrap',
  return: 'Return',
  count: 'Stock count',
};

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
  const company = useActiveCompany();
  const stock = useStockByLocation(productId);
  return (
    <Panel title="Stock by location" flush testId="stock-by-location">
      {stock.error && <ErrorAlert error={stock.error} onRetry={() => void stock.refetch()} />}
      {stock.isPending && <LoadingBlock />}
      {stock.data && (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Location</Table.Th>
                <Table.Th ta="right">On hand</Table.Th>
                <Table.Th ta="right">Reserved</Table.Th>
                <Table.Th ta="right">Available</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stock.data.length === 0 && <EmptyRow columns={4} text="No stock in any location." />}
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
  const company = useActiveCompany();
  const moves = useRecentMoves(productId);
  return (
    <Panel title="Recent stock moves" flush testId="recent-moves">
      {moves.error && <ErrorAlert error={moves.error} onRetry={() => void moves.refetch()} />}
      {moves.isPending && <LoadingBlock />}
      {moves.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Posted</Table.Th>
                <Table.Th>Move</Table.Th>
                <Table.Th>From → to</Table.Th>
                <Table.Th ta="right">Quantity</Table.Th>
                <Table.Th ta="right">Unit cost</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moves.data.items.length === 0 && <EmptyRow columns={5} text="No stock moves yet." />}
              {moves.data.items.map((move) => {
                const incoming = isOwnStock(move.toLocation) && !isOwnStock(move.fromLocation);
                const outgoing = isOwnStock(move.fromLocation) && !isOwnStock(move.toLocation);
                return (
                  <Table.Tr key={move.id} data-testid="stock-move">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(move.postedAt, company)}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={incoming ? 'teal' : outgoing ? 'orange' : 'gray'}>
                        {moveTypeLabels[move.moveType] ?? move.moveType}
                      </Badge>
                      {move.moveType === 'adjustment' && move.reason && (
                        <Text span size="xs" c="dimmed" ml={6}>
                          {move.reason.replaceAll('_', ' ')}
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
