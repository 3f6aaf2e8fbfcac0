import { Alert, Button, Grid, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconCash,
  IconChevronDown,
  IconDownload,
  IconExternalLink,
  IconFileTypePdf,
  IconMail,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { AuditTrail } from '../../ui/AuditTrail.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Chatter } from '../../ui/Chatter.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatDay, formatMoney, formatPercent, formatQuantity, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { CancelInvoiceModal } from './CancelInvoiceModal.tsx';
import { EmailInvoiceModal } from './EmailInvoiceModal.tsx';
import { InvoiceTotals } from './InvoiceTotals.tsx';
import { InvoiceStateBadge, invoiceKindLabels, invoiceTitle } from './invoice-states.tsx';
import {
  downloadInvoicePdf,
  type Invoice,
  openInvoicePdf,
  useCancelInvoice,
  useInvoice,
  usePostInvoice,
} from './invoices-api.ts';
import { JournalEntryLink } from './JournalEntryLink.tsx';

const route = getRouteApi('/shell/invoices/$invoiceId');

function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: invoice.currency });
  const discounted = invoice.lines.some((line) => line.discountPercent !== '0');
  return (
    <Panel title="Lines" flush>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>#</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              {discounted && <Table.Th ta="right">Discount</Table.Th>}
              <Table.Th ta="right">Net</Table.Th>
              <Table.Th ta="right">VAT</Table.Th>
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

function InvoiceDetails({ invoice }: { invoice: Invoice }) {
  const company = useActiveCompany();
  const overdue = invoice.amountDue !== '0' && invoice.dueDate < todayIn(company.timezone);
  const customer = useCan('partners.customer.read') ? (
    <AnchorLink to="/customers/$customerId" params={{ customerId: invoice.customerId }} fz="sm">
      {invoice.customerName}
    </AnchorLink>
  ) : (
    invoice.customerName
  );
  const rows: [string, ReactNode][] = [
    ['Customer', customer],
    ['Kind', invoiceKindLabels[invoice.kind]],
    ['Date', formatDay(invoice.invoiceDate, company)],
  ];
  if (invoice.kind === 'invoice') {
    rows.push([
      'Due',
      <Text key="due" span size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
        {formatDay(invoice.dueDate, company)}
        {overdue && ' · overdue'}
      </Text>,
    ]);
  }
  if (invoice.salesOrderId && invoice.salesOrderNumber) {
    rows.push([
      'Sales order',
      <AnchorLink
        key="order"
        to="/sales-orders/$orderId"
        params={{ orderId: invoice.salesOrderId }}
        ff="monospace"
        fz="sm"
      >
        {invoice.salesOrderNumber}
      </AnchorLink>,
    ]);
  }
  if (invoice.creditedInvoiceId) {
    rows.push([
      'Credits invoice',
      <AnchorLink
        key="credited"
        to="/invoices/$invoiceId"
        params={{ invoiceId: invoice.creditedInvoiceId }}
        ff="monospace"
        fz="sm"
      >
        {invoice.creditedInvoiceNumber}
      </AnchorLink>,
    ]);
  }
  if (invoice.creditNoteId) {
    rows.push([
      'Credit note',
      <AnchorLink
        key="credit-note"
        to="/invoices/$invoiceId"
        params={{ invoiceId: invoice.creditNoteId }}
        ff="monospace"
        fz="sm"
        data-testid="credit-note-link"
      >
        {invoice.creditNoteNumber}
      </AnchorLink>,
    ]);
  }
  rows.push([
    'Journal entry',
    invoice.journalEntryId && invoice.journalEntryNumber ? (
      <JournalEntryLink key="entry" id={invoice.journalEntryId} number={invoice.journalEntryNumber} />
    ) : (
      invoice.state === 'draft' && 'Booked when posted'
    ),
  ]);
  if (invoice.cancelReason) rows.push(['Cancel reason', invoice.cancelReason]);
  if (invoice.notes) rows.push(['Notes', invoice.notes]);
  return (
    <Panel title="Details">
      <FieldList rows={rows} />
    </Panel>
  );
}

function InvoicePayments({ invoice }: { invoice: Invoice }) {
  const company = useActiveCompany();
  const canOpen = useCan('invoicing.payment.read');
  if (invoice.kind !== 'invoice' || invoice.state === 'draft') return null;
  return (
    <Panel title="Payments" flush testId="invoice-payments">
      {invoice.payments.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          Nothing paid yet.
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

function PdfMenu({ invoice, onEmail }: { invoice: Invoice; onEmail?: () => void }) {
  const pdf = useMutation({
    mutationFn: (open: boolean) => (open ? openInvoicePdf(invoice) : downloadInvoicePdf(invoice)),
    onError: (error) => notifyError(error, 'Could not get the PDF'),
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
          PDF
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconExternalLink size={16} />} onClick={() => pdf.mutate(true)}>
          Open
        </Menu.Item>
        <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => pdf.mutate(false)}>
          Download
        </Menu.Item>
        {onEmail && (
          <Menu.Item leftSection={<IconMail size={16} />} onClick={onEmail}>
            Email to customer
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function InvoiceView({ invoice }: { invoice: Invoice }) {
  const company = useActiveCompany();
  const canPost = useCan('invoicing.invoice.post') && invoice.actions.includes('post');
  const canCancel = useCan('invoicing.invoice.cancel') && invoice.actions.includes('cancel');
  const canPay = useCan('invoicing.payment.create') && invoice.actions.includes('pay');
  const canEmail = useCan('invoicing.invoice.send') && invoice.number !== null;
  const canSeeHistory = useCan('platform.audit.read');
  const [emailing, { open: askEmail, close: closeEmail }] = useDisclosure();
  const post = usePostInvoice(invoice.id);
  const cancel = useCancelInvoice(invoice.id);
  const [posting, { open: askPost, close: closePost }] = useDisclosure();
  const [cancelling, { open: askCancel, close: closeCancel }] = useDisclosure();
  const [refusal, setRefusal] = useState<unknown>(null);
  const title = invoiceTitle(invoice);

  const postInvoice = () =>
    post.mutate(undefined, {
      onSuccess: (next) => {
        closePost();
        setRefusal(null);
        notifySuccess(`Posted as ${next.number}`);
      },
      onError: (error) => {
        closePost();
        setRefusal(error);
      },
    });

  const cancelInvoice = (reason: string) =>
    cancel.mutate(reason, {
      onSuccess: (next) => {
        closeCancel();
        setRefusal(null);
        notifySuccess(
          next.creditNoteNumber ? `${title} cancelled by credit note ${next.creditNoteNumber}` : `${title} cancelled`,
        );
      },
      onError: (error) => notifyError(error, 'Could not cancel the invoice'),
    });

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span data-testid="invoice-number">{title}</span>
            <InvoiceStateBadge state={invoice.state} kind={invoice.kind} size="lg" />
          </Group>
        }
        description={`${invoice.customerName} · ${formatDay(invoice.invoiceDate, company)}`}
        actions={
          <>
            <PdfMenu invoice={invoice} onEmail={canEmail ? askEmail : undefined} />
            {canCancel && (
              <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={askCancel}>
                Cancel invoice
              </Button>
            )}
            {canPay && (
              <ButtonLink
                to="/payments/new"
                search={{ customerId: invoice.customerId, invoiceId: invoice.id }}
                leftSection={<IconCash size={16} />}
              >
                Record payment
              </ButtonLink>
            )}
            {canPost && (
              <Button leftSection={<IconSend size={16} />} onClick={askPost}>
                Post invoice
              </Button>
            )}
          </>
        }
      />
      <EmailInvoiceModal invoice={invoice} title={title} opened={emailing} onClose={closeEmail} />
      {refusal !== null && <ErrorAlert error={refusal} title="The invoice was not posted" />}
      {invoice.state === 'draft' && refusal === null && (
        <Alert color="gray" variant="light" mb="md">
          A draft has no number yet and is not in the ledger. Check the lines and totals, then post it.
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <InvoiceLines invoice={invoice} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <InvoiceDetails invoice={invoice} />
            <InvoicePayments invoice={invoice} />
            {canSeeHistory && <AuditTrail entity="customer_invoice" id={invoice.id} company={company} />}
            <Chatter recordType="customer_invoice" recordId={invoice.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={posting}
        title={`Post ${title}`}
        confirmLabel="Post invoice"
        loading={post.isPending}
        onConfirm={postInvoice}
        onCancel={closePost}
      >
        Posting gives the invoice its number and books{' '}
        {formatMoney(invoice.total, { locale: company.locale, currency: invoice.currency })} to the customer's
        receivable, with the revenue and VAT. A posted invoice is corrected only by a credit note.
      </ConfirmDialog>
      {cancelling && (
        <CancelInvoiceModal
          opened
          title={title}
          posted={invoice.state !== 'draft'}
          cancelling={cancel.isPending}
          onCancelInvoice={cancelInvoice}
          onClose={closeCancel}
        />
      )}
    </>
  );
}

export function InvoicePage() {
  const { invoiceId } = route.useParams();
  const invoice = useInvoice(invoiceId);
  if (invoice.error) return <ErrorAlert error={invoice.error} onRetry={() => void invoice.refetch()} />;
  if (!invoice.data) return <LoadingBlock />;
  return <InvoiceView key={invoice.data.id} invoice={invoice.data} />;
}
