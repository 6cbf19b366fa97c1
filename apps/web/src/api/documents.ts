import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IdType, Line, VerificationVerdict, VerifyReason } from '@policyhub/domain';
import { api, apiUpload, type Page } from './client';
import type { Captcha } from './auth';
import type { Org } from './types';

/** Shapes of the electronic-documents API (docs/API-DOCUMENTS.md). */

export type PolicyLine = Line;
export type PolicyStatus = 'issued' | 'endorsed' | 'cancelled' | 'terminated' | 'expired';
export type DocumentKind =
  'policy' | 'endorsement' | 'application' | 'termination' | 'reconciliation' | 'receipt';
export type Verdict = VerificationVerdict;

export type ChainEntry = {
  kind?: DocumentKind;
  documentNo: string;
  issuedAt: string;
  description?: string | null;
};

export type SignatureCheck = {
  signer: string | null;
  issuer: string | null;
  serial: string | null;
  algorithm: string | null;
  signedAt: string | null;
  timestampAt: string | null;
  byteRangeCoversWholeFile: boolean;
  digestMatches: boolean;
  signatureValid: boolean;
  chainTrusted: boolean;
  revoked: boolean;
  modifiedAfterSigning: boolean;
};

/** What was found, finer than the verdict (@policyhub/domain VERIFY_REASONS). */
export type { VerifyReason };

export type Verification = {
  verdict: Verdict;
  reason?: VerifyReason;
  title: string;
  summary: string;
  issuedHere: boolean;
  document?: {
    id: string;
    documentNo: string;
    kind: DocumentKind;
    kindLabel: string;
    version: number;
    issuedAt: string;
    specimen: boolean;
  } | null;
  policy?: {
    policyNo: string;
    productName: string;
    status: PolicyStatus;
    statusLabel: string;
    periodStart: string;
    periodEnd: string;
    holderNameMasked: string;
    endorsements: ChainEntry[];
  } | null;
  /** `details`: the verifier's findings, one Chinese sentence each. */
  technical: { signatures: SignatureCheck[]; fileSha256: string; details?: string[] };
};

export type DocumentStatus = {
  documentNo: string;
  kind: DocumentKind;
  kindLabel: string;
  issuedAt: string;
  specimen?: boolean;
  policy: {
    policyNo: string;
    line: PolicyLine;
    productName: string;
    status: PolicyStatus;
    statusLabel: string;
    periodStart: string;
    periodEnd: string;
    holderNameMasked: string;
  } | null;
  chain: ChainEntry[];
};

export type QueryInput = {
  policyNo: string;
  idType: IdType;
  idNumber: string;
  captchaId: string;
  captchaAnswer: string;
};

export type QueryDocument = {
  id: string;
  kind: DocumentKind;
  kindLabel: string;
  documentNo: string;
  issuedAt: string;
};

export type QueryAnswer = {
  queryToken: string;
  policy: {
    policyNo: string;
    productName: string;
    insurerName: string;
    status: PolicyStatus;
    statusLabel: string;
    periodStart: string;
    periodEnd: string;
    sumInsured: number | null;
    premium: number | null;
    holderNameMasked: string;
    insured: { nameMasked: string; idNumberMasked: string }[];
  };
  documents: QueryDocument[];
};

export type MyDocument = {
  id: string;
  kind: DocumentKind;
  kindLabel: string;
  documentNo: string;
  policyNo: string | null;
  productName: string | null;
  status: PolicyStatus | null;
  statusLabel: string | null;
  issuedAt: string;
};

export type KeyAlgorithm = 'RSA-2048' | 'ECDSA-P256' | 'SM2';
export type KeyStatus = 'active' | 'retired' | 'revoked';

