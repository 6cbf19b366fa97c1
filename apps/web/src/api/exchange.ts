import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationStatus } from '@policyhub/domain';
import { api, apiUpload, buildUrl, type Page, type QueryValue } from './client';

/**
 * Shapes of the insurance-exchange API (docs/API-EXCHANGE.md, issue 4). Money is in fen, statuses
 * are the English codes of the contract; the pages show their catalogue labels.
 */

export type ProductStatus = 'draft' | 'pending_listing' | 'listed' | 'rejected' | 'delisted';
export type VersionStatus = 'pending' | 'approved' | 'rejected' | 'superseded';
export type OrderStatus = 'draft' | 'submitted' | 'sent' | 'passed' | 'failed';
export type InvitationStatus = 'invited' | 'applied' | 'issued' | 'declined';
export type { ApplicationStatus } from '@policyhub/domain';
export type RegistrationStatus = 'pending' | 'approved' | 'rejected';
export type Gender = 'M' | 'F';
export type ScanKind = 'licence' | 'orgCode' | 'taxCert';
export const SCAN_KINDS: ScanKind[] = ['licence', 'orgCode', 'taxCert'];

export type RateBand = { minAge: number; maxAge: number; gender: Gender; annualPremiumFen: number };
export type Question = { id: string; text: string; manualIfYes?: boolean; declineIfYes?: boolean };
export type Channels = { platform: boolean; mobile: boolean; insurerUrl?: string | null };

export type ProductContent = {
  summary: string;
  brochure: string;
  insurerSite?: string | null;
  hotline?: string | null;
  sumInsuredFen: number;
  deductionCapFen: number;
  channels: Channels;
  rateTable: { bands: RateBand[] };
  questionnaire: Question[];
  taxCodeFormat?: string | null;
};

export type Disclosure = {
  id: string;
  productId: string;
  title: string;
  publishedAt: string;
  /** The public PDF (GET /api/public/disclosures/:id). */
  url: string;
};

export type PublicProduct = {
  id: string;
  code: string;
  name: string;
  insurerName: string;
  summary: string;
  sumInsuredFen: number;
  deductionCapFen: number;
  /** Lowest annual premium of the rate table. */
  fromPremiumFen: number;
};

export type ProductDetail = PublicProduct & {
  versionId: string;
  brochure: string;
  clausesUrl: string | null;
  rateTable: { bands: RateBand[] };
  questionnaire: Question[];
  disclosures: Disclosure[];
  howToApply: {
    insurerSite: string;
    hotline: string;
    throughEmployer: string;
    channels: { platform: boolean; mobile: boolean; insurerUrl: string | null };
  };
};

