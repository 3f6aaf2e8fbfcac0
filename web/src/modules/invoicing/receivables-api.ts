import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { saveDownload } from '../../ui/download.ts';
import type { ExportFormat } from '../../ui/ExportMenu.tsx';

export type Aging = paths['/api/receivables/aging']['get']['responses'][200]['content']['application/json'];
export type AgingRow = Aging['items'][number];
export type Statement = paths['/api/customers/{id}/statement']['get']['responses'][200]['content']['application/json'];

/** The five aging buckets of SPEC §4.3, in order, with the API's names (their words: `aging.buckets.<key>`). */
export const agingBuckets = [
  { key: 'current' },
  { key: 'days1to30' },
  { key: 'days31to60' },
  { key: 'days61to90' },
  { key: 'over90' },
] as const;

export type AgingBucket = (typeof agingBuckets)[number]['key'];

const receivablesKey = ['receivables'] as const;

export const useAging = (asOf: string) =>
  useQuery({
    queryKey: [...receivablesKey, 'aging', asOf],
    queryFn: () => unwrap(api.GET('/api/receivables/aging', { params: { query: { asOf } } })),
  });

export const exportAging = (asOf: string, format: ExportFormat) =>
  saveDownload(
    api.GET('/api/receivables/aging', { params: { query: { asOf, format } }, parseAs: 'blob' }),
    `ar-aging-${asOf}.${format}`,
  );

export const useStatement = (customerId: string, from: string, to: string) =>
  useQuery({
    queryKey: [...receivablesKey, 'statement', customerId, from, to],
    queryFn: () =>
      unwrap(api.GET('/api/customers/{id}/statement', { params: { path: { id: customerId }, query: { from, to } } })),
  });

export const downloadStatement = (customerId: string, from: string, to: string) =>
  saveDownload(
    api.GET('/api/customers/{id}/statement', {
      params: { path: { id: customerId }, query: { from, to, format: 'pdf' } },
      parseAs: 'blob',
    }),
    `statement-${to}.pdf`,
  );
