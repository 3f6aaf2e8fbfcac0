import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck, IconMail, IconPencil, IconTruckDelivery, IconX } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { DocumentPage } from '../../ui/document/DocumentPage.tsx';
import { EmailDocumentModal } from '../../ui/document/EmailDocumentModal.tsx';
import type { DocumentState } from '../../ui/document/StatusBar.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatMoney, formatQuantity } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { Panel } from '../../ui/Panel.tsx';
import { CreateInvoiceButton, OrderInvoicesPanel } from '../invoicing/index.ts';
import { CancelOrderModal } from './CancelOrderModal.tsx';
import { ConfirmRefusal } from './ConfirmRefusal.tsx';
import { DeliverOrderModal } from './DeliverOrderModal.tsx';
import { OrderLinesTable } from './OrderLinesTable.tsx';
import { Reservations, StockOperations } from './OrderStockPanels.tsx';
import { OrderStateBadge, useOrderStateOptions } from './order-states.tsx';
import { ReturnOrderModal } from './ReturnOrderModal.tsx';
import {
  type SalesOrder,
  useCancelSalesOrder,
  useConfirmSalesOrder,
  useEmailSalesOrder,
  useSalesOrder,
} from './sales-api.ts';

const route = getRouteApi('/shell/sales-orders/$orderId');

/** Partly delivered and cancelled orders are off the usual path: shown only while an order is in them. */
function useDocumentStates(): DocumentState[] {
  return useOrderStateOptions().map((s) => ({
    ...s,
    aside: s.value === 'partially_delivered' || s.value === 'cancelled',
  }));
}

function OrderDetails({ order }: { order: SalesOrder }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const customer = useCan('partners.customer.read') ? (
    <AnchorLink to="/customers/$customerId" params={{ customerId: order.customerId }} fz="sm">
      {order.customerName}
    </AnchorLink>
  ) : (
    order.customerName
  );
  const rows: [string, ReactNode][] = [
    [t('orderPage.customer'), customer],
    [t('orderPage.orderDate'), formatDay(order.orderDate, company)],
    [t('orderPage.created'), formatDateTime(order.createdAt, company)],
  ];
  if (order.confirmedAt) rows.push([t('orderPage.confirmed'), formatDateTime(order.confirmedAt, company)]);
  if (order.cancelledAt) rows.push([t('orderPage.cancelled'), formatDateTime(order.cancelledAt, company)]);
  if (order.cancelReason) rows.push([t('orderPage.cancelReason'), order.cancelReason]);
  if (order.notes) rows.push([t('orderPage.notes'), order.notes]);
  return (
    <Panel title={t('orderPage.details')}>
      <FieldList rows={rows} />
    </Panel>
  );
}

/** What confirming reserves, line by line, and what it commits the customer to. */
function confirmEffect(t: TFunction<'sales'>, order: SalesOrder, company: ReturnType<typeof useActiveCompany>) {
  const reserved = order.lines
    .filter((line) => line.stocked)
    .map((line) =>
      t('orderPage.reservedLine', {
        quantity: formatQuantity(line.quantity, company),
        unit: line.unitOfMeasure,
        product: line.productName,
      }),
    );
  const figures = {
    total: formatMoney(order.total, { locale: company.locale, currency: order.currency }),
    customer: order.customerName,
  };
  return reserved.length > 0
    ? t('orderPage.confirmEffect', { ...figures, reserved: reserved.join(', ') })
    : t('orderPage.confirmEffectNoStock', figures);
}

