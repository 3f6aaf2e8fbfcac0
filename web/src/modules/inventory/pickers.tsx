import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

/** One product, shared with the catalog's cache; nothing is fetched without an id. */
export const useProductById = (id: string | null | undefined) =>
  useQuery({
    queryKey: ['products', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
