import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

const fetchDashboard = () => unwrap(api.GET('/api/dashboard'));
export type Dashboard = Awaited<ReturnType<typeof fetchDashboard>>;
export type DashboardCards = Dashboard['cards'];
/** The figures of one card, for a user who may see it. */
export type CardFigures<K extends keyof DashboardCards> = NonNullable<DashboardCards[K]>;

/** Each card is null when the user may not see its data. */
export const useDashboard = () => useQuery({ queryKey: ['dashboard'], queryFn: fetchDashboard });
