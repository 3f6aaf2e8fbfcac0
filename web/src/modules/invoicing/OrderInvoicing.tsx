import { Table, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { Panel } from '../../ui/Panel.tsx';
import { InvoiceStateBadge, invoiceTitle } from './invoice-states.tsx';
import { useOrderInvoices } from './invoices-api.ts';

interface OrderRef {
  id: string;
  allowedActions: readonly string[];
}

/** "Create invoice" on a sales order that may be invoiced, for those who may draft invoices. */
export function CreateInvoiceButton({ order }: { order: OrderRef }) {
  const { t } = useTranslation('invoicing');
  const canCreate = useCan('invoicing.invoice.create');
  if (!canCreate || !order.allowedActions.includes('invoice')) return null;
  return (
    <ButtonLink
      variant="default"
      to="/invoices/new"
      search={{ orderId: order.id }}
      leftSection={<IconFileInvoice size={16} />}
    >
      {t('orderInvoicing.createInvoice')}
    </ButtonLink>
  );
}

/** The invoices and credit notes of a sales order, for its page. */
export function OrderInvoicesPanel({ order }: { order: OrderRef }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const canRead = useCan('invoicing.invoice.read');
  const invoices = useOrderInvoices(order.id, canRead);
  if (!canRead || !invoices.data || invoices.data.length === 0) return null;
  return (
    <Panel title={t('orderInvoicing.invoices')} flush testId="order-invoices">
      <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
        <Table.Tbody>
          {invoices.data.map((invoice) => (
            <Table.Tr key={invoice.id} data-testid="order-invoice">
              <Table.Td>
                <AnchorLink to="/invoices/$invoiceId" params={{ invoiceId: invoice.id }} ff="monospace" fz="sm">
                  {invoiceTitle(t, invoice)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {formatDay(invoice.invoiceDate, company)}
                </Text>
              </Table.Td>
              <Table.Td>
                <InvoiceStateBadge state={invoice.state} kind={invoice.kind} />
              </Table.Td>
              <Table.Td ta="right">
                {formatMoney(invoice.total, { locale: company.locale, currency: invoice.currency })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Panel>
  );
}
