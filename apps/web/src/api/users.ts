import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@policyhub/domain';
import { api, type Page } from './client';
import type { AdminUser, RevealedUser, UserStatus } from './types';

export type UserSearch = {
  keyword?: string;
  orgId?: string;
  role?: Role;
  status?: UserStatus;
  page: number;
  pageSize: number;
};

export const userKeys = {
  all: ['users'] as const,
  list: (search: UserSearch) => ['users', 'list', search] as const,
};

export function useUsers(search: UserSearch) {
  return useQuery({
    queryKey: userKeys.list(search),
    queryFn: ({ signal }) => api<Page<AdminUser>>('/api/admin/users', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export type CreateUserInput = {
  orgId: string;
  role: Role;
  username: string;
  displayName: string;
  mobile: string;
  email?: string;
  idNumber?: string;
};

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      api<AdminUser>('/api/admin/users', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export type UserAction = 'disable' | 'enable' | 'unlock' | 'reset-password';

export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) =>
      api<unknown>(`/api/admin/users/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Full personal data of one user; the server audits every call (pii.view). */
export function useRevealUser() {
  return useMutation({
    mutationFn: (id: string) =>
      api<RevealedUser>(`/api/admin/users/${encodeURIComponent(id)}/reveal`, { method: 'POST' }),
  });
}
