import { eq } from 'drizzle-orm';
import { APPROVAL_SUBJECT_TYPES, isLine, isRole, productVersionApprovalSubject } from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import { users } from '../../platform/identity/tables.js';
import type { ApprovalChain, ApprovalTarget, RecordedSubmitter } from '../approvals/index.js';
import { productVersions } from './tables.js';

const exchangeLevel = (label: { zh: string; en: string }) =>
  ({ key: 'exchange', label, org: { type: 'platform' }, roles: ['exchange_admin'] }) as const;

/** 挂牌交易审核 (EX-2): the first listing of a product; a returned listing is resubmitted. */
export const LISTING_CHAIN: ApprovalChain = {
  code: APPROVAL_SUBJECT_TYPES.listing,
  submitRoles: ['insurer_staff'],
  levels: [exchangeLevel({ zh: '挂牌交易审核', en: 'Listing review' })],
};

/** 挂牌变更审核: a change of a listed product, one request per version. */
export const CHANGE_CHAIN: ApprovalChain = {
  code: APPROVAL_SUBJECT_TYPES.change,
  submitRoles: ['insurer_staff'],
  levels: [exchangeLevel({ zh: '挂牌变更审核', en: 'Change review' })],
};

/** The approval a version goes through (see productVersionApprovalSubject). */
export function versionApproval(
  product: { id: string; insurerOrgId: string; line: string; currentVersionId: string | null },
  versionId: string,
): ApprovalTarget {
  const productListed = product.currentVersionId !== null;
  return {
    subject: productVersionApprovalSubject({ productListed, productId: product.id, versionId }),
    ownerOrgId: product.insurerOrgId,
    line: isLine(product.line) ? product.line : null,
    chain: productListed ? CHANGE_CHAIN : LISTING_CHAIN,
  };
}

/** Who submitted a version and when, as the version stored it (for a request opened late). */
export async function versionSubmitter(executor: Executor, versionId: string): Promise<RecordedSubmitter> {
  const [row] = await executor
    .select({
      userId: productVersions.submittedBy,
      at: productVersions.createdAt,
      name: users.displayName,
      role: users.role,
      orgId: users.orgId,
    })
    .from(productVersions)
    .leftJoin(users, eq(users.id, productVersions.submittedBy))
    .where(eq(productVersions.id, versionId));
  return {
    kind: 'recorded',
    userId: row?.userId ?? null,
    name: row?.name ?? '未记录',
    role: row?.role && isRole(row.role) ? row.role : null,
    orgId: row?.orgId ?? null,
    at: row?.at,
  };
}
