import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlayerPause, IconPlayerPlay, IconReceipt } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AuditTrail } from '../../ui/AuditTrail.tsx';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Chatter } from '../../ui/Chatter.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { formatMoney } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { notifyError, notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { customerTypeLabels } from './customer-labels.ts';
import { type Customer, useCustomer, useUpdateCustomer } from './customers-api.ts';

const route = getRouteApi('/shell/customers/$customerId');

function ActiveToggle({ customer }: { customer: Customer }) {
  const update = useUpdateCustomer(customer.id);
  const active = !customer.active;
  return (
    <Button
      variant="default"
      loading={update.isPending}
      leftSection={active ? <IconPlayerPlay size={16} /> : <IconPlayerPause size={16} />}
      onClick={() =>
        update.mutate(
          { active },
          {
            onSuccess: () => notifySuccess(`${customer.name} ${active ? 'is active again' : 'deactivated'}`),
            onError: (error) => notifyError(error),
          },
        )
      }
    >
      {active ? 'Activate' : 'Deactivate'}
    </Button>
  );
}

function CustomerView({ customer }: { customer: Customer }) {
  const company = useActiveCompany();
  const canEdit = useCan('partners.customer.update');
  const canSeeOrders = useCan('sales.order.read');
  const canSeeHistory = useCan('platform.audit.read');
  const address = [
    customer.addressLine,
    [customer.postalCode, customer.city].filter(Boolean).join(' '),
    customer.country,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {customer.name}
            {!customer.active && (
              <Badge color="gray" variant="outline">
                Inactive
              </Badge>
            )}
          </Group>
        }
        description={`${customer.code} · ${customerTypeLabels[customer.type]}`}
        actions={
          <>
            {canSeeOrders && (
              <ButtonLink
                variant="default"
                to="/sales-orders"
                search={{ customerId: customer.id }}
                leftSection={<IconReceipt size={16} />}
              >
                Sales orders
              </ButtonLink>
            )}
            {canEdit && <ActiveToggle customer={customer} />}
            {canEdit && (
              <ButtonLink
                to="/customers/$customerId/edit"
                params={{ customerId: customer.id }}
                leftSection={<IconPencil size={16} />}
              >
                Edit
              </ButtonLink>
            )}
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: canSeeHistory ? 8 : 12 }}>
          <Stack gap="md">
            <Panel title="Contact">
              <FieldList
                rows={[
                  ['Email', customer.email],
                  ['Phone', customer.phone],
                  ['Address', address],
                  ['Tax ID', customer.taxId],
                ]}
              />
            </Panel>
            <Panel title="Terms">
              <FieldList
                rows={[
                  ['Payment terms', customer.paymentTermsDays === 0 ? 'Cash' : `${customer.paymentTermsDays} days`],
                  [
                    'Credit limit',
                    customer.creditLimit === null ? 'No limit' : formatMoney(customer.creditLimit, company),
                  ],
                ]}
              />
              {customer.notes && (
                <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {customer.notes}
                </Text>
              )}
            </Panel>
            <Chatter recordType="customer" recordId={customer.id} />
          </Stack>
        </Grid.Col>
        {canSeeHistory && (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <AuditTrail entity="customer" id={customer.id} company={company} />
          </Grid.Col>
        )}
      </Grid>
    </>
  );
}

export function CustomerPage() {
  const { customerId } = route.useParams();
  const customer = useCustomer(customerId);
  if (customer.error) return <ErrorAlert error={customer.error} onRetry={() => void customer.refetch()} />;
  if (!customer.data) return <LoadingBlock />;
  return <CustomerView customer={customer.data} />;
}