/** The company sizes the server accepts (Chinese values; the catalogue translates them). */
export const COMPANY_SIZES = ['50人以下', '50-299人', '300-999人', '1000人及以上'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export type CompanyInfo = {
  name: string;
  licenceNo: string;
  taxNo: string;
  orgCode: string;
  size: CompanySize;
  industry: string;
  contactName: string;
  contactPhone: string;
  address: string;
  email: string;
};

export type Order = {
  id: string;
  orderNo: string;
  productId: string;
  productName: string;
  insurerName: string;
  enterpriseName: string;
  status: OrderStatus;
  rosterCount: number;
  createdAt: string;
  submittedAt: string | null;
  company?: Partial<CompanyInfo> | null;
  /** File ids of the scans (GET /api/files/:id). */
  scans?: Record<ScanKind, string | null>;
  inviteTaskId?: string | null;
  sentVia?: 'email' | 'api' | null;
  sentAt?: string | null;
  windowStart?: string | null;
  windowEnd?: string | null;
  invitationCode?: string | null;
  remarks?: string | null;
  failReason?: string | null;
  decidedAt?: string | null;
};

export type RosterRow = {
  rowNo: number;
  name: string;
  idType: string;
  idNumberMasked: string;
  gender: string | null;
  birthDate: string | null;
  mobileMasked: string;
  extra: Record<string, string>;
};

export type OrderEvent = {
  action: string;
  actorName: string | null;
  at: string;
  detail: Record<string, unknown>;
};

export type OrderDetail = Order & {
  /** The first 500 rows, masked. */
  roster: RosterRow[];
  history: OrderEvent[];
};

/** 'pending': the account is still being opened. */
export type EmployeeStatus = InvitationStatus | 'pending';

export type Employee = {
  rowNo: number;
  name: string;
  mobileMasked: string;
  status: EmployeeStatus;
  remindedAt: string | null;
};

export type EmployeeSummary = {
  total: number;
  invited: number;
  applied: number;
  issued: number;
  declined: number;
};

export type Registration = {
  id: string;
  orgId: string;
  username: string | null;
  companyName: string;
  creditCode: string | null;
  orgCode: string | null;
  licenceNo: string | null;
  taxNo: string | null;
  email: string;
  contactName: string;
  /** Masked. */
  contactMobile: string;
  status: RegistrationStatus;
  rejectReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
};

export type ListingVersion = {
  versionId: string;
  productId: string;
  productCode: string;
  productName: string;
  insurerName: string;
  version: number;
  /** 'listing' (挂牌交易) for a first version, 'change' (挂牌变更) for a listed product's change. */
  kind: 'listing' | 'change';
  status: VersionStatus;
  content: ProductContent;
  clausesUrl: string | null;
  submittedAt: string;
};

export type AdminProduct = {
  id: string;
  code: string;
  name: string;
  line: string;
  insurerOrgId: string;
  insurerName: string;
  status: ProductStatus;
  published: boolean;
  currentVersionId: string | null;
  createdAt: string;
};

export type ProductVersion = {
  id: string;
  productId: string;
  version: number;
  status: VersionStatus;
  content: ProductContent;
  hasClauses: boolean;
  reviewReason: string | null;
  createdAt: string;
  approvedAt: string | null;
};

export type InsurerProduct = AdminProduct & { versions: ProductVersion[] };

export type ApiKey = {
  id: string;
  keyId: string;
  webhookUrl: string | null;
  status: 'active' | 'revoked';
  lastUsedAt: string | null;
  createdAt: string;
};

export type Invitation = {
  invitationId: string;
  orderNo: string;
  productId: string;
  productName: string;
  insurerName: string;
  windowStart: string;
  windowEnd: string;
  status: InvitationStatus;
  statusLabel: string;
  /** Whether today is inside the application window. */
  open: boolean;
  channels: { platform: boolean; mobile: boolean; insurerUrl: string | null };
  applicationNo: string | null;
};

export type Application = {
  applicationNo: string;
  productName: string;
  status: ApplicationStatus;
  statusLabel: string;
  premiumFen: number;
  year: number;
  declineReason: string | null;
  policyNo: string | null;
  createdAt: string;
};

export type Quote = {
  invitationId: string;
  productName: string;
  age: number;
  gender: Gender;
  annualPremiumFen: number;
  deductionCapFen: number;
  deductionNote: string;
  questionnaire: { id: string; text: string }[];
};

export type ApplyInput = {
  invitationId: string;
  /** A card of 我的银行卡 (a new card is added there first). */
  bankCardId: string;
  answers: Record<string, boolean>;
  consent: boolean;
};

export type MyPolicy = {
  policyId: string;
  policyNo: string;
  line: string;
  productName: string;
  insurerName: string;
  status: string;
  statusLabel: string;
  startsAt: string;
  endsAt: string;
  premiumFen: number;
  sumInsuredFen: number;
  taxCode: string | null;
  documentId: string | null;
  downloadUrl: string | null;
};

export type StatsGroup = 'product' | 'insurer' | 'enterprise' | 'month';
export type StatsRow = {
  key: string;
  label: string;
  invited: number;
  applied: number;
  issued: number;
  declined: number;
  premiumFen: number;
  applyRate: number;
  issueRate: number;
};
export type Stats = { groupBy: StatsGroup; rows: StatsRow[]; total: StatsRow };
export type StatsSearch = { groupBy: StatsGroup; from?: string; to?: string };

export type AdminOrderSearch = {
  from?: string;
  to?: string;
  company?: string;
  status?: OrderStatus;
  page: number;
  pageSize: number;
};

export const exchangeKeys = {
  publicProducts: ['exchange', 'public-products'] as const,
  publicProduct: (id: string) => ['exchange', 'public-products', id] as const,
  enterpriseOrders: ['exchange', 'enterprise-orders'] as const,
  enterpriseOrder: (id: string) => ['exchange', 'enterprise-orders', id] as const,
  employees: (id: string) => ['exchange', 'enterprise-orders', id, 'employees'] as const,
  registrations: (status: string) => ['exchange', 'registrations', status] as const,
  listings: ['exchange', 'listings'] as const,
  adminProducts: ['exchange', 'admin-products'] as const,
  disclosures: ['exchange', 'disclosures'] as const,
  adminOrders: (search: AdminOrderSearch) => ['exchange', 'admin-orders', search] as const,
  adminOrder: (id: string) => ['exchange', 'admin-orders', 'one', id] as const,
  stats: (search: StatsSearch) => ['exchange', 'stats', search] as const,
  insurerProducts: ['exchange', 'insurer-products'] as const,
  insurerOrders: ['exchange', 'insurer-orders'] as const,
  apiKeys: ['exchange', 'api-keys'] as const,
  invitations: ['exchange', 'invitations'] as const,
  applications: ['exchange', 'applications'] as const,
  quote: (id: string) => ['exchange', 'quote', id] as const,
  policies: ['exchange', 'policies'] as const,
};

const enc = encodeURIComponent;

// ---- public -----------------------------------------------------------------------------------

export function usePublicProducts() {
  return useQuery({
    queryKey: exchangeKeys.publicProducts,
    queryFn: ({ signal }) =>
      api<{ items: PublicProduct[] }>('/api/public/products', { signal, authRedirect: false }),
    select: (data) => data.items,
  });
}

export function usePublicProduct(id: string) {
  return useQuery({
    queryKey: exchangeKeys.publicProduct(id),
    queryFn: ({ signal }) =>
      api<ProductDetail>(`/api/public/products/${enc(id)}`, { signal, authRedirect: false }),
  });
}

export type RegistrationInput = {
  username: string;
  password: string;
  passwordConfirm: string;
  companyName: string;
  creditCode?: string;
  orgCode?: string;
  licenceNo?: string;
  taxNo?: string;
  email: string;
  contactName: string;
  contactMobile: string;
  captchaId: string;
  captchaAnswer: string;
};

export function useRegisterEnterprise() {
  return useMutation({
    mutationFn: (input: RegistrationInput) =>
      api<{ registrationId: string; status: 'pending' }>('/api/public/enterprise-registrations', {
        method: 'POST',
        json: input,
        authRedirect: false,
      }),
    meta: { silentError: true },
  });
}

// ---- enterprise -------------------------------------------------------------------------------

export function useEnterpriseOrders() {
  return useQuery({
    queryKey: exchangeKeys.enterpriseOrders,
    queryFn: ({ signal }) =>
      api<Page<Order>>('/api/enterprise/orders', { signal, query: { page: 1, pageSize: 100 } }),
    select: (data) => data.items,
  });
}

export function useEnterpriseOrder(id: string) {
  return useQuery({
    queryKey: exchangeKeys.enterpriseOrder(id),
    queryFn: ({ signal }) => api<OrderDetail>(`/api/enterprise/orders/${enc(id)}`, { signal }),
  });
}

export function useCreateOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (productId: string) =>
      api<Order>('/api/enterprise/orders', { method: 'POST', json: { productId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.enterpriseOrders }),
  });
}

