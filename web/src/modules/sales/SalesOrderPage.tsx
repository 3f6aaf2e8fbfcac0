import { Button, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { AuditTrail } from '../../ui/AuditTrail.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatDateTime, formatDay, formatQuantity } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { CancelOrderModal } from './CancelOrderModal.tsx';
import { ConfirmRefusal } from './ConfirmRefusal.tsx';
import { OrderLinesTable } from './OrderLinesTable.tsx';
import { OrderStateBadge } from './order-states.tsx';
import { type SalesOrder, useCancelSalesOrder, useConfirmSalesOrder, useSalesOrder } from './sales-api.ts';

const route = getRouteApi('/shell/sales-orders/$orderId');

function Reservations({ order }: { order: SalesOrder }) {
  const company = useActiveCompany();
  const lineOf = (productId: string) => order.lines.find((line) => line.productId === productId);
  return (
    <Panel title="Reserved stock" flush testId="reservations">
      {order.reservations.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {order.state === 'draft' ? 'Stock is reserved when the order is confirmed.' : 'No stock is reserved.'}
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

function OrderDetails({ order }: { order: SalesOrder }) {
  const company = useActiveCompany();
  const customer = useCan('partners.customer.read') ? (
    <AnchorLink to="/customers/$customerId" params={{ customerId: order.customerId }} fz="sm">
      {order.customerName}
    </AnchorLink>
  ) : (
    order.customerName
  );
  const rows: [string, ReactNode][] = [
    ['Customer', customer],
    ['Order date', formatDay(order.orderDate, company)],
    ['Created', formatDateTime(order.createdAt, company)],
  ];
  if (order.confirmedAt) rows.push(['Confirmed', formatDateTime(order.confirmedAt, company)]);
  if (order.cancelledAt) rows.push(['Cancelled', formatDateTime(order.cancelledAt, company)]);
  if (order.cancelReason) rows.push(['Cancel reason', order.cancelReason]);
  if (order.notes) rows.push(['Notes', order.notes]);
  return (
    <Panel title="Details">
      <FieldList rows={rows} />
    </Panel>
  );
}

function OrderView({ order }: { order: SalesOrder }) {
  const company = useActiveCompany();
  const canEdit = useCan('sales.order.create') && order.allowedActions.includes('edit');
  const canConfirm = useCan('sales.order.confirm') && order.allowedActions.includes('confirm');
  const canCancel = useCan('sales.order.cancel') && order.allowedActions.includes('cancel');
  const canSeeHistory = useCan('platform.audit.read');
  const confirm = useConfirmSalesOrder(order.id);
  const cancel = useCancelSalesOrder(order.id);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [cancelling, { open: askCancel, close: closeCancel }] = useDisclosure();

  const confirmOrder = (overrideCreditLimit = false) =>
    confirm.mutate(
      { overrideCreditLimit: overrideCreditLimit || undefined },
      {
        onSuccess: (next) => {
          setRefusal(null);
          notifySuccess(`${next.number} confirmed; its stock is reserved`);
        },
        onError: setRefusal,
      },
    );

  const cancelOrder = (reason: string | undefined) =>
    cancel.mutate(reason, {
      onSuccess: (next) => {
        closeCancel();
        setRefusal(null);
        notifySuccess(`${next.number} cancelled`);
      },
      onError: (error) => notifyError(error, 'Could not cancel the order'),
    });

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {order.number}
            <OrderStateBadge state={order.state} size="lg" />
          </Group>
        }
        description={`${order.customerName} · ${formatDay(order.orderDate, company)}`}
        actions={
          <>
            {canEdit && (
              <ButtonLink
                variant="default"
                to="/sales-orders/$orderId/edit"
                params={{ orderId: order.id }}
                leftSection={<IconPencil size={16} />}
              >
                Edit
              </ButtonLink>
            )}
            {canCancel && (
              <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={askCancel}>
                Cancel order
              </Button>
            )}
            {canConfirm && (
              <Button leftSection={<IconCheck size={16} />} loading={confirm.isPending} onClick={() => confirmOrder()}>
                Confirm order
              </Button>
            )}
          </>
        }
      />
      {refusal !== null && (
        <ConfirmRefusal
          error={refusal}
          overriding={confirm.isPending}
          onOverrideCreditLimit={() => confirmOrder(true)}
          onClose={() => setRefusal(null)}
        />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Panel title="Lines" flush>
            <OrderLinesTable order={order} />
          </Panel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <OrderDetails order={order} />
            <Reservations order={order} />
            {canSeeHistory && <AuditTrail entity="sales_order" id={order.id} company={company} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <CancelOrderModal
        opened={cancelling}
        number={order.number}
        releasesStock={order.reservations.length > 0}
        cancelling={cancel.isPending}
        onCancelOrder={cancelOrder}
        onClose={closeCancel}
      />
    </>
  );
}

export function SalesOrderPage() {
  const { orderId } = route.useParams();
  const order = useSalesOrder(orderId);
  if (order.error) return <ErrorAlert error={order.error} onRetry={() => void order.refetch()} />;
  if (!order.data) return <LoadingBlock />;
  return <OrderView key={order.data.id} order={order.data} />;
}
