import { Alert, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCash, IconSend, IconX } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DocumentPage } from '../../ui/document/DocumentPage.tsx';
import type { DocumentState } from '../../ui/document/StatusBar.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatDay, formatMoney, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { Panel } from '../../ui/Panel.tsx';
import { JournalEffect } from '../accounting/index.ts';
import { CancelInvoiceModal } from './CancelInvoiceModal.tsx';
import { EmailInvoiceModal } from './EmailInvoiceModal.tsx';
import { InvoiceLines, InvoicePayments, PdfMenu } from './InvoicePanels.tsx';
import { InvoiceStateBadge, invoiceStateOptions, invoiceTitle } from './invoice-states.tsx';
import { type Invoice, useCancelInvoice, useInvoice, usePostInvoice } from './invoices-api.ts';
import { JournalEntryLink } from './JournalEntryLink.tsx';

const route = getRouteApi('/shell/invoices/$invoiceId');

/** Partly paid and cancelled invoices are off the usual path: shown only while an invoice is in them. */
function useDocumentStates(): DocumentState[] {
  const { t } = useTranslation('invoicing');
  return invoiceStateOptions(t).map((s) => ({
    ...s,
    aside: s.value === 'partially_paid' || s.value === 'cancelled',
  }));
}

function InvoiceDetails({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
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
    [t('invoicePage.customer'), customer],
    [t('invoicePage.kind'), t(`invoiceStates.kinds.${invoice.kind}`)],
    [t('invoicePage.date'), formatDay(invoice.invoiceDate, company)],
  ];
  if (invoice.kind === 'invoice') {
    rows.push([
      t('invoicePage.due'),
      <Text key="due" span size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
        {formatDay(invoice.dueDate, company)}
        {overdue && ` · ${t('invoicePage.overdue')}`}
      </Text>,
    ]);
    if (invoice.paymentTermName) rows.push([t('invoicePage.paymentTerm'), invoice.paymentTermName]);
    if (invoice.earlyPaymentDiscountPercent && invoice.earlyPaymentDiscountDueDate) {
      rows.push([
        t('invoicePage.earlyPaymentDiscount'),
        t('invoicePage.earlyPaymentDiscountUntil', {
          percent: invoice.earlyPaymentDiscountPercent,
          date: formatDay(invoice.earlyPaymentDiscountDueDate, company),
        }),
      ]);
    }
  }
  if (invoice.salesOrderId && invoice.salesOrderNumber) {
    rows.push([
      t('invoicePage.salesOrder'),
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
      t('invoicePage.creditsInvoice'),
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
      t('invoicePage.creditNote'),
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
    t('invoicePage.journalEntry'),
    invoice.journalEntryId && invoice.journalEntryNumber ? (
      <JournalEntryLink key="entry" id={invoice.journalEntryId} number={invoice.journalEntryNumber} />
    ) : (
      invoice.state === 'draft' && t('invoicePage.bookedWhenPosted')
    ),
  ]);
  if (invoice.cancelReason) rows.push([t('invoicePage.cancelReason'), invoice.cancelReason]);
  if (invoice.notes) rows.push([t('invoicePage.notes'), invoice.notes]);
  return (
    <Panel title={t('invoicePage.details')}>
      <FieldList rows={rows} />
    </Panel>
  );
}

function InvoiceView({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const canEmail = useCan('invoicing.invoice.send') && invoice.number !== null;
  const [emailing, { open: askEmail, close: closeEmail }] = useDisclosure();
  const post = usePostInvoice(invoice.id);
  const cancel = useCancelInvoice(invoice.id);
  const [cancelling, { open: askCancel, close: closeCancel }] = useDisclosure();
  const [refusal, setRefusal] = useState<unknown>(null);
  const title = invoiceTitle(t, invoice);
  const total = formatMoney(invoice.total, { locale: company.locale, currency: invoice.currency });

  const postInvoice = () =>
    post.mutateAsync().then((next) => {
      setRefusal(null);
      notifySuccess(t('invoicePage.postedAs', { number: next.number }));
    }, setRefusal);

  const cancelInvoice = (reason: string) =>
    cancel.mutate(reason, {
      onSuccess: (next) => {
        closeCancel();
        setRefusal(null);
        notifySuccess(
          next.creditNoteNumber
            ? t('invoicePage.cancelledByCreditNote', { title, creditNote: next.creditNoteNumber })
            : t('invoicePage.cancelled', { title }),
        );
      },
      onError: (error) => notifyError(error, t('invoicePage.cancelFailed')),
    });

  return (
    <DocumentPage
      title={<span data-testid="invoice-number">{title}</span>}
      badges={<InvoiceStateBadge state={invoice.state} kind={invoice.kind} size="lg" />}
      description={`${invoice.customerName} · ${formatDay(invoice.invoiceDate, company)}`}
      tools={<PdfMenu invoice={invoice} onEmail={canEmail ? askEmail : undefined} />}
      states={useDocumentStates()}
      state={invoice.state}
      allowedActions={invoice.allowedActions}
      actions={[
        {
          action: 'post',
          label: t('invoicePage.post'),
          icon: <IconSend size={16} />,
          primary: true,
          permitted: useCan('invoicing.invoice.post'),
          confirm: {
            title: t('invoicePage.postTitle', { title }),
            effect: t('invoicePage.postEffect', { total, customer: invoice.customerName }),
          },
          run: postInvoice,
        },
        {
          action: 'pay',
          label: t('invoicePage.recordPayment'),
          permitted: useCan('invoicing.payment.create'),
          link: (
            <ButtonLink
              to="/payments/new"
              search={{ customerId: invoice.customerId, invoiceId: invoice.id }}
              leftSection={<IconCash size={16} />}
            >
              {t('invoicePage.recordPayment')}
            </ButtonLink>
          ),
        },
        {
          action: 'cancel',
          label: t('invoicePage.cancel'),
          icon: <IconX size={16} />,
          color: 'red',
          permitted: useCan('invoicing.invoice.cancel'),
          run: askCancel,
        },
      ]}
      notice={
        <>
          {refusal !== null && <ErrorAlert error={refusal} title={t('invoicePage.notPosted')} />}
          {invoice.state === 'draft' && refusal === null && (
            <Alert color="gray" variant="light" mb="md">
              {t('invoicePage.draftNotice')}
            </Alert>
          )}
        </>
      }
      tabs={{
        lines: <InvoiceLines invoice={invoice} />,
        ledger: invoice.journalEntryId && (
          <JournalEffect entryId={invoice.journalEntryId} number={invoice.journalEntryNumber} />
        ),
        related: invoice.kind === 'invoice' && invoice.state !== 'draft' && <InvoicePayments invoice={invoice} />,
      }}
      aside={<InvoiceDetails invoice={invoice} />}
      record={{ recordType: 'customer_invoice', recordId: invoice.id }}
    >
      <EmailInvoiceModal invoice={invoice} title={title} opened={emailing} onClose={closeEmail} />
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
    </DocumentPage>
  );
}

export function InvoicePage() {
  const { invoiceId } = route.useParams();
  const invoice = useInvoice(invoiceId);
  if (invoice.error) return <ErrorAlert error={invoice.error} onRetry={() => void invoice.refetch()} />;
  if (!invoice.data) return <LoadingBlock />;
  return <InvoiceView key={invoice.data.id} invoice={invoice.data} />;
}