export function useSaveOrder(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (company: CompanyInfo) =>
      api<Order>(`/api/enterprise/orders/${enc(id)}`, { method: 'PUT', json: company }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.enterpriseOrder(id) }),
  });
}

export function uploadScan(orderId: string, kind: ScanKind, file: File, onProgress?: (p: number) => void) {
  return apiUpload<Order>(`/api/enterprise/orders/${enc(orderId)}/scans/${kind}`, file, { onProgress });
}

export function useSubmitOrder(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Order>(`/api/enterprise/orders/${enc(id)}/submit`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange', 'enterprise-orders'] }),
  });
}

export function useEmployees(id: string, page: number) {
  return useQuery({
    queryKey: [...exchangeKeys.employees(id), page],
    queryFn: ({ signal }) =>
      api<Page<Employee> & { summary: EmployeeSummary }>(`/api/enterprise/orders/${enc(id)}/employees`, {
        signal,
        query: { page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useRemind(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ reminded: number }>(`/api/enterprise/orders/${enc(id)}/remind`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.employees(id) }),
  });
}

// ---- admin ------------------------------------------------------------------------------------

export function useRegistrations(status: RegistrationStatus | 'all') {
  return useQuery({
    queryKey: exchangeKeys.registrations(status),
    queryFn: ({ signal }) =>
      api<Page<Registration>>('/api/admin/registrations', {
        signal,
        query: { status: status === 'all' ? undefined : status, page: 1, pageSize: 100 },
      }),
    select: (data) => data.items,
  });
}

function useDecision(base: string, invalidate: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve, reason }: { id: string; approve: boolean; reason?: string }) =>
      api<unknown>(`${base}/${enc(id)}/${approve ? 'approve' : 'reject'}`, {
        method: 'POST',
        json: approve ? undefined : { reason },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: invalidate }),
  });
}

