import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, upload, type BodyOf, type ItemOf, type QueryOf } from './openapi';

export type UnionMember = ItemOf<'/api/union/members', 'get'>;
export type MemberStatus = UnionMember['status'];
export type MemberSearch = Omit<QueryOf<'/api/union/members', 'get'>, 'page' | 'pageSize'>;
export type MemberInput = BodyOf<'/api/union/members', 'post'>;

export const memberKeys = { all: ['union-members'] as const };

export function useMembers(search: MemberSearch & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...memberKeys.all, search],
    queryFn: ({ signal }) => request('/api/union/members', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidating<I, O>(fn: (input: I) => Promise<O>, meta?: { silentError?: boolean }) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    ...(meta ? { meta } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

/** 【保存…】: the form shows its refusals itself (the over-age one with the upload), so no toast here. */
export function useSaveMember() {
  return useInvalidating(
    (input: { id?: string; body: MemberInput }) =>
      input.id
        ? request('/api/union/members/{id}', 'put', { params: { id: input.id }, json: input.body })
        : request('/api/union/members', 'post', { json: input.body }),
    { silentError: true },
  );
}

/** 上传超龄参保证明 (PDF or image): the file's id goes with the member as `overAgeFileId`. */
export function uploadOverAgeFile(file: File) {
  return upload('/api/union/members/over-age-files', 'post', { file });
}

export function useDeleteMember() {
  return useInvalidating((id: string) => request('/api/union/members/{id}', 'delete', { params: { id } }));
}

export function useMembersBySearch() {
  return useInvalidating(
    (input: {
      action: 'submit' | 'confirm' | 'return' | 'delete';
      search: MemberSearch;
      reason?: string;
      confirm?: string;
    }) => {
      switch (input.action) {
        case 'submit':
          return request('/api/union/members/submit-search', 'post', { json: { search: input.search } });
        case 'confirm':
          return request('/api/union/members/confirm-search', 'post', { json: { search: input.search } });
        case 'return':
          return request('/api/union/members/return-search', 'post', {
            json: { search: input.search, reason: input.reason ?? '' },
          });
        case 'delete':
          return request('/api/union/members/delete-search', 'post', {
            json: { search: input.search, confirm: input.confirm ?? '' },
          });
      }
    },
  );
}
