import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Line } from '@policyhub/domain';
import { request, upload, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

/**
 * Hooks of the electronic-documents API (docs/API-DOCUMENTS.md). Shapes are the generated API
 * types read by path and method; the names below only make the pages read naturally.
 */

export type PolicyLine = Line;
export type Verification = ResponseOf<'/api/public/verify', 'post'>;
export type Verdict = Verification['verdict'];
export type SignatureCheck = Verification['technical']['signatures'][number];
export type DocumentStatus = ResponseOf<'/api/public/documents/{id}/status', 'get'>;
export type ChainEntry = DocumentStatus['chain'][number];
export type PolicyStatus = NonNullable<DocumentStatus['policy']>['status'];
export type QueryInput = BodyOf<'/api/public/query', 'post'>;
export type QueryAnswer = ResponseOf<'/api/public/query', 'post'>;
export type QueryDocument = QueryAnswer['documents'][number];
export type MyDocument = ItemOf<'/api/me/documents', 'get'>;
export type SigningKey = ItemOf<'/api/admin/keys', 'get'>;
export type KeyAlgorithm = NonNullable<BodyOf<'/api/admin/keys/rotate', 'post'>['algorithm']>;
export type ArchiveEntry = ItemOf<'/api/admin/archive', 'get'>;
export type DocumentKind = ArchiveEntry['kind'];
export type ArchiveSearch = QueryOf<'/api/admin/archive', 'get'> & { page: number; pageSize: number };

/** The result of an archive check task (problems: the first 500; problemCount is exact). */
export type ArchiveVerifyResult = {
  ok: boolean;
  checked: number;
  problemCount: number;
  problems: { id: string; documentNo: string; problem: string }[];
};

export const documentKeys = {
  status: (id: string) => ['documents', 'status', id] as const,
  queryCaptcha: ['documents', 'query-captcha'] as const,
  mine: ['documents', 'mine'] as const,
  keys: ['documents', 'keys'] as const,
  archive: ['documents', 'archive'] as const,
  archiveList: (search: ArchiveSearch) => ['documents', 'archive', search] as const,
};

/** Largest PDF the verification endpoint takes. */
export const VERIFY_MAX_BYTES = 20 * 1024 * 1024;

/** 电子保单验真: uploads the PDF, the server answers with its verdict. */
export function verifyPdf(file: File, onProgress?: (percent: number) => void): Promise<Verification> {
  return upload('/api/public/verify', 'post', { file, onProgress });
}

/** The QR landing: a document's policy and its current status, personal data masked. */
export function useDocumentStatus(id: string) {
  return useQuery({
    queryKey: documentKeys.status(id),
    queryFn: ({ signal }) =>
      request('/api/public/documents/{id}/status', 'get', { params: { id }, signal, authRedirect: false }),
    meta: { silentError: true },
  });
}

export function useQueryCaptcha() {
  return useQuery({
    queryKey: documentKeys.queryCaptcha,
    queryFn: ({ signal }) => request('/api/public/query/captcha', 'get', { signal, authRedirect: false }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function usePolicyQuery() {
  return useMutation({
    mutationFn: (input: QueryInput) =>
      request('/api/public/query', 'post', { json: input, authRedirect: false }),
    meta: { silentError: true },
  });
}

/** A document the public query showed; the token proves the query (valid 15 minutes). */
export function queryDownloadUrl(id: string, token: string): string {
  return `/api/public/query/documents/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
}

/** A document the signed-in user may see (holder, or org scope); the download is audited. */
export function documentDownloadUrl(id: string): string {
  return `/api/documents/${encodeURIComponent(id)}/download`;
}

export function useMyDocuments() {
  return useQuery({
    queryKey: documentKeys.mine,
    queryFn: ({ signal }) => request('/api/me/documents', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function useEmailDocument() {
  return useMutation({
    mutationFn: ({ id, email }: { id: string; email: string }) =>
      request('/api/documents/{id}/email', 'post', { params: { id }, json: { email } }),
  });
}

export function useSigningKeys() {
  return useQuery({
    queryKey: documentKeys.keys,
    queryFn: ({ signal }) => request('/api/admin/keys', 'get', { signal }),
    select: (data) => data.items,
  });
}

/**
 * Insurers to rotate keys for: the organization list when the server lets this role read it
 * (silently empty otherwise; the keys list supplies the insurers then).
 */
export function useInsurerOrgs(options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: ['documents', 'insurer-orgs'] as const,
    queryFn: ({ signal }) => request('/api/admin/orgs', 'get', { signal }),
    select: (data) => data.items.filter((org) => org.type === 'insurer'),
    retry: false,
    meta: { silentError: true },
  });
}

export function useRotateKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/admin/keys/rotate', 'post'>) =>
      request('/api/admin/keys/rotate', 'post', { json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.keys }),
  });
}

export function useRevokeKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      request('/api/admin/keys/{id}/revoke', 'post', { params: { id }, json: { reason } }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.keys }),
  });
}

export function useArchive(search: ArchiveSearch) {
  return useQuery({
    queryKey: documentKeys.archiveList(search),
    queryFn: ({ signal }) => request('/api/admin/archive', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function useLegalHold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, hold, reason }: { id: string; hold: boolean; reason: string }) =>
      request('/api/admin/archive/{id}/legal-hold', 'post', { params: { id }, json: { hold, reason } }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.archive }),
  });
}

export function useDeleteArchived() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('/api/admin/archive/{id}', 'delete', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.archive }),
    // The page shows the server's refusal (retention date, legal hold) next to the entry.
    meta: { silentError: true },
  });
}

/** Queues the archive check; the page follows the returned task (useTask). */
export function useVerifyArchive() {
  return useMutation({
    mutationFn: () => request('/api/admin/archive/verify', 'post'),
  });
}

// ---- what an insurer's documents show: hotline and logo ----------------------------------------

export type InsurerDocumentSettings = ResponseOf<'/api/insurers/{orgId}/document-settings', 'get'>;

const settingsKey = (orgId: string) => ['insurer-document-settings', orgId] as const;

export function useInsurerDocumentSettings(orgId: string | undefined) {
  return useQuery({
    queryKey: settingsKey(orgId ?? ''),
    queryFn: ({ signal }) =>
      request('/api/insurers/{orgId}/document-settings', 'get', { params: { orgId: orgId! }, signal }),
    enabled: !!orgId,
  });
}

export function useUpdateInsurerDocumentSettings(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { hotline?: string | null; logo?: string | null }) =>
      request('/api/insurers/{orgId}/document-settings', 'put', { params: { orgId }, json: body }),
    onSuccess: (data) => client.setQueryData(settingsKey(orgId), data),
  });
}
