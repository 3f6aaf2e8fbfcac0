import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';
import { useKeysetList } from '../../ui/keyset-list.ts';

export type Account = Schemas['Account'];
export type DefaultAccount = Schemas['DefaultAccount'];
export type JournalEntry = Schemas['JournalEntry'];
export type JournalEntrySummary = Schemas['JournalEntrySummary'];
export type FiscalYear = Schemas['FiscalYear'];
export type TrialBalance = Schemas['TrialBalance'];
export type StatementSection = Schemas['StatementSection'];
export type CashFlow = Schemas['CashFlow'];
export type AccountInput = paths['/api/accounting/accounts']['post']['requestBody']['content']['application/json'];
export type AccountChanges =
  paths['/api/accounting/accounts/{id}']['patch']['requestBody']['content']['application/json'];
export type EntryInput = paths['/api/accounting/journal-entries']['post']['requestBody']['content']['application/json'];
type EntryQuery = NonNullable<paths['/api/accounting/journal-entries']['get']['parameters']['query']>;
export type EntryFilters = Pick<EntryQuery, 'from' | 'to' | 'accountId' | 'state' | 'sourceType'>;
export type Purpose = DefaultAccount['purpose'];

const accountingKey = ['accounting'] as const;

/** Any change to the ledger can move every report, list and balance: refresh them all. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [accountingKey, ['audit', 'journal_entry'], ['dashboard']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export const useAccounts = () =>
  useQuery({
    queryKey: [...accountingKey, 'accounts'],
    queryFn: async () => (await unwrap(api.GET('/api/accounting/accounts'))).items,
    staleTime: 60_000,
  });

export const useDefaultAccounts = () =>
  useQuery({
    queryKey: [...accountingKey, 'default-accounts'],
    queryFn: async () => (await unwrap(api.GET('/api/accounting/default-accounts'))).items,
  });

export function useCreateAccount() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AccountInput) => unwrap(api.POST('/api/accounting/accounts', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateAccount() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: AccountChanges }) =>
      unwrap(api.PATCH('/api/accounting/accounts/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: refresh,
  });
}

export function useUpdateDefaultAccounts() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (accounts: Array<{ purpose: Purpose; accountId: string }>) =>
      unwrap(api.PUT('/api/accounting/default-accounts', { body: { accounts } })),
    onSuccess: refresh,
  });
}

export const useJournalEntries = (filters: EntryFilters) =>
  useKeysetList([...accountingKey, 'entries', filters], (cursor) =>
    unwrap(api.GET('/api/accounting/journal-entries', { params: { query: { ...filters, cursor, limit: 50 } } })),
  );

export const exportJournalEntries = (filters: EntryFilters, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/accounting/journal-entries/export', { params: { query: { ...filters, format } }, parseAs: 'blob' }),
    `journal-entries.${format}`,
  );

/** An entry by id; none is fetched while the id is unknown (or not to be read). */
export const useJournalEntry = (id: string | undefined) =>
  useQuery({
    queryKey: [...accountingKey, 'entry', id],
    queryFn: () => unwrap(api.GET('/api/accounting/journal-entries/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });

export function useSaveEntry(id: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: EntryInput) =>
      id
        ? unwrap(api.PUT('/api/accounting/journal-entries/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/accounting/journal-entries', { body })),
    onSuccess: refresh,
  });
}

export function useEntryAction(id: string) {
  const refresh = useRefresh();
  const path = { params: { path: { id } } };
  return {
    post: useMutation({
      mutationFn: () => unwrap(api.POST('/api/accounting/journal-entries/{id}/post', path)),
      onSuccess: refresh,
    }),
    reverse: useMutation({
      mutationFn: (body: { entryDate?: string; memo?: string }) =>
        unwrap(api.POST('/api/accounting/journal-entries/{id}/reverse', { ...path, body })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: () => unwrap(api.DELETE('/api/accounting/journal-entries/{id}', path)),
      onSuccess: refresh,
    }),
  };
}

export const useFiscalYears = () =>
  useQuery({
    queryKey: [...accountingKey, 'fiscal-years'],
    queryFn: async () => (await unwrap(api.GET('/api/accounting/fiscal-years'))).items,
  });

export function usePeriodActions() {
  const refresh = useRefresh();
  const onSuccess = refresh;
  const id = (value: string) => ({ params: { path: { id: value } } });
  return {
    createYear: useMutation({
      mutationFn: (year: number) => unwrap(api.POST('/api/accounting/fiscal-years', { body: { year } })),
      onSuccess,
    }),
    closePeriod: useMutation({
      mutationFn: (periodId: string) => unwrap(api.POST('/api/accounting/periods/{id}/close', id(periodId))),
      onSuccess,
    }),
    reopenPeriod: useMutation({
      mutationFn: (periodId: string) => unwrap(api.POST('/api/accounting/periods/{id}/reopen', id(periodId))),
      onSuccess,
    }),
    closeYear: useMutation({
      mutationFn: (yearId: string) => unwrap(api.POST('/api/accounting/fiscal-years/{id}/close', id(yearId))),
      onSuccess,
    }),
    reopenYear: useMutation({
      mutationFn: (yearId: string) => unwrap(api.POST('/api/accounting/fiscal-years/{id}/reopen', id(yearId))),
      onSuccess,
    }),
  };
}

export interface Range {
  from: string;
  to: string;
}

const reportKey = (name: string, query: object) => [...accountingKey, 'report', name, query] as const;

export const useTrialBalance = (range: Range) =>
  useQuery({
    queryKey: reportKey('trial-balance', range),
    queryFn: () => unwrap(api.GET('/api/accounting/reports/trial-balance', { params: { query: range } })),
  });

export const useProfitAndLoss = (range: Range) =>
  useQuery({
    queryKey: reportKey('profit-and-loss', range),
    queryFn: () => unwrap(api.GET('/api/accounting/reports/profit-and-loss', { params: { query: range } })),
  });

export const useMonthlyProfitAndLoss = (range: Range) =>
  useQuery({
    queryKey: reportKey('profit-and-loss-monthly', range),
    queryFn: () => unwrap(api.GET('/api/accounting/reports/profit-and-loss/monthly', { params: { query: range } })),
  });

export const useBalanceSheet = (asOf: string) =>
  useQuery({
    queryKey: reportKey('balance-sheet', { asOf }),
    queryFn: () => unwrap(api.GET('/api/accounting/reports/balance-sheet', { params: { query: { asOf } } })),
  });

export const useCashFlow = (range: Range) =>
  useQuery({
    queryKey: reportKey('cash-flow', range),
    queryFn: () => unwrap(api.GET('/api/accounting/reports/cash-flow', { params: { query: range } })),
  });

export const useGeneralLedger = (query: Range & { accountId: string }) =>
  useKeysetList([...reportKey('general-ledger', query)], async (cursor) => {
    const page = await unwrap(
      api.GET('/api/accounting/reports/general-ledger', {
        params: { query: { ...query, cursor, limit: 100 } },
      }),
    );
    return { items: page.items.map((line) => ({ ...line, id: line.lineId })), nextCursor: page.nextCursor };
  });

export const useLedgerSummary = (query: Range & { accountId: string | undefined }) =>
  useQuery({
    queryKey: reportKey('general-ledger-summary', query),
    enabled: Boolean(query.accountId),
    queryFn: () =>
      unwrap(
        api.GET('/api/accounting/reports/general-ledger', {
          params: { query: { ...query, accountId: query.accountId!, limit: 1 } },
        }),
      ),
  });

type ReportFile =
  | '/api/accounting/reports/trial-balance/export'
  | '/api/accounting/reports/profit-and-loss/export'
  | '/api/accounting/reports/cash-flow/export';

export const exportReport = (path: ReportFile, range: Range, format: ExportFormat) =>
  saveDownload(
    api.GET(path, { params: { query: { ...range, format } }, parseAs: 'blob' }),
    `${path.split('/')[4]}.${format}`,
  );

export const exportBalanceSheet = (asOf: string, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/accounting/reports/balance-sheet/export', { params: { query: { asOf, format } }, parseAs: 'blob' }),
    `balance-sheet.${format}`,
  );

export const exportGeneralLedger = (query: Range & { accountId: string }, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/accounting/reports/general-ledger/export', {
      params: { query: { ...query, format } },
      parseAs: 'blob',
    }),
    `general-ledger.${format}`,
  );
