import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Page } from './client';
import type { AuditEntry, AuditVerifyResult } from './types';

export type AuditSearch = {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export const auditKeys = {
  all: ['audit'] as const,
  list: (search: AuditSearch) => ['audit', 'list', search] as const,
};

export function useAuditLog(search: AuditSearch) {
  return useQuery({
    queryKey: auditKeys.list(search),
    queryFn: ({ signal }) => api<Page<AuditEntry>>('/api/admin/audit', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => api<AuditVerifyResult>('/api/admin/audit/verify', { method: 'POST' }),
  });
}
