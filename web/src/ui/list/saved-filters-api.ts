import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type SavedFilter = Schemas['SavedFilter'];
type SavedFilterInput = paths['/api/saved-filters']['post']['requestBody']['content']['application/json'];

const savedFiltersKey = (list: string) => ['saved-filters', list] as const;

/** My saved filters of one list, by name. */
export const useSavedFilters = (list: string) =>
  useQuery({
    queryKey: savedFiltersKey(list),
    queryFn: () => unwrap(api.GET('/api/saved-filters', { params: { query: { list } } })),
    select: (answer) => answer.items,
  });

export function useSaveFilter(list: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filter: Omit<SavedFilterInput, 'list'>) =>
      unwrap(api.POST('/api/saved-filters', { body: { ...filter, list } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedFiltersKey(list) }),
  });
}

export function useDeleteSavedFilter(list: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/saved-filters/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedFiltersKey(list) }),
  });
}
