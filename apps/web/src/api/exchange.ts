import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { buildUrl } from './client';
import {
  upload,
  request,
  type BodyOf,
  type ItemOf,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
} from './openapi';
import { anyPending, applicationPace, FOLLOW_OPTIONS, followQuery } from './follow';
import type { MessageKey, Translate } from '../i18n';
import type { UnionPlanContent } from './union-plans';

/**
 * Hooks of the insurance-exchange API. Every shape is read from the generated schema.d.ts by path
 * and method (money in fen, statuses the English codes of the contract; the pages show their
 * catalogue labels); the names below only make the pages read naturally.
 */

export type { ApplicationStatus } from '@policyhub/domain';

export type PublicProduct = ItemOf<'/api/public/products', 'get'>;
export type ProductDetail = ResponseOf<'/api/public/products/{id}', 'get'>;
export type RateBand = ProductDetail['rateTable']['bands'][number];
export type Question = ProductDetail['questionnaire'][number];
export type Gender = RateBand['gender'];
export type Disclosure = ItemOf<'/api/admin/disclosures', 'get'>;

/**
 * What an insurer submits for listing or as a change (the server's ZProductContent). The upload is
 * multipart (`data` = this JSON), which OpenAPI does not describe, and the listing and version
 * responses declare `content` as a plain record, so this one shape is assembled here from the
 * parts the public product detail does declare.
 */
export type ProductContent = Pick<
  ProductDetail,
  'summary' | 'brochure' | 'sumInsuredFen' | 'deductionCapFen'
> & {
  insurerSite: string;
  hotline: string;
  channels: ProductDetail['howToApply']['channels'];
  rateTable: ProductDetail['rateTable'];
  questionnaire: ProductDetail['questionnaire'];
  taxCodeFormat?: string;
};

export type CompanyInfo = BodyOf<'/api/enterprise/orders/{id}', 'put'>;
export type CompanySize = CompanyInfo['size'];
/** The company sizes in the order the form offers them (the server's enum; Chinese values). */
export const COMPANY_SIZES = [
  '50人以下',
  '50-299人',
  '300-999人',
  '1000人及以上',
] as const satisfies readonly CompanySize[];

/** The catalogue's label of each company size (the stored value is Chinese). */
export const COMPANY_SIZE_KEYS: Record<CompanySize, MessageKey> = {
  '50人以下': 'companySize.s1',
  '50-299人': 'companySize.s2',
  '300-999人': 'companySize.s3',
  '1000人及以上': 'companySize.s4',
};

/** A stored company size in the UI language (an unknown value as stored). */
export function companySizeLabel(size: string, t: Translate): string {
  const key = (COMPANY_SIZE_KEYS as Record<string, MessageKey | undefined>)[size];
  return key ? t(key) : size;
}

export type ScanKind = ParamsOf<'/api/enterprise/orders/{id}/scans/{kind}', 'post'>['kind'];
export const SCAN_KINDS = ['licence', 'orgCode', 'taxCert'] as const satisfies readonly ScanKind[];

export type Order = ItemOf<'/api/enterprise/orders', 'get'>;
export type OrderStatus = Order['status'];
export type OrderDetail = ResponseOf<'/api/enterprise/orders/{id}', 'get'>;
export type OrderDefaults = ResponseOf<'/api/enterprise/order-defaults', 'get'>;
export type AdminOrder = ItemOf<'/api/admin/orders', 'get'>;
export type AdminOrderDetail = ResponseOf<'/api/admin/orders/{id}', 'get'>;
export type RosterRow = AdminOrderDetail['roster'][number];
export type InsurerOrder = ItemOf<'/api/insurer/orders', 'get'>;
export type InsurerOrderDetail = ResponseOf<'/api/insurer/orders/{id}', 'get'>;

export type Employee = ItemOf<'/api/enterprise/orders/{id}/employees', 'get'>;
export type EmployeeStatus = Employee['status'];

export type Registration = ItemOf<'/api/admin/registrations', 'get'>;
export type RegistrationStatus = Registration['status'];
export type RegistrationInput = BodyOf<'/api/public/enterprise-registrations', 'post'>;

export type ListingVersion = ItemOf<'/api/admin/product-listings', 'get'>;

