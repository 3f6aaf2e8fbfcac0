import { Group, Stack, Text } from '@mantine/core';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatMoney } from '../../ui/format.ts';
import type { CardFigures, Dashboard } from './dashboard-api.ts';
import { BigFigure, FigureCard } from './FigureCard.tsx';

function useMoney(dashboard: Dashboard) {
  const company = useActiveCompany();
  return (amount: string) => formatMoney(amount, { locale: company.locale, currency: dashboard.currency });
}

const invoices = (count: number) => `${count} ${count === 1 ? 'invoice' : 'invoices'}`;

/** What customers owe: not yet due, and overdue (a link to the overdue invoices). */
export function ReceivablesCard({
  dashboard,
  receivables,
}: {
  dashboard: Dashboard;
  receivables: CardFigures<'receivables'>;
}) {
  const money = useMoney(dashboard);
  return (
    <FigureCard
      title="Receivables"
      testId="receivables-card"
      link={
        <AnchorLink to="/receivables/aging" size="xs">
          Aging
        </AnchorLink>
      }
    >
      <Group gap="xl" align="flex-start">
        <BigFigure value={money(receivables.due)} caption={`not yet due, ${invoices(receivables.dueInvoices)}`} />
        <div>
          <BigFigure
            value={money(receivables.overdue)}
            caption={`overdue, ${invoices(receivables.overdueInvoices)}`}
            color={receivables.overdueInvoices > 0 ? 'red' : undefined}
            testId="receivables-overdue"
          />
          <AnchorLink to="/invoices" search={{ overdue: true }} size="xs">
            Overdue invoices
          </AnchorLink>
        </div>
      </Group>
    </FigureCard>
  );
}

/** What the stock is worth now, a link to the valuation. */
export function StockValueCard({ dashboard, stock }: { dashboard: Dashboard; stock: CardFigures<'stockValue'> }) {
  const money = useMoney(dashboard);
  return (
    <FigureCard
      title="Stock value"
      testId="stock-value-card"
      link={
        <AnchorLink to="/inventory/valuation" size="xs">
          Valuation
        </AnchorLink>
      }
    >
      <BigFigure
        value={money(stock.value)}
        caption={`${stock.products} ${stock.products === 1 ? 'product' : 'products'} in stock`}
      />
    </FigureCard>
  );
}

/** Money in the cash and bank accounts, each a link to its ledger. */
export function CashCard({ dashboard, cash }: { dashboard: Dashboard; cash: CardFigures<'cash'> }) {
  const money = useMoney(dashboard);
  return (
    <FigureCard title="Cash position" testId="cash-card">
      <BigFigure value={money(cash.total)} caption="in cash and bank accounts" testId="cash-total" />
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
