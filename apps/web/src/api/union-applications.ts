import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { request, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

/** Hooks of the base unit's 投保管理 (MA-4/MA-5). */

export type UnionApplication = ItemOf<'/api/union/applications', 'get'>;
export type ApplicationSearch = Omit<QueryOf<'/api/union/applications', 'get'>, 'page' | 'pageSize'>;
export type ApplicationSearchStatus = NonNullable<ApplicationSearch['status']>;
export type ApplicationBody = BodyOf<'/api/union/applications', 'post'>;
export type ApplicationPlan = ResponseOf<'/api/union/application-plans', 'get'>[number];
export type MemberLookup = ResponseOf<'/api/union/member-lookup', 'get'>;
export type BulkResult = ResponseOf<'/api/union/applications/for-members', 'post'>;
export type RowFailure = BulkResult['failed'][number];
export type RenewBody = BodyOf<'/api/union/applications/renew', 'post'>;
export type ForMembersBody = BodyOf<'/api/union/applications/for-members', 'post'>;
/** An MA-5 refusal: the code, the Chinese message and the fix the page offers. */
export type Refusal = Omit<RowFailure, 'memberNo' | 'name'> & { warning?: boolean };

const keys = {
  all: ['union', 'applications'] as const,
  plans: ['union', 'application-plans'] as const,
};

/** The MA-5 refusal an APPLICATION_REFUSED error carries (details.refusal), if any. */
export function refusalOf(error: unknown): Refusal | null {
  if (!isApiError(error) || error.code !== 'APPLICATION_REFUSED') return null;
  const refusal = (error.details as { refusal?: Refusal } | undefined)?.refusal;
  return refusal && typeof refusal.code === 'string' ? refusal : null;
}

export function useApplicationPlans() {
  return useQuery({
    queryKey: keys.plans,
    queryFn: ({ signal }) => request('/api/union/application-plans', 'get', { signal }),
    staleTime: 60_000,
  });
}

export function useUnionApplications(search: ApplicationSearch & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...keys.all, 'list', search],
    queryFn: ({ signal }) => request('/api/union/applications', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

/** 【汇总金额】 of the search, fetched when asked (search not null). */
export function useApplicationSummary(search: ApplicationSearch | null) {
  return useQuery({
    queryKey: [...keys.all, 'summary', search],
    enabled: search !== null,
    queryFn: ({ signal }) =>
      request('/api/union/applications/summary', 'get', { signal, query: search ?? {} }),
  });
}

/** The member a 会员编号 or 身份证号 names (the form fills in on blur). */
export function lookupMember(memberNoOrId: string): Promise<MemberLookup> {
  return request('/api/union/member-lookup', 'get', { query: { memberNoOrId } });
}

function useInvalidating<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useSaveApplication() {
  return useInvalidating((input: { applicationNo?: string; body: ApplicationBody }) =>
    input.applicationNo
      ? request('/api/union/applications/{applicationNo}', 'put', {
          params: { applicationNo: input.applicationNo },
          json: input.body,
        })
      : request('/api/union/applications', 'post', { json: input.body }),
  );
}

export function useDeleteApplication() {
  return useInvalidating((applicationNo: string) =>
    request('/api/union/applications/{applicationNo}', 'delete', { params: { applicationNo } }),
  );
}

/** 【当前查询结果上报】, 【批量删除】 (typed 全部删除) and 【修改预期生效时间】 on the search. */
export function useApplicationsBySearch() {
  return useInvalidating(
    (
      input:
        | { action: 'submit'; search: ApplicationSearch }
        | { action: 'delete'; search: ApplicationSearch; confirm: string }
        | { action: 'date'; search: ApplicationSearch; date: string },
    ) => {
      switch (input.action) {
        case 'submit':
          return request('/api/union/applications/submit-search', 'post', { json: input.search });
        case 'delete':
          return request('/api/union/applications/batch-delete', 'post', {
            json: { ...input.search, confirm: input.confirm as '全部删除' },
          });
        case 'date':
          return request('/api/union/applications/change-effective-date', 'post', {
            json: { ...input.search, expectedEffectiveDate: input.date },
          });
      }
    },
  );
}

/** 新会员投保: the selected 财务确认 members → 新建 applications. */
export function useInsureMembers() {
  return useInvalidating((body: ForMembersBody) =>
    request('/api/union/applications/for-members', 'post', { json: body }),
  );
}

/** 【批量续转】 of an earlier period's members. */
export function useRenewPeriod() {
  return useInvalidating((body: RenewBody) =>
    request('/api/union/applications/renew', 'post', { json: body }),
  );
}
