import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import type { paths } from '../api/schema.d.ts';
import { saveDownload } from './download.ts';

export type TimelineItem = Schemas['TimelineItem'];
export type ChatterMember = Schemas['ChatterMember'];

/** The record types that carry chatter, as the API names them (`sales_order`, `product`). */
export type ChatterRecordType =
  paths['/api/chatter/{recordType}/{recordId}']['get']['parameters']['path']['recordType'];

/** Which record a chatter belongs to. */
export interface ChatterRecordRef {
  recordType: ChatterRecordType;
  recordId: string;
}

const path = (ref: ChatterRecordRef) => ({ path: { recordType: ref.recordType, recordId: ref.recordId } });
export const chatterKey = (ref: ChatterRecordRef) => ['chatter', ref.recordType, ref.recordId] as const;

export const useTimeline = (ref: ChatterRecordRef) =>
  useQuery({
    queryKey: chatterKey(ref),
    queryFn: () =>
      unwrap(api.GET('/api/chatter/{recordType}/{recordId}', { params: { ...path(ref), query: { limit: 100 } } })),
  });

/** Members who can see the record, for the @mention list; asked for only while one is being typed. */
export const useMentionable = (ref: ChatterRecordRef, search: string | null) =>
  useQuery({
    queryKey: [...chatterKey(ref), 'members', search],
    enabled: search !== null,
    queryFn: () =>
      unwrap(
        api.GET('/api/chatter/{recordType}/{recordId}/members', {
          params: { ...path(ref), query: { search: search ?? '' } },
        }),
      ),
  });

function useRefreshing<T, V>(ref: ChatterRecordRef, mutationFn: (value: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatterKey(ref) }),
  });
}

export const useAddNote = (ref: ChatterRecordRef) =>
  useRefreshing(ref, (note: { body: string; mentions: string[] }) =>
    unwrap(api.POST('/api/chatter/{recordType}/{recordId}/notes', { params: path(ref), body: note })),
  );

export const useUpload = (ref: ChatterRecordRef) =>
  useRefreshing(ref, (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return unwrap(
      api.POST('/api/chatter/{recordType}/{recordId}/attachments', {
        params: path(ref),
        // The client sends FormData as it is, with the browser's multipart boundary.
        body: form as never,
        bodySerializer: (body) => body as unknown as FormData,
      }),
    );
  });

export const useFollow = (ref: ChatterRecordRef) =>
  useRefreshing(ref, (follow: boolean) =>
    unwrap(
      follow
        ? api.POST('/api/chatter/{recordType}/{recordId}/follow', { params: path(ref) })
        : api.POST('/api/chatter/{recordType}/{recordId}/unfollow', { params: path(ref) }),
    ),
  );

const fileOf = (ref: ChatterRecordRef, attachmentId: string, download: boolean) =>
  api.GET('/api/chatter/{recordType}/{recordId}/attachments/{attachmentId}', {
    params: { path: { ...path(ref).path, attachmentId }, query: { download: download ? 'true' : 'false' } },
    parseAs: 'blob',
  });

/** The file as a blob URL: the API needs the bearer token, so an `<img src>` cannot fetch it itself. */
export async function attachmentUrl(ref: ChatterRecordRef, attachmentId: string): Promise<string> {
  const { data, error, response } = await fileOf(ref, attachmentId, false);
  if (!response.ok || !data) throw ApiError.from(response, error);
  return URL.createObjectURL(data as unknown as Blob);
}

export const downloadAttachment = (ref: ChatterRecordRef, item: { id: string; fileName: string }) =>
  saveDownload(
    fileOf(ref, item.id, true) as Promise<{ data?: Blob; error?: unknown; response: Response }>,
    item.fileName,
  );
