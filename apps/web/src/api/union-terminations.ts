import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { buildUrl } from './client';
import { request, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

/** Hooks of 保单提前终止 and 即将到期保单 (MA-7). */

export type TerminablePolicy = ItemOf<'/api/union/terminable-policies', 'get'>;
export type PolicyFilter = Omit<QueryOf<'/api/union/terminable-policies', 'get'>, 'page' | 'pageSize'>;
export type Termination = ItemOf<'/api/union/terminations', 'get'>;
export type TerminationSearch = Omit<QueryOf<'/api/union/terminations', 'get'>, 'page' | 'pageSize'>;
export type TerminationStatus = Termination['status'];
export type CreateTerminationsBody = BodyOf<'/api/union/terminations', 'post'>;
export type DecideBody = BodyOf<'/api/union/terminations/decide', 'post'>;
export type TerminationForm = ResponseOf<'/api/union/terminations/export', 'post'>['items'][number];
export type ExpiringPolicy = ItemOf<'/api/union/expiring-policies', 'get'>;
export type ExpiringSearch = Omit<QueryOf<'/api/union/expiring-policies', 'get'>, 'page' | 'pageSize'>;

const keys = {
  terminations: ['union', 'terminations'] as const,
  terminable: ['union', 'terminable-policies'] as const,
  expiring: ['union', 'expiring-policies'] as const,
};

type Paged<T> = T & { page: number; pageSize: number };

/** 创建保单终止申请 →【搜索】: the unit's 打印生效 policies (null: not searched yet). */
export function useTerminablePolicies(search: Paged<PolicyFilter> | null) {
  return useQuery({
    queryKey: [...keys.terminable, search],
    enabled: search !== null,
    queryFn: ({ signal }) =>
      request('/api/union/terminable-policies', 'get', { signal, query: search ?? undefined }),
    placeholderData: keepPreviousData,
  });
}

export function useTerminations(search: Paged<TerminationSearch>) {
  return useQuery({
    queryKey: [...keys.terminations, search],
    queryFn: ({ signal }) => request('/api/union/terminations', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

/** Every change to a request moves the policy lists too (打印生效 ↔ open request ↔ ended). */
function useInvalidating<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.terminations });
      await client.invalidateQueries({ queryKey: keys.terminable });
      await client.invalidateQueries({ queryKey: keys.expiring });
    },
  });
}

/** 【终止保单】: a 新建 request for each chosen policy. */
export function useCreateTerminations() {
  return useInvalidating((body: CreateTerminationsBody) =>
    request('/api/union/terminations', 'post', { json: body }),
  );
}

/** 【批量导出打印】: the signed request form of each checked request, with its download link. */
export function useExportTerminationForms() {
  return useInvalidating((ids: string[]) =>
    request('/api/union/terminations/export', 'post', { json: { ids } }),
  );
}

/** 【提交保单申请】: the checked 新建/打回 requests go up to the agency office. */
export function useSubmitTerminations() {
  return useInvalidating((ids: string[]) =>
    request('/api/union/terminations/submit', 'post', { json: { ids } }),
  );
}

/** 审批通过 / 打回 (agency office, then HQ). */
export function useDecideTerminations() {
  return useInvalidating((body: DecideBody) =>
    request('/api/union/terminations/decide', 'post', { json: body }),
  );
}

export function useExpiringPolicies(search: Paged<ExpiringSearch> | null) {
  return useQuery({
    queryKey: [...keys.expiring, search],
    enabled: search !== null,
    queryFn: ({ signal }) =>
      request('/api/union/expiring-policies', 'get', { signal, query: search ?? undefined }),
    placeholderData: keepPreviousData,
  });
}

/** 即将到期保单【批量导出打印】: the month's workbook (a plain download link; the cookie authenticates). */
export function expiringExportUrl(search: ExpiringSearch): string {
  return buildUrl('/api/union/expiring-policies/export', search);
}
