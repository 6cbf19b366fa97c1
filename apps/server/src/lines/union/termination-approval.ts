import type { ApprovalChain, ApprovalTarget } from '../../modules/approvals/index.js';
import { AGENCY_ROLES, BASE_ROLES, HQ_ROLES } from './units.js';

/** The approval subject type of a 保单提前终止申请 (union_terminations row). */
export const TERMINATION_SUBJECT = 'union.termination';

/**
 * 保单提前终止 (MA-7) climbs 基层工会 → 代办处 → 总会: the base unit submits (提交保单申请), the agency
 * office above it checks the stamped form, HQ approves last; either level may return (打回) it
 * with a reason, and the base unit resubmits on the same request.
 */
export const TERMINATION_CHAIN: ApprovalChain = {
  code: TERMINATION_SUBJECT,
  submitRoles: BASE_ROLES,
  levels: [
    {
      key: 'agency',
      label: { zh: '代办处审核', en: 'Agency office review' },
      org: { type: 'union_agency' },
      roles: AGENCY_ROLES,
    },
    {
      key: 'hq',
      label: { zh: '总会审批', en: 'Union HQ approval' },
      org: { type: 'union_hq' },
      roles: HQ_ROLES,
    },
  ],
};

/** The approval target of one termination request (its base unit owns it). */
export function terminationApproval(terminationId: string, unitOrgId: string): ApprovalTarget {
  return {
    subject: { type: TERMINATION_SUBJECT, id: terminationId },
    ownerOrgId: unitOrgId,
    line: 'MUTUAL_AID',
    chain: TERMINATION_CHAIN,
  };
}
