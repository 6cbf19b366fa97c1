import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { authKeys } from './auth';
import type { BankCard, Me } from './types';

export const meKeys = {
  bankCards: ['me', 'bank-cards'] as const,
};

export type ProfileInput = {
  displayName?: string;
  gender?: 'M' | 'F' | null;
  age?: number | null;
  jobCategory?: string | null;
  address?: string | null;
  mobile?: string;
  email?: string | null;
  smsTwoFactor?: boolean;
};

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) => api<Me>('/api/me/profile', { method: 'PUT', json: input }),
    onSuccess: (me) => client.setQueryData(authKeys.me, me),
  });
}

export function useBankCards() {
  return useQuery({
    queryKey: meKeys.bankCards,
    queryFn: ({ signal }) => api<{ items: BankCard[] }>('/api/me/bank-cards', { signal }),
  });
}

export function useRemoveBankCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ ok: boolean }>(`/api/me/bank-cards/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.bankCards }),
  });
}

export function useAddBankCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { holderName: string; bankName?: string; cardNumber: string }) =>
      api<BankCard & { warnings?: string[] }>('/api/me/bank-cards', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.bankCards }),
  });
}
