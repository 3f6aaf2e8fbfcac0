import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { meQuery } from '../../app/me.ts';

export type Company = Schemas['Company'];
export type CompanyChange = paths['/api/company']['patch']['requestBody']['content']['application/json'];

const companyKey = ['company'] as const;

export const useCompany = () => useQuery({ queryKey: companyKey, queryFn: () => unwrap(api.GET('/api/company')) });

export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CompanyChange) => unwrap(api.PATCH('/api/company', { body: change })),
    onSuccess: async (company) => {
      queryClient.setQueryData(companyKey, company);
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
}
