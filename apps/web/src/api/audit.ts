import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { request, type ItemOf, type QueryOf } from './openapi';

export type AuditEntry = ItemOf<'/api/admin/audit', 'get'>;
export type AuditSearch = QueryOf<'/api/admin/audit', 'get'> & { page: number; pageSize: number };

export const auditKeys = {
  all: ['audit'] as const,
  list: (search: AuditSearch) => ['audit', 'list', search] as const,
};

export function useAuditLog(search: AuditSearch) {
  return useQuery({
    queryKey: auditKeys.list(search),
    queryFn: ({ signal }) => request('/api/admin/audit', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => request('/api/admin/audit/verify', 'post'),
  });
}
