import { Alert, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { formatQuantity } from '../../ui/format.ts';
import type { NotInvoiceable } from './invoice-form-values.ts';

/** The lines the server refused to invoice: asked for more than is delivered and not invoiced. */
export function RefusedLines({ lines }: { lines: NotInvoiceable[] }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('refusedLines.title')}
      data-testid="invoice-refusal"
    >
      <Text size="sm">{t('refusedLines.intro')}</Text>
      <Table fz="sm" verticalSpacing={4} mt="xs" maw={520} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('refusedLines.product')}</Table.Th>
            <Table.Th ta="right">{t('refusedLines.asked')}</Table.Th>
            <Table.Th ta="right">{t('refusedLines.leftToInvoice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.path} data-testid="refused-line">
              <Table.Td ff="monospace" fw={600}>
                {line.sku}
              </Table.Td>
              <Table.Td ta="right">{formatQuantity(line.requested, company)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatQuantity(line.invoiceable, company)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
