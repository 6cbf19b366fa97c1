import { maskName, type Line } from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import {
  currentStatus,
  endorsementKindLabel,
  findPolicy,
  findPolicyWithEndorsements,
  findReplacementOf,
  ORG_ID_TYPE,
  POLICY_STATUS_LABELS,
  type EndorsementRecord,
  type PolicyRecord,
  type PolicyStatus,
} from '../policies/index.js';
import { DOCUMENT_KIND_LABELS } from './labels.js';
import { findDocumentWithSiblings, type DocumentRecord } from './repository.js';

/** A person's name masked (PL-7); an organization's name is not personal data and stays. */
export function holderNameMasked(policy: Pick<PolicyRecord, 'holderName' | 'holderIdType'>): string {
  return policy.holderIdType === ORG_ID_TYPE ? policy.holderName : maskName(policy.holderName);
}

export type PolicyStatusView = {
  policyNo: string;
  line: Line;
  productName: string;
  status: PolicyStatus;
  statusLabel: string;
  periodStart: string;
  periodEnd: string;
  holderNameMasked: string;
  /** Reissue (换发): the cancelled policy this one replaces, and the policy that replaced this one. */
  replacesPolicyNo: string | null;
  replacedByPolicyNo: string | null;
};

/** A policy's reissue links (换发), by number. */
export type ReissueLinks = { replacesPolicyNo: string | null; replacedByPolicyNo: string | null };

/** The public, masked view of a policy with its status now (ED-3). */
export function policyStatusView(
  policy: PolicyRecord,
  now: Date,
  links: ReissueLinks = { replacesPolicyNo: null, replacedByPolicyNo: null },
): PolicyStatusView {
  const status = currentStatus(policy, now);
  return {
    policyNo: policy.policyNo,
    line: policy.line,
    productName: policy.productName,
    status,
    statusLabel: POLICY_STATUS_LABELS[status],
    periodStart: policy.startsAt.toISOString(),
    periodEnd: policy.endsAt.toISOString(),
    holderNameMasked: holderNameMasked(policy),
    ...links,
  };
}

/** The reissue links of a policy: at most two indexed look-ups. */
export async function reissueLinksOf(executor: Executor, policy: PolicyRecord): Promise<ReissueLinks> {
  const replaces = policy.replacesPolicyId ? await findPolicy(executor, policy.replacesPolicyId) : null;
  const replacedBy = await findReplacementOf(executor, policy.id);
  return { replacesPolicyNo: replaces?.policyNo ?? null, replacedByPolicyNo: replacedBy?.policyNo ?? null };
}

/** A document of the chain, or the closing 'status' entry (cancelled, terminated, expired). */
export type ChainEntry = {
  kind: DocumentRecord['kind'] | 'status';
  documentNo: string;
  issuedAt: string;
  description: string;
};

/**
 * The chain of a policy (ED-6): its e-policies and e-endorsements in order, each described in
 * Chinese (the endorsement's number, type and wording), then the current state as the last entry.
 */
export function chainOf(
  policy: PolicyRecord,
  docs: DocumentRecord[],
  endorsements: EndorsementRecord[],
  now: Date,
): { entries: ChainEntry[]; endorsements: ChainEntry[] } {
  const describe = (d: DocumentRecord): string => {
    if (d.kind === 'endorsement') {
      const e = endorsements.find((x) => x.id === d.endorsementId);
      return e
        ? `第 ${e.seq} 次批改（批单号 ${e.endorsementNo}，${endorsementKindLabel(e.kind)}）：${e.description}`
        : '电子批单';
    }
    if (d.kind === 'policy') return d.version > 1 ? `电子保单（第 ${d.version} 版）` : '电子保单（原始保单）';
    return DOCUMENT_KIND_LABELS[d.kind];
  };
  const entries: ChainEntry[] = docs.map((d) => ({
    kind: d.kind,
    documentNo: d.documentNo,
    issuedAt: d.issuedAt.toISOString(),
    description: describe(d),
  }));
  const status = currentStatus(policy, now);
  if (status !== 'issued' && status !== 'endorsed') {
    const at = status === 'expired' ? policy.endsAt : (policy.statusChangedAt ?? policy.endsAt);
    entries.push({
      kind: 'status',
      documentNo: policy.policyNo,
      issuedAt: at.toISOString(),
      description: `当前状态：${POLICY_STATUS_LABELS[status]}${policy.statusReason ? `（${policy.statusReason}）` : ''}`,
    });
  }
  return { entries, endorsements: entries.filter((e) => e.kind === 'endorsement') };
}

/**
 * A document with its policy (current status) and chain, in two statements; null when unknown.
 */
export async function documentInContext(
  executor: Executor,
  documentId: string,
  now: Date,
): Promise<{
  document: DocumentRecord;
  policy: PolicyRecord | null;
  links: ReissueLinks;
  chain: { entries: ChainEntry[]; endorsements: ChainEntry[] };
} | null> {
  const found = await findDocumentWithSiblings(executor, documentId);
  if (!found) return null;
  const withChain = found.document.policyId
    ? await findPolicyWithEndorsements(executor, found.document.policyId)
    : null;
  return {
    document: found.document,
    policy: withChain?.policy ?? null,
    links: withChain
      ? await reissueLinksOf(executor, withChain.policy)
      : { replacesPolicyNo: null, replacedByPolicyNo: null },
    chain: withChain
      ? chainOf(withChain.policy, found.siblings, withChain.endorsements, now)
      : { entries: [], endorsements: [] },
  };
}
