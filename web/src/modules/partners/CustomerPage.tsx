import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlayerPause, IconPlayerPlay, IconReceipt } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
import { paymentTermsText } from './customer-labels.ts';
import { type Customer, useCustomer, useUpdateCustomer } from './customers-api.ts';
import { usePaymentTerms } from './payment-terms-api.ts';

const route = getRouteApi('/shell/customers/$customerId');

function ActiveToggle({ customer }: { customer: Customer }) {
  const update = useUpdateCustomer(customer.id);
  const { t } = useTranslation('partners');
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
            onSuccess: () =>
              notifySuccess(
                t(active ? 'customerPage.activeAgain' : 'customerPage.deactivated', { name: customer.name }),
              ),
            onError: (error) => notifyError(error),
          },
        )
      }
    >
      {active ? t('customerPage.activate') : t('customerPage.deactivate')}
    </Button>
  );
}

function CustomerView({ customer }: { customer: Customer }) {
  const company = useActiveCompany();
  const terms = usePaymentTerms();
  const term = terms.data?.find((candidate) => candidate.id === customer.paymentTermId);
  const { t } = useTranslation('partners');
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
                {t('inactive')}
              </Badge>
            )}
          </Group>
        }
        description={`${customer.code} · ${t(`customerType.${customer.type}`)}`}
        actions={
          <>
            {canSeeOrders && (
              <ButtonLink
                variant="default"
                to="/sales-orders"
                search={{ customerId: customer.id }}
                leftSection={<IconReceipt size={16} />}
              >
                {t('customerPage.salesOrders')}
              </ButtonLink>
            )}
            {canEdit && <ActiveToggle customer={customer} />}
            {canEdit && (
              <ButtonLink
                to="/customers/$customerId/edit"
                params={{ customerId: customer.id }}
                leftSection={<IconPencil size={16} />}
              >
                {t('customerPage.edit')}
              </ButtonLink>
            )}
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: canSeeHistory ? 8 : 12 }}>
          <Stack gap="md">
            <Panel title={t('customerPage.contact')}>
              <FieldList
                rows={[
                  [t('customerPage.email'), customer.email],
                  [t('customerPage.phone'), customer.phone],
                  [t('customerPage.address'), address],
                  [t('customerPage.taxId'), customer.taxId],
                ]}
              />
            </Panel>
            <Panel title={t('customerPage.terms')}>
              <FieldList
                rows={[
                  [t('customerPage.paymentTerms'), term?.name ?? paymentTermsText(t, customer.paymentTermsDays)],
                  [
                    t('customerPage.creditLimit'),
                    customer.creditLimit === null ? t('noLimit') : formatMoney(customer.creditLimit, company),
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
