import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatDay, formatMoney, formatQuantity } from '../../ui/format.ts';
import { Panel } from '../../ui/Panel.tsx';
import type { SalesOrder } from './sales-api.ts';

export function Reservations({ order }: { order: SalesOrder }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const lineOf = (productId: string) => order.lines.find((line) => line.productId === productId);
  return (
    <Panel title={t('orderPage.reservedStock')} flush testId="reservations">
      {order.reservations.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {order.state === 'draft' ? t('orderPage.reservedOnConfirm') : t('orderPage.nothingReserved')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Tbody>
            {order.reservations.map((r) => {
              const line = lineOf(r.productId);
              return (
                <Table.Tr key={`${r.productId}-${r.locationId}`} data-testid="reservation">
                  <Table.Td>
                    <AnchorLink to="/products/$productId" params={{ productId: r.productId }} ff="monospace" fz="sm">
                      {line?.sku ?? r.productId}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {line?.productName} · {r.locationCode}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatQuantity(r.quantity, company)} {line?.unitOfMeasure}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}

const operationTypes = ['delivery', 'return'] as const;
const operationLabel = (t: TFunction<'sales'>, type: string) =>
  (operationTypes as readonly string[]).includes(type)
    ? t(`orderPage.operationTypes.${type as (typeof operationTypes)[number]}`)
    : type;

/** The order's deliveries and returns, each a stock operation with its value at cost. */
export function StockOperations({ order }: { order: SalesOrder }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const canOpen = useCan('inventory.stock.read');
  if (order.stockOperations.length === 0) return null;
  return (
    <Panel title={t('orderPage.deliveriesAndReturns')} flush testId="order-stock-operations">
      <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {order.stockOperations.map((operation) => (
            <Table.Tr key={operation.id} data-testid="order-stock-operation">
              <Table.Td>
                {canOpen ? (
                  <AnchorLink
                    to="/inventory/operations/$operationId"
                    params={{ operationId: operation.id }}
                    ff="monospace"
                    fz="sm"
                  >
                    {operation.number}
                  </AnchorLink>
                ) : (
                  <Text span ff="monospace" fz="sm">
                    {operation.number}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {operationLabel(t, operation.type)} · {formatDay(operation.operationDate, company)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(operation.value, company)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}
