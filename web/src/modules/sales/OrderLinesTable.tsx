import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney, formatPercent, formatQuantity } from '../../ui/format.ts';
import { OrderTotals } from './OrderTotals.tsx';
import type { SalesOrder } from './sales-api.ts';

/** The saved lines of an order with the totals the server computed. */
export function OrderLinesTable({ order }: { order: SalesOrder }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: order.currency });
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={7} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th>{t('orderLines.product')}</Table.Th>
              <Table.Th ta="right">{t('orderLines.quantity')}</Table.Th>
              <Table.Th ta="right">{t('orderLines.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('orderLines.discount')}</Table.Th>
              <Table.Th ta="right">{t('orderLines.lineTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.id} data-testid="order-line">
                <Table.Td c="dimmed">{line.lineNo}</Table.Td>
                <Table.Td>
                  <Text span size="sm" fw={600} ff="monospace">
                    {line.sku}
                  </Text>{' '}
                  <Text span size="sm">
                    {line.productName}
                  </Text>
                  {line.description && (
                    <Text size="xs" c="dimmed">
                      {line.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {formatQuantity(line.quantity, company)} {line.unitOfMeasure}
                  {line.deliveredQuantity !== '0' && (
                    <Text size="xs" c="dimmed" data-testid="line-delivered">
                      {line.returnedQuantity === '0'
                        ? t('orderLines.delivered', { delivered: formatQuantity(line.deliveredQuantity, company) })
                        : t('orderLines.deliveredReturned', {
                            delivered: formatQuantity(line.deliveredQuantity, company),
                            returned: formatQuantity(line.returnedQuantity, company),
                          })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                <Table.Td ta="right">
                  {line.discountPercent === '0' ? '—' : formatPercent(line.discountPercent, company)}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(line.lineTotal)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group px="md" pb="md" pt="xs">
        <OrderTotals totals={order} currency={order.currency} />
      </Group>
    </>
  );
}
