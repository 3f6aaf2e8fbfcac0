import { Alert, Button, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { formatMoney, formatQuantity } from '../../ui/format.ts';

interface Shortage {
  productId: string;
  sku: string;
  name: string;
  requested: string;
  available: string;
}

interface CreditLimitDetails {
  customer: string;
  creditLimit: string;
  openAmount: string;
  orderTotal: string;
}

interface ConfirmRefusalProps {
  error: unknown;
  onOverrideCreditLimit: () => void;
  overriding: boolean;
  onClose: () => void;
}

function ShortageTable({ shortages }: { shortages: Shortage[] }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  return (
    <Table fz="sm" verticalSpacing={4} mt="xs" maw={640} withRowBorders={false} data-testid="stock-shortages">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('confirmRefusal.product')}</Table.Th>
          <Table.Th ta="right">{t('confirmRefusal.requested')}</Table.Th>
          <Table.Th ta="right">{t('confirmRefusal.available')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shortages.map((s) => (
          <Table.Tr key={s.productId} data-testid="stock-shortage">
            <Table.Td>
              <Text span ff="monospace" fw={600} size="sm" data-testid="shortage-sku">
                {s.sku}
              </Text>{' '}
              <Text span size="sm">
                {s.name}
              </Text>
            </Table.Td>
            <Table.Td ta="right" data-testid="shortage-requested">
              {formatQuantity(s.requested, company)}
            </Table.Td>
            <Table.Td ta="right" fw={600} data-testid="shortage-available">
              {formatQuantity(s.available, company)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CreditLimitNote({ details, canOverride }: { details: CreditLimitDetails; canOverride: boolean }) {
  const { t } = useTranslation('sales');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, company);
  return (
    <Text size="sm">
      {t('confirmRefusal.aboveLimit', {
        orderTotal: money(details.orderTotal),
        customer: details.customer,
        openAmount: money(details.openAmount),
        creditLimit: money(details.creditLimit),
      })}{' '}
      {canOverride ? t('confirmRefusal.mayOverride') : t('confirmRefusal.askOverride')}
    </Text>
  );
}

const refusals = ['insufficient_stock', 'credit_limit_exceeded', 'invalid_transition', 'customer_inactive'] as const;
type Refusal = (typeof refusals)[number];
const isRefusal = (code: string): code is Refusal => (refusals as readonly string[]).includes(code);

/** Why confirming was refused, in terms the user can act on; the order stays as it was. */
export function ConfirmRefusal({ error, onOverrideCreditLimit, overriding, onClose }: ConfirmRefusalProps) {
  const { t } = useTranslation('sales');
  const canOverride = useCan('sales.order.override_credit_limit');
  const code = error instanceof ApiError ? error.code : '';
  const details = error instanceof ApiError ? (error.details as Record<string, unknown> | undefined) : undefined;
  const shortages = code === 'insufficient_stock' ? (details?.shortages as Shortage[] | undefined) : undefined;
  const creditLimit = code === 'credit_limit_exceeded' ? (details as CreditLimitDetails | undefined) : undefined;

  return (
    <Alert
      color={code === 'credit_limit_exceeded' ? 'orange' : 'red'}
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={isRefusal(code) ? t(`confirmRefusal.titles.${code}`) : t('confirmRefusal.titles.other')}
      withCloseButton
      closeButtonLabel={t('confirmRefusal.dismiss')}
      onClose={onClose}
      mb="md"
      data-testid="confirm-refusal"
    >
      {shortages && (
        <>
          <Text size="sm">{t('confirmRefusal.nothingReserved')}</Text>
          <ShortageTable shortages={shortages} />
        </>
      )}
      {creditLimit && (
        <>
          <CreditLimitNote details={creditLimit} canOverride={canOverride} />
          {canOverride && (
            <Button size="xs" color="orange" mt="sm" loading={overriding} onClick={onOverrideCreditLimit}>
              {t('confirmRefusal.override')}
            </Button>
          )}
        </>
      )}
      {!shortages && !creditLimit && <Text size="sm">{errorMessage(error)}</Text>}
    </Alert>
  );
}
