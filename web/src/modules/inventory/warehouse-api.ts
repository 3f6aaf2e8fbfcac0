import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Warehouse = Schemas['Warehouse'];
export type Zone = Schemas['Zone'];
export type Location = Schemas['Location'];
export type WarehouseTree = Awaited<ReturnType<typeof fetchTree>>;
export type TreeLocation = WarehouseTree['locations'][number];

type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? NonNullable<B>
  : never;
export type NewWarehouse = Body<'/api/warehouses', 'post'>;
export type WarehouseChange = Body<'/api/warehouses/{id}', 'patch'>;
export type NewZone = Body<'/api/zones', 'post'>;
export type ZoneChange = Body<'/api/zones/{id}', 'patch'>;
export type NewLocation = Body<'/api/locations', 'post'>;
export type LocationChange = Body<'/api/locations/{id}', 'patch'>;

const structureKey = ['inventory', 'structure'] as const;

const fetchTree = (id: string) => unwrap(api.GET('/api/warehouses/{id}/tree', { params: { path: { id } } }));

export const useWarehouses = () =>
  useQuery({
    queryKey: [...structureKey, 'warehouses'],
    queryFn: () => unwrap(api.GET('/api/warehouses')),
    select: (answer) => answer.items,
  });

export const useWarehouseTree = (id: string) =>
  useQuery({ queryKey: [...structureKey, 'tree', id], queryFn: () => fetchTree(id) });

/** Every location of the company, virtual ones included; callers pick what they need. */
export const useLocations = () =>
  useQuery({
    queryKey: [...structureKey, 'locations'],
    queryFn: () => unwrap(api.GET('/api/locations')),
    select: (answer) => answer.items,
  });

/** Warehouses, zones and locations change together on screen: the tree, lists and pickers. */
function useStructureMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: structureKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}

export const useCreateWarehouse = () =>
  useStructureMutation((body: NewWarehouse) => unwrap(api.POST('/api/warehouses', { body })));

export const useUpdateWarehouse = () =>
  useStructureMutation(({ id, ...body }: WarehouseChange & { id: string }) =>
    unwrap(api.PATCH('/api/warehouses/{id}', { params: { path: { id } }, body })),
  );

export const useCreateZone = () => useStructureMutation((body: NewZone) => unwrap(api.POST('/api/zones', { body })));

export const useUpdateZone = () =>
  useStructureMutation(({ id, ...body }: ZoneChange & { id: string }) =>
    unwrap(api.PATCH('/api/zones/{id}', { params: { path: { id } }, body })),
  );

export const useCreateLocation = () =>
  useStructureMutation((body: NewLocation) => unwrap(api.POST('/api/locations', { body })));

export const useUpdateLocation = () =>
  useStructureMutation(({ id, ...body }: LocationChange & { id: string }) =>
    unwrap(api.PATCH('/api/locations/{id}', { params: { path: { id } }, body })),
  );
