import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

/** Hooks of the union's member query, claims, 会员变更 and 调入调出 (MA-6). */

export type MemberQuery = QueryOf<'/api/union/member-query', 'get'>;
export type MemberItem = ItemOf<'/api/union/member-query', 'get'>;
export type MemberHistory = ResponseOf<'/api/union/members/{id}/history', 'get'>;
export type Claim = ItemOf<'/api/union/claims', 'get'>;
export type ClaimBody = BodyOf<'/api/union/claims', 'post'>;
export type MemberRequest = ItemOf<'/api/union/member-requests', 'get'>;
export type MemberRequestKind = MemberRequest['kind'];
export type MemberRequestStatus = MemberRequest['status'];
export type TransferCandidate = ResponseOf<'/api/union/transfers/candidate', 'get'>;

const keys = {
  query: (q: MemberQuery) => ['union', 'member-query', q] as const,
  history: (id: string) => ['union', 'member-history', id] as const,
  claims: (memberNo: string, page: number) => ['union', 'claims', memberNo, page] as const,
  requests: (kind: MemberRequestKind, status: MemberRequestStatus | 'all') =>
    ['union', 'member-requests', kind, status] as const,
};

export function useMemberQuery(query: MemberQuery | null) {
  return useQuery({
    queryKey: keys.query(query ?? {}),
    enabled: Boolean(query && (query.memberNo || query.name || query.idNumber)),
    queryFn: ({ signal }) => request('/api/union/member-query', 'get', { query: query ?? {}, signal }),
    select: (data) => data.items,
  });
}

export function useMemberHistory(id: string | null) {
  return useQuery({
    queryKey: keys.history(id ?? ''),
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      request('/api/union/members/{id}/history', 'get', { params: { id: id! }, signal }),
  });
}

export function useRevealMember() {
  return useMutation({
    mutationFn: (id: string) => request('/api/union/members/{id}/reveal', 'post', { params: { id } }),
  });
}

export function useUnionPlans() {
  return useQuery({
    queryKey: ['union', 'plans'],
    queryFn: ({ signal }) => request('/api/union/plans', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function useClaims(memberNo: string, page: number) {
  return useQuery({
    queryKey: keys.claims(memberNo, page),
    queryFn: ({ signal }) =>
      request('/api/union/claims', 'get', {
        query: { page, pageSize: 20, ...(memberNo ? { memberNo } : {}) },
        signal,
      }),
  });
}

export function useRecordClaim() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ClaimBody) => request('/api/union/claims', 'post', { json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['union'] }),
  });
}

export function useMemberRequests(kind: MemberRequestKind, status: MemberRequestStatus | 'all') {
  return useQuery({
    queryKey: keys.requests(kind, status),
    queryFn: ({ signal }) =>
      request('/api/union/member-requests', 'get', {
        query: { kind, ...(status === 'all' ? {} : { status }) },
        signal,
      }),
    select: (data) => data.items,
  });
}

/** Every action on a request refreshes the union lists (and the approval timelines). */
function useRequestAction<V>(fn: (v: V) => Promise<MemberRequest>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['union'] }),
        qc.invalidateQueries({ queryKey: ['approvals'] }),
      ]),
  });
}

export function useCreateChange() {
  return useRequestAction((body: BodyOf<'/api/union/member-changes', 'post'>) =>
    request('/api/union/member-changes', 'post', { json: body }),
  );
}

export function useUpdateChange() {
  return useRequestAction(
    ({ id, ...body }: BodyOf<'/api/union/member-changes/{id}', 'put'> & { id: string }) =>
      request('/api/union/member-changes/{id}', 'put', { params: { id }, json: body }),
  );
}

export function useCreateTransfer() {
  return useRequestAction((body: BodyOf<'/api/union/transfers', 'post'>) =>
    request('/api/union/transfers', 'post', { json: body }),
  );
}

export function useSubmitRequest() {
  return useRequestAction((id: string) =>
    request('/api/union/member-requests/{id}/submit', 'post', { params: { id } }),
  );
}

export function useDecideRequest() {
  return useRequestAction(({ id, approve, reason }: { id: string; approve: boolean; reason?: string }) =>
    approve
      ? request('/api/union/member-requests/{id}/approve', 'post', {
          params: { id },
          json: reason ? { reason } : {},
        })
      : request('/api/union/member-requests/{id}/return', 'post', { params: { id }, json: { reason } }),
  );
}

/** 【查找】 a person in another unit (only unit name and masked name). */
export function findTransferCandidate(query: QueryOf<'/api/union/transfers/candidate', 'get'>) {
  return request('/api/union/transfers/candidate', 'get', { query });
}

/** 【查询】 one of the unit's own members for a 会员变更. */
export async function findOwnMember(query: MemberQuery): Promise<MemberItem | null> {
  const data = await request('/api/union/member-query', 'get', { query });
  return data.items[0] ?? null;
}