export function useDecideRegistration() {
  return useDecision('/api/admin/registrations', ['exchange', 'registrations']);
}

/** The product versions waiting for review (first listings and changes). */
export function useListings() {
  return useQuery({
    queryKey: exchangeKeys.listings,
    queryFn: ({ signal }) => api<{ items: ListingVersion[] }>('/api/admin/product-listings', { signal }),
    select: (data) => data.items,
  });
}

export function useDecideListing() {
  return useDecision('/api/admin/product-listings', ['exchange']);
}

export function useAdminProducts() {
  return useQuery({
    queryKey: exchangeKeys.adminProducts,
    queryFn: ({ signal }) => api<{ items: AdminProduct[] }>('/api/admin/products', { signal }),
    select: (data) => data.items,
  });
}

export function usePublishProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, publish }: { id: string; publish: boolean }) =>
      api<AdminProduct>(`/api/admin/products/${enc(id)}/${publish ? 'publish' : 'unpublish'}`, {
        method: 'POST',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange'] }),
  });
}

export function useAdminDisclosures() {
  return useQuery({
    queryKey: exchangeKeys.disclosures,
    queryFn: ({ signal }) => api<{ items: Disclosure[] }>('/api/admin/disclosures', { signal }),
    select: (data) => data.items,
  });
}

export function uploadDisclosure(
  input: { productId: string; title: string; publishedAt: string },
  file: File,
) {
  return apiUpload<Disclosure>('/api/admin/disclosures', file, { fields: input });
}

export function useDeleteDisclosure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/api/admin/disclosures/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.disclosures }),
  });
}

export function useAdminOrders(search: AdminOrderSearch) {
  return useQuery({
    queryKey: exchangeKeys.adminOrders(search),
    queryFn: ({ signal }) =>
      api<Page<Order>>('/api/admin/orders', { signal, query: search as Record<string, QueryValue> }),
    placeholderData: keepPreviousData,
  });
}

export function useAdminOrder(id: string) {
  return useQuery({
    queryKey: exchangeKeys.adminOrder(id),
    queryFn: ({ signal }) => api<OrderDetail>(`/api/admin/orders/${enc(id)}`, { signal }),
  });
}

export function useSendToInsurer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, via }: { id: string; via: 'email' | 'api' }) =>
      api<Order>(`/api/admin/orders/${enc(id)}/send`, { method: 'POST', json: { via } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange', 'admin-orders'] }),
  });
}

