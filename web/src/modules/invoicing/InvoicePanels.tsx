import { Button, Group, Menu, Table, Text } from '@mantine/core';
import { IconChevronDown, IconDownload, IconExternalLink, IconFileTypePdf, IconMail } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatDay, formatMoney, formatPercent, formatQuantity } from '../../ui/format.ts';
import { notifyError } from '../../ui/notify.ts';
import { Panel } from '../../ui/Panel.tsx';
import { InvoiceTotals } from './InvoiceTotals.tsx';
import { downloadInvoicePdf, type Invoice, openInvoicePdf } from './invoices-api.ts';

/** The invoice's lines with its totals. */
export function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: invoice.currency });
  const discounted = invoice.lines.some((line) => line.discountPercent !== '0');
  return (
    <Panel title={t('invoicePanels.lines')} flush>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th>{t('invoicePanels.description')}</Table.Th>
              <Table.Th ta="right">{t('invoicePanels.quantity')}</Table.Th>
              <Table.Th ta="right">{t('invoicePanels.unitPrice')}</Table.Th>
              {discounted && <Table.Th ta="right">{t('invoicePanels.discount')}</Table.Th>}
              <Table.Th ta="right">{t('invoicePanels.net')}</Table.Th>
              <Table.Th ta="right">{t('invoicePanels.vat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((line) => (
              <Table.Tr key={line.lineNo} data-testid="invoice-line">
                <Table.Td c="dimmed">{line.lineNo}</Table.Td>
                <Table.Td>{line.description}</Table.Td>
                <Table.Td ta="right">{formatQuantity(line.quantity, company)}</Table.Td>
                <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                {discounted && (
                  <Table.Td ta="right">
                    {line.discountPercent === '0' ? '—' : formatPercent(line.discountPercent, company)}
                  </Table.Td>
                )}
                <Table.Td ta="right" fw={600}>
                  {money(line.netAmount)}
                </Table.Td>
                <Table.Td ta="right">
                  {money(line.taxAmount)}
                  <Text size="xs" c="dimmed">
                    {formatPercent(line.taxRate, company)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group px="md" pb="md">
        <InvoiceTotals invoice={invoice} />
      </Group>
    </Panel>
  );
}

/** The payments settling a posted invoice. */
export function InvoicePayments({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const canOpen = useCan('invoicing.payment.read');
  if (invoice.kind !== 'invoice' || invoice.state === 'draft') return null;
  return (
    <Panel title={t('invoicePanels.payments')} flush testId="invoice-payments">
      {invoice.payments.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('invoicePanels.nothingPaid')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Tbody>
            {invoice.payments.map((p) => (
              <Table.Tr key={`${p.paymentId}-${p.allocatedOn}`} data-testid="invoice-payment">
                <Table.Td>
                  {canOpen ? (
                    <AnchorLink to="/payments/$paymentId" params={{ paymentId: p.paymentId }} ff="monospace" fz="sm">
                      {p.number}
                    </AnchorLink>
                  ) : (
                    <Text span ff="monospace" fz="sm">
                      {p.number}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatDay(p.allocatedOn, company)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatMoney(p.amount, { locale: company.locale, currency: invoice.currency })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}

/** The invoice's PDF, opened or downloaded, and sent to the customer. */
export function PdfMenu({ invoice, onEmail }: { invoice: Invoice; onEmail?: () => void }) {
  const { t } = useTranslation('invoicing');
  const pdf = useMutation({
    mutationFn: (open: boolean) => (open ? openInvoicePdf(invoice) : downloadInvoicePdf(invoice)),
    onError: (error) => notifyError(error, t('invoicePanels.pdfFailed')),
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={pdf.isPending}
        >
          {t('invoicePanels.pdf')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconExternalLink size={16} />} onClick={() => pdf.mutate(true)}>
          {t('invoicePanels.open')}
        </Menu.Item>
        <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => pdf.mutate(false)}>
          {t('invoicePanels.download')}
        </Menu.Item>
        {onEmail && (
          <Menu.Item leftSection={<IconMail size={16} />} onClick={onEmail}>
            {t('invoicePanels.email')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