/** A listing's or version's `content`, which the server stored as a ProductContent (see above). */
export function productContentOf(version: { content: Record<string, unknown> }): ProductContent {
  return version.content as ProductContent;
}
export type AdminProduct = ItemOf<'/api/admin/products', 'get'>;
export type ProductStatus = AdminProduct['status'];
export type InsurerProduct = ItemOf<'/api/insurer/products', 'get'>;
export type ProductVersion = InsurerProduct['versions'][number];
export type VersionStatus = ProductVersion['status'];
export type ApiKey = ItemOf<'/api/insurer/api-keys', 'get'>;

export type Invitation = ItemOf<'/api/personal/invitations', 'get'>;
/**
 * The employees list declares the invitation statuses (plus 'pending'); the personal invitations
 * response declares its `status` only as a string, so tags check it (isInvitationStatus).
 */
export type InvitationStatus = Exclude<EmployeeStatus, 'pending'>;
export type Application = ItemOf<'/api/personal/applications', 'get'>;
export type ApplicationDetail = ResponseOf<'/api/personal/applications/{applicationNo}', 'get'>;
export type ApplyInput = BodyOf<'/api/personal/applications', 'post'>;
export type MyPolicy = ItemOf<'/api/me/policies', 'get'>;

export type Stats = ResponseOf<'/api/admin/stats', 'get'>;
export type StatsRow = Stats['total'];
export type StatsGroup = Stats['groupBy'];
export type PendingWork = ResponseOf<'/api/admin/pending-work', 'get'>;
export type StatsSearch = QueryOf<'/api/admin/stats', 'get'> & { groupBy: StatsGroup };
export type AdminOrderSearch = QueryOf<'/api/admin/orders', 'get'> & { page: number; pageSize: number };
export type PreUnderwritingInput = BodyOf<'/api/admin/orders/{id}/result', 'post'>;

export const exchangeKeys = {
  publicProducts: ['exchange', 'public-products'] as const,
  publicProduct: (id: string) => ['exchange', 'public-products', id] as const,
  enterpriseOrders: ['exchange', 'enterprise-orders'] as const,
  enterpriseOrder: (id: string) => ['exchange', 'enterprise-orders', id] as const,
  /** Under enterprise-orders: a submit (which invalidates that prefix) refreshes them too. */
  orderDefaults: ['exchange', 'enterprise-orders', 'defaults'] as const,
  employees: (id: string) => ['exchange', 'enterprise-orders', id, 'employees'] as const,
  registrations: (status: string) => ['exchange', 'registrations', status] as const,
  listings: ['exchange', 'listings'] as const,
  adminProducts: ['exchange', 'admin-products'] as const,
  disclosures: ['exchange', 'disclosures'] as const,
  adminOrders: (search: AdminOrderSearch) => ['exchange', 'admin-orders', search] as const,
  adminOrder: (id: string) => ['exchange', 'admin-orders', 'one', id] as const,
  stats: (search: StatsSearch) => ['exchange', 'stats', search] as const,
  pendingWork: ['exchange', 'pending-work'] as const,
  insurerProducts: ['exchange', 'insurer-products'] as const,
  insurerOrders: ['exchange', 'insurer-orders'] as const,
  insurerOrder: (id: string) => ['exchange', 'insurer-orders', 'one', id] as const,
  apiKeys: ['exchange', 'api-keys'] as const,
  invitations: ['exchange', 'invitations'] as const,
  applications: ['exchange', 'applications'] as const,
  application: (no: string) => ['exchange', 'applications', 'one', no] as const,
  quote: (id: string) => ['exchange', 'quote', id] as const,
  policies: ['exchange', 'policies'] as const,
};

// ---- public -----------------------------------------------------------------------------------

export function usePublicProducts() {
  return useQuery({
    queryKey: exchangeKeys.publicProducts,
    queryFn: ({ signal }) => request('/api/public/products', 'get', { signal, authRedirect: false }),
    select: (data) => data.items,
  });
}

export function usePublicProduct(id: string) {
  return useQuery({
    queryKey: exchangeKeys.publicProduct(id),
    queryFn: ({ signal }) =>
      request('/api/public/products/{id}', 'get', { params: { id }, signal, authRedirect: false }),
  });
}