export type PreUnderwritingInput =
  | { passed: true; windowStart: string; windowEnd: string; invitationCode: string; remarks?: string }
  | { passed: false; reason: string };

export function useRecordResult(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PreUnderwritingInput) =>
      api<{ orderId: string; status: 'passed' | 'failed'; taskId: string | null }>(
        `/api/admin/orders/${enc(id)}/result`,
        { method: 'POST', json: input },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange', 'admin-orders'] }),
  });
}

export function useStats(search: StatsSearch) {
  return useQuery({
    queryKey: exchangeKeys.stats(search),
    queryFn: ({ signal }) => api<Stats>('/api/admin/stats', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function statsExportUrl(search: StatsSearch): string {
  return buildUrl('/api/admin/stats/export', search);
}

// ---- insurer console --------------------------------------------------------------------------

export function useInsurerProducts() {
  return useQuery({
    queryKey: exchangeKeys.insurerProducts,
    queryFn: ({ signal }) => api<{ items: InsurerProduct[] }>('/api/insurer/products', { signal }),
    select: (data) => data.items,
  });
}

export type ProductSubmission = { code: string; name: string; content: ProductContent };

/**
 * 挂牌申请 (a new product: `data` = { code, name, content } with the clauses PDF) or 挂牌变更 (an
 * existing product: `data` = content, the PDF optional). Multipart, as the server takes them.
 */
export function useSubmitProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { productId?: undefined; submission: ProductSubmission; clauses: File }
        | { productId: string; content: ProductContent; clauses: File | null },
    ): Promise<unknown> =>
      'content' in input
        ? apiUpload<ProductVersion>(`/api/insurer/products/${enc(input.productId)}/versions`, input.clauses, {
            fields: { data: JSON.stringify(input.content) },
          })
        : apiUpload<{ product: AdminProduct; version: ProductVersion }>(
            '/api/insurer/products',
            input.clauses,
            {
              fields: { data: JSON.stringify(input.submission) },
            },
          ),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.insurerProducts }),
  });
}

export function useInsurerOrders() {
  return useQuery({
    queryKey: exchangeKeys.insurerOrders,
    queryFn: ({ signal }) => api<{ items: Order[] }>('/api/insurer/orders', { signal }),
    select: (data) => data.items,
  });
}

export function useApiKeys() {
  return useQuery({
    queryKey: exchangeKeys.apiKeys,
    queryFn: ({ signal }) => api<{ items: ApiKey[] }>('/api/insurer/api-keys', { signal }),
    select: (data) => data.items,
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhookUrl: string | null) =>
      api<ApiKey & { secret: string }>('/api/insurer/api-keys', { method: 'POST', json: { webhookUrl } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiKey>(`/api/insurer/api-keys/${enc(id)}/revoke`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.apiKeys }),
  });
}

// ---- personal ---------------------------------------------------------------------------------

export function useInvitations() {
  return useQuery({
    queryKey: exchangeKeys.invitations,
    queryFn: ({ signal }) => api<{ items: Invitation[] }>('/api/personal/invitations', { signal }),
    select: (data) => data.items,
  });
}

export function useApplications() {
  return useQuery({
    queryKey: exchangeKeys.applications,
    queryFn: ({ signal }) => api<{ items: Application[] }>('/api/personal/applications', { signal }),
    select: (data) => data.items,
  });
}

/** 保费试算: the premium of the product's rate table for the user's age and gender, and its questionnaire. */
export function useQuote(invitationId: string, enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.quote(invitationId),
    queryFn: ({ signal }) =>
      api<Quote>('/api/personal/applications/quote', { method: 'POST', json: { invitationId }, signal }),
    enabled,
    retry: false,
  });
}

export function useApply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplyInput) =>
      api<Application>('/api/personal/applications', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange'] }),
    meta: { silentError: true },
  });
}

export function useMyPolicies() {
  return useQuery({
    queryKey: exchangeKeys.policies,
    queryFn: ({ signal }) => api<{ items: MyPolicy[] }>('/api/me/policies', { signal }),
    select: (data) => data.items,
  });
}
