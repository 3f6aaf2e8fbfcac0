import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatMoney } from '../../ui/format.ts';
import type { CardFigures, Dashboard } from './dashboard-api.ts';
import { BigFigure, FigureCard } from './FigureCard.tsx';

function useMoney(dashboard: Dashboard) {
  const company = useActiveCompany();
  return (amount: string) => formatMoney(amount, { locale: company.locale, currency: dashboard.currency });
}

/** What customers owe: not yet due, and overdue (a link to the overdue invoices). */
export function ReceivablesCard({
  dashboard,
  receivables,
}: {
  dashboard: Dashboard;
  receivables: CardFigures<'receivables'>;
}) {
  const { t } = useTranslation('dashboard');
  const money = useMoney(dashboard);
  return (
    <FigureCard
      title={t('receivables.title')}
      testId="receivables-card"
      link={
        <AnchorLink to="/receivables/aging" size="xs">
          {t('receivables.aging')}
        </AnchorLink>
      }
    >
      <Group gap="xl" align="flex-start">
        <BigFigure value={money(receivables.due)} caption={t('receivables.due', { count: receivables.dueInvoices })} />
        <div>
          <BigFigure
            value={money(receivables.overdue)}
            caption={t('receivables.overdue', { count: receivables.overdueInvoices })}
            color={receivables.overdueInvoices > 0 ? 'red' : undefined}
            testId="receivables-overdue"
          />
          <AnchorLink to="/invoices" search={{ overdue: true }} size="xs">
            {t('receivables.overdueInvoices')}
          </AnchorLink>
        </div>
      </Group>
    </FigureCard>
  );
}

/** What the stock is worth now, a link to the valuation. */
export function StockValueCard({ dashboard, stock }: { dashboard: Dashboard; stock: CardFigures<'stockValue'> }) {
  const { t } = useTranslation('dashboard');
  const money = useMoney(dashboard);
  return (
    <FigureCard
      title={t('stockValue.title')}
      testId="stock-value-card"
      link={
        <AnchorLink to="/inventory/valuation" size="xs">
          {t('stockValue.valuation')}
        </AnchorLink>
      }
    >
      <BigFigure value={money(stock.value)} caption={t('stockValue.products', { count: stock.products })} />
    </FigureCard>
  );
}

/** Money in the cash and bank accounts, each a link to its ledger. */
export function CashCard({ dashboard, cash }: { dashboard: Dashboard; cash: CardFigures<'cash'> }) {
  const { t } = useTranslation('dashboard');
  const money = useMoney(dashboard);
  return (
    <FigureCard title={t('cash.title')} testId="cash-card">
      <BigFigure value={money(cash.total)} caption={t('cash.caption')} testId="cash-total" />
      <Stack gap={2} mt="xs">
        {cash.accounts.map((a) => (
          <Group key={a.accountId} justify="space-between" wrap="nowrap" gap="sm">
            <AnchorLink
              to="/accounting/reports/general-ledger"
              search={{ accountId: a.accountId, to: dashboard.today }}
              size="sm"
            >
              {a.code} {a.name}
            </AnchorLink>
            <Text size="sm" c={a.balance.startsWith('-') ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
              {money(a.balance)}
            </Text>
          </Group>
        ))}
      </Stack>
    </FigureCard>
  );
}
