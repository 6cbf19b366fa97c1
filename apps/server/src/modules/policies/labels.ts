/** Lines of business: the one list lives in @policyhub/domain. */
export { LINE_LABELS, LINE_NUMBER_CODES, LINES, type Line } from '@policyhub/domain';

/** Stored statuses; 'expired' is derived from the end of cover and never stored. */
export const STORED_STATUSES = ['issued', 'endorsed', 'cancelled', 'terminated'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];
export const POLICY_STATUSES = [...STORED_STATUSES, 'expired'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  issued: '有效',
  endorsed: '已批改',
  cancelled: '已撤单',
  terminated: '已终止',
  expired: '已到期',
};

/** Endorsement kinds (批改类型); lines may use others, shown as given. */
export const ENDORSEMENT_KIND_LABELS: Record<string, string> = {
  change_info: '信息变更',
  add_insured: '增加被保险人',
  remove_insured: '减少被保险人',
  change_period: '保险期间变更',
  change_coverage: '保障内容变更',
  early_termination: '提前终止',
  other: '其他批改',
};

export function endorsementKindLabel(kind: string): string {
  return ENDORSEMENT_KIND_LABELS[kind] ?? kind;
}

/** Holder identity documents besides the personal ones of @policyhub/domain (policyholders can be organizations). */
export const ORG_ID_TYPE = 'uscc';
export const ORG_ID_TYPE_LABEL = '统一社会信用代码';

/**
 * The status a policy has now (ED-3): cancelled and terminated are final; otherwise a policy
 * whose cover ended before `now` is expired.
 */
export function currentStatus(policy: { status: string; endsAt: Date }, now: Date): PolicyStatus {
  if (policy.status === 'cancelled' || policy.status === 'terminated') return policy.status;
  if (policy.endsAt.getTime() < now.getTime()) return 'expired';
  return policy.status === 'endorsed' ? 'endorsed' : 'issued';
}