function OrderView({ order }: { order: SalesOrder }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const [delivering, { open: openDeliver, close: closeDeliver }] = useDisclosure();
  const [returning, { open: openReturn, close: closeReturn }] = useDisclosure();
  const confirm = useConfirmSalesOrder(order.id);
  const cancel = useCancelSalesOrder(order.id);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [cancelling, { open: askCancel, close: closeCancel }] = useDisclosure();
  const [emailing, { open: askEmail, close: closeEmail }] = useDisclosure();
  const email = useEmailSalesOrder(order.id);
  // Emailing is not a state change: any order past its draft, and not cancelled, can be sent.
  const emailable = order.state !== 'draft' && order.state !== 'cancelled';

  const confirmOrder = (overrideCreditLimit = false) =>
    confirm.mutateAsync({ overrideCreditLimit: overrideCreditLimit || undefined }).then((next) => {
      setRefusal(null);
      notifySuccess(t('orderPage.confirmedNotice', { number: next.number }));
    }, setRefusal);

  const cancelOrder = (reason: string | undefined) =>
    cancel.mutate(reason, {
      onSuccess: (next) => {
        closeCancel();
        setRefusal(null);
        notifySuccess(t('orderPage.cancelledNotice', { number: next.number }));
      },
      onError: (error) => notifyError(error, t('orderPage.cancelFailed')),
    });

  return (
    <DocumentPage
      title={order.number}
      badges={<OrderStateBadge state={order.state} size="lg" />}
      description={`${order.customerName} · ${formatDay(order.orderDate, company)}`}
      states={useDocumentStates()}
      state={order.state}
      allowedActions={emailable ? [...order.allowedActions, 'email'] : order.allowedActions}
      actions={[
        {
          action: 'confirm',
          label: t('orderPage.confirm'),
          icon: <IconCheck size={16} />,
          primary: true,
          permitted: useCan('sales.order.confirm'),
          loading: confirm.isPending,
          confirm: {
            title: t('orderPage.confirmTitle', { number: order.number }),
            effect: confirmEffect(t, order, company),
          },
          run: () => confirmOrder(),
        },
        {
          action: 'deliver',
          label: t('orderPage.deliver'),
          icon: <IconTruckDelivery size={16} />,
          primary: true,
          permitted: useCan('sales.order.deliver'),
          run: openDeliver,
        },
        { action: 'invoice', label: t('orderPage.createInvoice'), link: <CreateInvoiceButton order={order} /> },
        {
          action: 'return',
          label: t('orderPage.return'),
          icon: <IconArrowBackUp size={16} />,
          permitted: useCan('sales.order.return'),
          run: openReturn,
        },
        {
          action: 'edit',
          label: t('orderPage.edit'),
          permitted: useCan('sales.order.create'),
          link: (
            <ButtonLink
              variant="default"
              to="/sales-orders/$orderId/edit"
              params={{ orderId: order.id }}
              leftSection={<IconPencil size={16} />}
            >
              {t('orderPage.edit')}
            </ButtonLink>
          ),
        },
        {
          action: 'email',
          label: t('orderPage.email'),
          icon: <IconMail size={16} />,
          permitted: useCan('sales.order.send'),
          run: askEmail,
        },
        {
          action: 'cancel',
          label: t('orderPage.cancel'),
          icon: <IconX size={16} />,
          color: 'red',
          permitted: useCan('sales.order.cancel'),
          run: askCancel,
        },
      ]}
      notice={
        refusal !== null && (
          <ConfirmRefusal
            error={refusal}
            overriding={confirm.isPending}
            onOverrideCreditLimit={() => void confirmOrder(true)}
            onClose={() => setRefusal(null)}
          />
        )
      }
      tabs={{
        lines: (
          <Panel title={t('orderPage.lines')} flush>
            <OrderLinesTable order={order} />
          </Panel>
        ),
        ledger: <Reservations order={order} />,
        related: (
          <>
            <StockOperations order={order} />
            <OrderInvoicesPanel order={order} />
          </>
        ),
      }}
      aside={<OrderDetails order={order} />}
      record={{ recordType: 'sales_order', recordId: order.id }}
    >
      {delivering && <DeliverOrderModal order={order} opened onClose={closeDeliver} />}
      {returning && <ReturnOrderModal order={order} opened onClose={closeReturn} />}
      <CancelOrderModal
        opened={cancelling}
        number={order.number}
        releasesStock={order.reservations.length > 0}
        cancelling={cancel.isPending}
        onCancelOrder={cancelOrder}
        onClose={closeCancel}
      />
      <EmailDocumentModal
        title={t('orderPage.emailTitle', { number: order.number })}
        recipientName={order.customerName}
        email={email}
        opened={emailing}
        onClose={closeEmail}
      />
    </DocumentPage>
  );
}

export function SalesOrderPage() {
  const { orderId } = route.useParams();
  const order = useSalesOrder(orderId);
  if (order.error) return <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  if (!order.data) return <LoadingBlock />;
  return <OrderView key={order.data.id} order={order.data} />;
}