export function useRegisterEnterprise() {
  return useMutation({
    mutationFn: (input: RegistrationInput) =>
      request('/api/public/enterprise-registrations', 'post', { json: input, authRedirect: false }),
    meta: { silentError: true },
  });
}

// ---- enterprise -------------------------------------------------------------------------------

/** The enterprise waits on the exchange (待预核保) and then the insurer (已发送保险公司). */
const ENTERPRISE_PENDING: OrderStatus[] = ['submitted', 'sent'];
/** The admin waits on the insurer's pre-underwriting answer. */
const ADMIN_PENDING: OrderStatus[] = ['sent'];

export function useEnterpriseOrders() {
  return useQuery({
    queryKey: exchangeKeys.enterpriseOrders,
    queryFn: ({ signal }) =>
      request('/api/enterprise/orders', 'get', { signal, query: { page: 1, pageSize: 100 } }),
    select: (data) => data.items,
    refetchInterval: followQuery((data: ResponseOf<'/api/enterprise/orders', 'get'>) =>
      anyPending(
        data.items.map((o) => o.status),
        ENTERPRISE_PENDING,
      ),
    ),
    ...FOLLOW_OPTIONS,
  });
}

export function useEnterpriseOrder(id: string) {
  return useQuery({
    queryKey: exchangeKeys.enterpriseOrder(id),
    queryFn: ({ signal }) => request('/api/enterprise/orders/{id}', 'get', { params: { id }, signal }),
    refetchInterval: followQuery((o: OrderDetail) => anyPending([o.status], ENTERPRISE_PENDING)),
    ...FOLLOW_OPTIONS,
  });
}

/** 企业基本信息 to start a new order from: the last order's, else the registration's (own enterprise). */
export function useOrderDefaults(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.orderDefaults,
    queryFn: ({ signal }) => request('/api/enterprise/order-defaults', 'get', { signal }),
    enabled,
    staleTime: 0,
  });
}

export function useCreateOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (productId: string) => request('/api/enterprise/orders', 'post', { json: { productId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.enterpriseOrders }),
  });
}

export function useSaveOrder(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (company: CompanyInfo) =>
      request('/api/enterprise/orders/{id}', 'put', { params: { id }, json: company }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: exchangeKeys.enterpriseOrder(id) }),
        client.invalidateQueries({ queryKey: exchangeKeys.orderDefaults }),
      ]),
  });
}

export function uploadScan(orderId: string, kind: ScanKind, file: File, onProgress?: (p: number) => void) {
  return upload('/api/enterprise/orders/{id}/scans/{kind}', 'post', {
    params: { id: orderId, kind },
    file,
    onProgress,
  });
}

export function useSubmitOrder(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request('/api/enterprise/orders/{id}/submit', 'post', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange', 'enterprise-orders'] }),
  });
}

export function useEmployees(id: string, page: number) {
  return useQuery({
    queryKey: [...exchangeKeys.employees(id), page],
    queryFn: ({ signal }) =>
      request('/api/enterprise/orders/{id}/employees', 'get', {
        params: { id },
        signal,
        query: { page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
    // Followed while accounts are being opened (pending) or applications underwritten (applied).
    refetchInterval: followQuery((data: ResponseOf<'/api/enterprise/orders/{id}/employees', 'get'>) => {
      const s = data.summary;
      const opening = s.total - s.invited - s.applied - s.issued - s.declined;
      return opening > 0 || s.applied > 0 ? 'fast' : false;
    }),
    ...FOLLOW_OPTIONS,
  });
}

export function useRemind(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request('/api/enterprise/orders/{id}/remind', 'post', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.employees(id) }),
  });
}

// ---- admin ------------------------------------------------------------------------------------

export function useRegistrations(status: RegistrationStatus | 'all') {
  return useQuery({
    queryKey: exchangeKeys.registrations(status),
    queryFn: ({ signal }) =>
      request('/api/admin/registrations', 'get', {
        signal,
        query: { status: status === 'all' ? undefined : status, page: 1, pageSize: 100 },
      }),
    select: (data) => data.items,
  });
}

type Decision = { id: string; approve: boolean; reason?: string };

