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

export type Letterhead = Schemas['CompanyLetterhead'];
export type LetterheadChange = paths['/api/company/letterhead']['put']['requestBody']['content']['application/json'];

const letterheadKey = ['company', 'letterhead'] as const;

export const useLetterhead = () =>
  useQuery({ queryKey: letterheadKey, queryFn: () => unwrap(api.GET('/api/company/letterhead')) });

/** Saves the letterhead fields, or sets or removes the logo; each answers with the whole letterhead. */
export function useChangeLetterhead() {
  const queryClient = useQueryClient();
  const onSuccess = (letterhead: Letterhead) => queryClient.setQueryData(letterheadKey, letterhead);
  return {
    fields: useMutation({
      mutationFn: (change: LetterheadChange) => unwrap(api.PUT('/api/company/letterhead', { body: change })),
      onSuccess,
    }),
    logo: useMutation({
      mutationFn: (image: string | null) =>
        unwrap(image ? api.PUT('/api/company/logo', { body: { image } }) : api.DELETE('/api/company/logo')),
      onSuccess,
    }),
  };
}
