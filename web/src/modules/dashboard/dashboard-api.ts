import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

const fetchDashboard = () => unwrap(api.GET('/api/dashboard'));
export type Dashboard = Awaited<ReturnType<typeof fetchDashboard>>;
export type SalesFigures = NonNullable<Dashboard['sales']>;
export type LowStockFigures = NonNullable<Dashboard['lowStock']>;

/** Each section is null when the user may not see its data. */
export const useDashboard = () => useQuery({ queryKey: ['dashboard'], queryFn: fetchDashboard });