function useDecision(decide: (decision: Decision) => Promise<unknown>, invalidate: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSuccess: () => client.invalidateQueries({ queryKey: invalidate }),
  });
}

export function useDecideRegistration() {
  return useDecision(
    ({ id, approve, reason }) =>
      approve
        ? request('/api/admin/registrations/{id}/approve', 'post', { params: { id } })
        : request('/api/admin/registrations/{id}/reject', 'post', {
            params: { id },
            json: { reason: reason ?? '' },
          }),
    ['exchange', 'registrations'],
  );
}

/** The product versions waiting for review (first listings and changes). */
export function useListings() {
  return useQuery({
    queryKey: exchangeKeys.listings,
    queryFn: ({ signal }) => request('/api/admin/product-listings', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function useDecideListing() {
  return useDecision(
    ({ id, approve, reason }) =>
      approve
        ? request('/api/admin/product-listings/{versionId}/approve', 'post', { params: { versionId: id } })
        : request('/api/admin/product-listings/{versionId}/reject', 'post', {
            params: { versionId: id },
            json: { reason: reason ?? '' },
          }),
    ['exchange'],
  );
}

export function useAdminProducts() {
  return useQuery({
    queryKey: exchangeKeys.adminProducts,
    queryFn: ({ signal }) => request('/api/admin/products', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function usePublishProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, publish }: { id: string; publish: boolean }) =>
      publish
        ? request('/api/admin/products/{id}/publish', 'post', { params: { id } })
        : request('/api/admin/products/{id}/unpublish', 'post', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange'] }),
  });
}

export function useAdminDisclosures() {
  return useQuery({
    queryKey: exchangeKeys.disclosures,
    queryFn: ({ signal }) => request('/api/admin/disclosures', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function uploadDisclosure(
  input: { productId: string; title: string; publishedAt: string },
  file: File,
) {
  return upload('/api/admin/disclosures', 'post', { file, fields: input });
}

export function useDeleteDisclosure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('/api/admin/disclosures/{id}', 'delete', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.disclosures }),
  });
}

/** The admin home's counts of pending work (read again whenever the home opens). */
export function usePendingWork() {
  return useQuery({
    queryKey: exchangeKeys.pendingWork,
    queryFn: ({ signal }) => request('/api/admin/pending-work', 'get', { signal }),
    refetchOnMount: 'always',
  });
}

export function useAdminOrders(search: AdminOrderSearch) {
  return useQuery({
    queryKey: exchangeKeys.adminOrders(search),
    queryFn: ({ signal }) => request('/api/admin/orders', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
    refetchInterval: followQuery((data: ResponseOf<'/api/admin/orders', 'get'>) =>
      anyPending(
        data.items.map((o) => o.status),
        ADMIN_PENDING,
      ),
    ),
    ...FOLLOW_OPTIONS,
  });
}

export function useAdminOrder(id: string) {
  return useQuery({
    queryKey: exchangeKeys.adminOrder(id),
    queryFn: ({ signal }) => request('/api/admin/orders/{id}', 'get', { params: { id }, signal }),
    refetchInterval: followQuery((o: AdminOrderDetail) => anyPending([o.status], ADMIN_PENDING)),
    ...FOLLOW_OPTIONS,
  });
}

export function useSendToInsurer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, via }: { id: string } & BodyOf<'/api/admin/orders/{id}/send', 'post'>) =>
      request('/api/admin/orders/{id}/send', 'post', { params: { id }, json: { via } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange', 'admin-orders'] }),
  });
}

export function useRecordResult(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PreUnderwritingInput) =>
      request('/api/admin/orders/{id}/result', 'post', { params: { id }, json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange', 'admin-orders'] }),
  });
}

export function useStats(search: StatsSearch) {
  return useQuery({
    queryKey: exchangeKeys.stats(search),
    queryFn: ({ signal }) => request('/api/admin/stats', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
  });
}

export function statsExportUrl(search: QueryOf<'/api/admin/stats/export', 'get'>): string {
  return buildUrl('/api/admin/stats/export', search);
}

// ---- insurer console --------------------------------------------------------------------------

export function useInsurerProducts() {
  return useQuery({
    queryKey: exchangeKeys.insurerProducts,
    queryFn: ({ signal }) => request('/api/insurer/products', 'get', { signal }),
    select: (data) => data.items,
  });
}

/** A listing application; `line` defaults to the exchange's tax-health line on the server. */
export type ProductSubmission = {
  code: string;
  name: string;
  line?: 'TAX_HEALTH' | 'MUTUAL_AID';
  content: ProductContent | UnionPlanContent;
};

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
        | { productId: string; content: ProductContent | UnionPlanContent; clauses: File | null },
    ): Promise<unknown> =>
      'content' in input
        ? upload('/api/insurer/products/{id}/versions', 'post', {
            params: { id: input.productId },
            file: input.clauses,
            fields: { data: JSON.stringify(input.content) },
          })
        : upload('/api/insurer/products', 'post', {
            file: input.clauses,
            fields: { data: JSON.stringify(input.submission) },
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.insurerProducts }),
  });
}

