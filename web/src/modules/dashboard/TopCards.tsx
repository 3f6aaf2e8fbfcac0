import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatMoney, formatQuantity } from '../../ui/format.ts';
import type { CardFigures, Dashboard } from './dashboard-api.ts';
import { FigureCard } from './FigureCard.tsx';

function Nothing() {
  const { t } = useTranslation('dashboard');
  return (
    <Text size="sm" c="dimmed">
      {t('top.nothing')}
    </Text>
  );
}

/** This month's best-selling products, each a link to the product. */
export function TopProductsCard({
  dashboard,
  products,
}: {
  dashboard: Dashboard;
  products: CardFigures<'topProducts'>;
}) {
  const { t } = useTranslation('dashboard');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: dashboard.currency });
  return (
    <FigureCard title={t('top.products')} testId="top-products-card">
      {products.length === 0 ? (
        <Nothing />
      ) : (
        <Stack gap={4}>
          {products.map((p) => (
            <Group key={p.productId} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" lineClamp={1}>
                <AnchorLink to="/products/$productId" params={{ productId: p.productId }} fw={600}>
                  {p.name}
                </AnchorLink>{' '}
                <Text span size="xs" c="dimmed">
                  × {formatQuantity(p.quantity, company)}
                </Text>
              </Text>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(p.total)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </FigureCard>
  );
}

/** This month's biggest customers, each a link to their orders of the month. */
export function TopCustomersCard({
  dashboard,
  customers,
}: {
  dashboard: Dashboard;
  customers: CardFigures<'topCustomers'>;
}) {
  const { t } = useTranslation('dashboard');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: dashboard.currency });
  const { thisMonth } = dashboard;
  return (
    <FigureCard title={t('top.customers')} testId="top-customers-card">
      {customers.length === 0 ? (
        <Nothing />
      ) : (
        <Stack gap={4}>
          {customers.map((c) => (
            <Group key={c.customerId} justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm" lineClamp={1}>
                <AnchorLink
                  to="/sales-orders"
                  search={{ customerId: c.customerId, dateFrom: thisMonth.from, dateTo: thisMonth.to }}
                  fw={600}
                >
                  {c.name}
                </AnchorLink>{' '}
                <Text span size="xs" c="dimmed">
                  {t('top.orders', { count: c.orders })}
                </Text>
              </Text>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(c.total)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </FigureCard>
  );
}