export type SigningKey = {
  id: string;
  /** The insurer the key signs for (null for the platform's CA and TSA keys). */
  insurerOrgId?: string | null;
  insurerName: string | null;
  kind: string;
  algorithm: string;
  subject: string;
  serial: string;
  notBefore: string;
  notAfter: string;
  status: KeyStatus | string;
  revokedAt: string | null;
  revocationReason?: string | null;
  /** 'generated' (development) or 'imported' (PKCS#12). */
  source?: string;
  documentsSigned: number;
};

export type ArchiveEntry = {
  id: string;
  documentNo: string;
  kind: DocumentKind;
  policyNo: string | null;
  sha256: string;
  size: number;
  issuedAt: string;
  retentionUntil: string;
  legalHold: boolean;
  legalHoldReason?: string | null;
  specimen: boolean;
};

export type ArchiveSearch = { policyNo?: string; kind?: DocumentKind; page: number; pageSize: number };

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
  return apiUpload<Verification>('/api/public/verify', file, { onProgress });
}

/** The QR landing: a document's policy and its current status, personal data masked. */
export function useDocumentStatus(id: string) {
  return useQuery({
    queryKey: documentKeys.status(id),
    queryFn: ({ signal }) =>
      api<DocumentStatus>(`/api/public/documents/${encodeURIComponent(id)}/status`, {
        signal,
        authRedirect: false,
      }),
    meta: { silentError: true },
  });
}

export function useQueryCaptcha() {
  return useQuery({
    queryKey: documentKeys.queryCaptcha,
    queryFn: ({ signal }) => api<Captcha>('/api/public/query/captcha', { signal, authRedirect: false }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function usePolicyQuery() {
  return useMutation({
    mutationFn: (input: QueryInput) =>
      api<QueryAnswer>('/api/public/query', { method: 'POST', json: input, authRedirect: false }),
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
    queryFn: ({ signal }) => api<{ items: MyDocument[] }>('/api/me/documents', { signal }),
    select: (data) => data.items,
  });
}

export function useEmailDocument() {
  return useMutation({
    mutationFn: ({ id, email }: { id: string; email: string }) =>
      api<{ ok: boolean }>(`/api/documents/${encodeURIComponent(id)}/email`, {
        method: 'POST',
        json: { email },
      }),
  });
}

export function useSigningKeys() {
  return useQuery({
    queryKey: documentKeys.keys,
    queryFn: ({ signal }) => api<{ items: SigningKey[] }>('/api/admin/keys', { signal }),
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
    queryFn: ({ signal }) => api<{ items: Org[] }>('/api/admin/orgs', { signal }),
    select: (data) => data.items.filter((org) => org.type === 'insurer'),
    retry: false,
    meta: { silentError: true },
  });
}

export function useRotateKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { insurerOrgId: string; algorithm?: KeyAlgorithm }) =>
      api<SigningKey>('/api/admin/keys/rotate', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.keys }),
  });
}

export function useRevokeKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<SigningKey>(`/api/admin/keys/${encodeURIComponent(id)}/revoke`, {
        method: 'POST',
        json: { reason },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.keys }),
  });
}

export function useArchive(search: ArchiveSearch) {
  return useQuery({
    queryKey: documentKeys.archiveList(search),
    queryFn: ({ signal }) => api<Page<ArchiveEntry>>('/api/admin/archive', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function useLegalHold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, hold, reason }: { id: string; hold: boolean; reason: string }) =>
      api<unknown>(`/api/admin/archive/${encodeURIComponent(id)}/legal-hold`, {
        method: 'POST',
        json: { hold, reason },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.archive }),
  });
}

export function useDeleteArchived() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<unknown>(`/api/admin/archive/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.archive }),
    // The page shows the server's refusal (retention date, legal hold) next to the entry.
    meta: { silentError: true },
  });
}

/** Queues the archive check; the page follows the returned task (useTask). */
export function useVerifyArchive() {
  return useMutation({
    mutationFn: () => api<{ taskId: string }>('/api/admin/archive/verify', { method: 'POST' }),
  });
}
