import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

/** Hooks of the agency office's and HQ's 投保管理 and 开具收据 (MA-8). */

export type SubmissionQuery = QueryOf<'/api/union/submissions', 'get'>;
export type SubmissionSearch = BodyOf<'/api/union/submissions/pass-search', 'post'>;
export type Submission = ItemOf<'/api/union/submissions', 'get'>;
export type SubmissionStatus = Submission['status'];
export type SubmissionTotals = ResponseOf<'/api/union/submissions/totals', 'get'>;
export type Receipt = ItemOf<'/api/union/receipts', 'get'>;
export type ReceiptBody = BodyOf<'/api/union/receipts', 'post'>;

const keys = {
  submissions: (q: SubmissionQuery) => ['union', 'submissions', q] as const,
  totals: (q: SubmissionSearch) => ['union', 'submissions-totals', q] as const,
  receipts: (unitNo: string, page: number) => ['union', 'receipts', unitNo, page] as const,
};

export function useSubmissions(query: SubmissionQuery) {
  return useQuery({
    queryKey: keys.submissions(query),
    queryFn: ({ signal }) => request('/api/union/submissions', 'get', { query, signal }),
  });
}

/** 【汇总金额】 of the search, fetched only when asked (enabled by the caller). */
export function useSubmissionTotals(search: SubmissionSearch | null) {
  return useQuery({
    queryKey: keys.totals(search ?? {}),
    enabled: search !== null,
    queryFn: ({ signal }) => request('/api/union/submissions/totals', 'get', { query: search ?? {}, signal }),
  });
}

export function usePassSearch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (search: SubmissionSearch) =>
      request('/api/union/submissions/pass-search', 'post', { json: search }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['union'] }),
  });
}

export function useReturnSearch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/union/submissions/return-search', 'post'>) =>
      request('/api/union/submissions/return-search', 'post', { json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['union'] }),
  });
}

export function useConfirmSearch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (search: SubmissionSearch) =>
      request('/api/union/submissions/confirm-search', 'post', { json: search }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['union'] }),
  });
}

export function useReceipts(unitNo: string, page: number) {
  return useQuery({
    queryKey: keys.receipts(unitNo, page),
    queryFn: ({ signal }) =>
      request('/api/union/receipts', 'get', {
        query: { page, pageSize: 20, ...(unitNo ? { unitNo } : {}) },
        signal,
      }),
  });
}

export function useIssueReceipt() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceiptBody) => request('/api/union/receipts', 'post', { json: body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['union', 'receipts'] }),
  });
}
