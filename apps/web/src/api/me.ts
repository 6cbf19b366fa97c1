import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys } from './auth';
import { request, type BodyOf, type ItemOf } from './openapi';

export type BankCard = ItemOf<'/api/me/bank-cards', 'get'>;
export type ProfileInput = BodyOf<'/api/me/profile', 'put'>;

export const meKeys = {
  bankCards: ['me', 'bank-cards'] as const,
};

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => request('/api/me/profile', 'put', { json: input }),
    onSuccess: (me) => client.setQueryData(authKeys.me, me),
  });
}

export function useBankCards() {
  return useQuery({
    queryKey: meKeys.bankCards,
    queryFn: ({ signal }) => request('/api/me/bank-cards', 'get', { signal }),
  });
}

export function useRemoveBankCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('/api/me/bank-cards/{id}', 'delete', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.bankCards }),
  });
}

export function useAddBankCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/me/bank-cards', 'post'>) =>
      request('/api/me/bank-cards', 'post', { json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.bankCards }),
  });
}
