import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney, formatPercent, formatQuantity } from '../../ui/format.ts';
import { reasonLabel } from './count-labels.tsx';
import type { StockCount } from './stock-counts-api.ts';

const signed = (text: string) => (text.startsWith('-') || text === '0' ? text : `+${text}`);
const toneOf = (variance: string | null) =>
  variance === null || variance === '0' ? 'dimmed' : variance.startsWith('-') ? 'red' : 'teal';

/** Matching: per line the snapshot, the count, the variance and its value and reason. */
export function CountLinesTable({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: count.currency });
  if (count.lines.length === 0) {
    return (
      <Text size="sm" c="dimmed" px="md" pb="md">
        {count.state === 'scheduled' ? t('countLines.beforeStart') : t('countLines.noLines')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={5} horizontalSpacing="sm" fz="sm" striped data-testid="matching-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('countColumns.location')}</Table.Th>
            <Table.Th>{t('countColumns.product')}</Table.Th>
            <Table.Th ta="right">{t('countColumns.system')}</Table.Th>
            <Table.Th ta="right">{t('countColumns.counted')}</Table.Th>
            <Table.Th ta="right">{t('countColumns.variance')}</Table.Th>
            <Table.Th ta="right">%</Table.Th>
            <Table.Th ta="right">{t('countColumns.value')}</Table.Th>
            <Table.Th>{t('countColumns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {count.lines.map((line) => (
            <Table.Tr key={line.id} data-testid="matching-line" data-sku={line.sku}>
              <Table.Td>{line.lineNo}</Table.Td>
              <Table.Td ff="monospace">{line.locationCode}</Table.Td>
              <Table.Td>
                <Text span ff="monospace" fw={600} size="sm">
                  {line.sku}
                </Text>{' '}
                {line.productName}
                {line.lotNumber && (
                  <Text size="xs" c="dimmed">
                    {t('countColumns.lot', { lot: line.lotNumber })}
                  </Text>
                )}
                {line.recount && (
                  <Badge size="xs" color="orange" variant="light" ml={6}>
                    {t('countColumns.recount')}
                  </Badge>
                )}
                {line.addedWhileCounting && (
                  <Badge size="xs" variant="light" color="grape" ml={6}>
                    {t('countColumns.found')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {line.systemQuantity === null ? '—' : formatQuantity(line.systemQuantity, company)}
              </Table.Td>
              <Table.Td ta="right" data-testid="line-counted">
                {line.countedQuantity === null ? '—' : formatQuantity(line.countedQuantity, company)}
              </Table.Td>
              <Table.Td ta="right" fw={600} c={toneOf(line.variance)} data-testid="line-variance">
                {line.variance === null ? '—' : signed(formatQuantity(line.variance, company))}
              </Table.Td>
              <Table.Td ta="right" c={toneOf(line.variance)}>
                {line.variancePercent === null ? '—' : formatPercent(line.variancePercent, company)}
              </Table.Td>
              <Table.Td ta="right" c={toneOf(line.varianceValue)} data-testid="line-value">
                {line.varianceValue === null ? '—' : money(line.varianceValue)}
              </Table.Td>
              <Table.Td>{line.reason ? reasonLabel(t, line.reason) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