export function useInsurerOrders() {
  return useQuery({
    queryKey: exchangeKeys.insurerOrders,
    queryFn: ({ signal }) => request('/api/insurer/orders', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function useInsurerOrder(id: string) {
  return useQuery({
    queryKey: exchangeKeys.insurerOrder(id),
    queryFn: ({ signal }) => request('/api/insurer/orders/{id}', 'get', { params: { id }, signal }),
  });
}

/** The insurer's staff record the pre-underwriting result of a case (same body as the admin's form). */
export function useInsurerPreUnderwriting(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/insurer/orders/{id}/pre-underwriting', 'post'>) =>
      request('/api/insurer/orders/{id}/pre-underwriting', 'post', { params: { id }, json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.insurerOrders }),
    meta: { silentError: true },
  });
}

export function useApiKeys() {
  return useQuery({
    queryKey: exchangeKeys.apiKeys,
    queryFn: ({ signal }) => request('/api/insurer/api-keys', 'get', { signal }),
    select: (data) => data.items,
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhookUrl: string | null) =>
      request('/api/insurer/api-keys', 'post', { json: { webhookUrl } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('/api/insurer/api-keys/{id}/revoke', 'post', { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.apiKeys }),
  });
}

// ---- personal ---------------------------------------------------------------------------------

export function useInvitations() {
  return useQuery({
    queryKey: exchangeKeys.invitations,
    queryFn: ({ signal }) => request('/api/personal/invitations', 'get', { signal }),
    select: (data) => data.items,
    // 已投保，核保中 turns into 已出单 / 已拒保 when the insurer answers.
    refetchInterval: followQuery((data: ResponseOf<'/api/personal/invitations', 'get'>) =>
      anyPending(
        data.items.map((i) => i.status),
        ['applied'],
      ),
    ),
    ...FOLLOW_OPTIONS,
  });
}

export function useApplications() {
  return useQuery({
    queryKey: exchangeKeys.applications,
    queryFn: ({ signal }) => request('/api/personal/applications', 'get', { signal }),
    select: (data) => data.items,
  });
}

/**
 * One application, followed until the insurer's final answer (issued or declined): every 2 s at
 * first, every 30 s once it waits longer or a person reviews it (人工核保).
 */
export function useApplication(applicationNo: string) {
  return useQuery({
    queryKey: exchangeKeys.application(applicationNo),
    queryFn: ({ signal }) =>
      request('/api/personal/applications/{applicationNo}', 'get', { params: { applicationNo }, signal }),
    refetchInterval: followQuery((a: ApplicationDetail) => applicationPace(a.status)),
    ...FOLLOW_OPTIONS,
  });
}

/** 保费试算: the premium of the product's rate table for the user's age and gender, and its questionnaire. */
export function useQuote(invitationId: string, enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.quote(invitationId),
    queryFn: ({ signal }) =>
      request('/api/personal/applications/quote', 'post', { json: { invitationId }, signal }),
    enabled,
    retry: false,
  });
}

export function useApply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplyInput) => request('/api/personal/applications', 'post', { json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['exchange'] }),
    meta: { silentError: true },
  });
}

export function useMyPolicies() {
  return useQuery({
    queryKey: exchangeKeys.policies,
    queryFn: ({ signal }) => request('/api/me/policies', 'get', { signal }),
    select: (data) => data.items,
  });
}
