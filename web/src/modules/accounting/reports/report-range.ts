import { useActiveCompany } from '../../../app/me.ts';
import { todayIn } from '../../../ui/format.ts';

/** The range a report shows: the one in the address, else this year to date. */
export function useDefaultRange(search: { from?: string; to?: string }) {
  const company = useActiveCompany();
  const today = todayIn(company.timezone);
  const from = search.from ?? `${today.slice(0, 4)}-01-01`;
  const to = search.to ?? today;
  return { from, to: to < from ? from : to, today };
}
