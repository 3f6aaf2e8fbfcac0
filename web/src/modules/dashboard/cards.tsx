import type { ReactNode } from 'react';
import type { Dashboard, DashboardCards } from './dashboard-api.ts';
import { LowStockCard } from './LowStockCard.tsx';
import { CashCard, ReceivablesCard, StockValueCard } from './MoneyCards.tsx';
import { SalesCard } from './SalesCard.tsx';
import { TopCustomersCard, TopProductsCard } from './TopCards.tsx';

/**
 * How the web app shows each card the API's modules contribute (keyed as in `GET /api/dashboard`),
 * in the order shown. A module that adds a card on the server adds its view here.
 */
export interface DashboardCardView<K extends keyof DashboardCards = keyof DashboardCards> {
  key: K;
  /** Columns of twelve it takes on a wide screen. */
  span: number;
  render(dashboard: Dashboard, figures: NonNullable<DashboardCards[K]>): ReactNode;
}

const view = <K extends keyof DashboardCards>(card: DashboardCardView<K>) => card as unknown as DashboardCardView;

export const dashboardCardViews: DashboardCardView[] = [
  view({ key: 'sales', span: 8, render: (d, sales) => <SalesCard dashboard={d} sales={sales} /> }),
  view({ key: 'topProducts', span: 4, render: (d, products) => <TopProductsCard dashboard={d} products={products} /> }),
  view({
    key: 'receivables',
    span: 4,
    render: (d, receivables) => <ReceivablesCard dashboard={d} receivables={receivables} />,
  }),
  view({ key: 'cash', span: 4, render: (d, cash) => <CashCard dashboard={d} cash={cash} /> }),
  view({
    key: 'topCustomers',
    span: 4,
    render: (d, customers) => <TopCustomersCard dashboard={d} customers={customers} />,
  }),
  view({ key: 'stockValue', span: 4, render: (d, stock) => <StockValueCard dashboard={d} stock={stock} /> }),
  view({ key: 'lowStock', span: 8, render: (_, lowStock) => <LowStockCard lowStock={lowStock} /> }),
];
