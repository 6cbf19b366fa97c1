import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

export type AdminUser = ItemOf<'/api/admin/users', 'get'>;
/** The list's filter declares the statuses; the list itself says `status: string` (see isUserStatus). */
export type UserStatus = NonNullable<QueryOf<'/api/admin/users', 'get'>['status']>;
export type RevealedUser = ResponseOf<'/api/admin/users/{id}/reveal', 'post'>;
export type UserSearch = QueryOf<'/api/admin/users', 'get'> & { page: number; pageSize: number };
export type CreateUserInput = BodyOf<'/api/admin/users', 'post'>;

export const userKeys = {
  all: ['users'] as const,
  list: (search: UserSearch) => ['users', 'list', search] as const,
};

export function useUsers(search: UserSearch) {
  return useQuery({
    queryKey: userKeys.list(search),
    queryFn: ({ signal }) => request('/api/admin/users', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => request('/api/admin/users', 'post', { json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

const USER_ACTION_PATHS = {
  disable: '/api/admin/users/{id}/disable',
  enable: '/api/admin/users/{id}/enable',
  unlock: '/api/admin/users/{id}/unlock',
  'reset-password': '/api/admin/users/{id}/reset-password',
} as const;
export type UserAction = keyof typeof USER_ACTION_PATHS;

export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) =>
      request(USER_ACTION_PATHS[action], 'post', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Full personal data of one user; the server audits every call (pii.view). */
export function useRevealUser() {
  return useMutation({
    mutationFn: (id: string) => request('/api/admin/users/{id}/reveal', 'post', { params: { id } }),
  });
}
