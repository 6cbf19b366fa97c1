import type { ApprovalChain, ApprovalSubject } from '../../modules/approvals/index.js';

/** The approvals subject of a 会员变更 / 调入调出 request (union_member_requests.id). */
export const memberRequestSubject = (id: string): ApprovalSubject => ({ type: 'union.member-request', id });

const AGENCY_LEVEL = {
  key: 'agency',
  label: { zh: '代办处审核', en: 'Agency office review' },
  org: { type: 'union_agency' },
  roles: ['union_agency_operator'],
} as const;

const HQ_LEVEL = {
  key: 'hq',
  label: { zh: '总会审批', en: 'Union HQ approval' },
  org: { type: 'union_hq' },
  roles: ['union_hq_operator'],
} as const;

/**
 * 会员变更 (name or ID number, MA-6): the member's base unit submits (【上报】), its agency office
 * reviews, HQ (信息部) decides; the change is applied on HQ's approval.
 */
export const memberChangeChain: ApprovalChain = {
  code: 'union.member-change',
  submitRoles: ['union_base_operator'],
  levels: [AGENCY_LEVEL, HQ_LEVEL],
};

/**
 * 调入调出 (MA-5/MA-6): created and submitted by the RECEIVING unit; the agency office above the
 * receiving unit reviews, then HQ (the seed's 等待信息部通过) decides — the same two levels as a
 * change, so an agency office never moves a person out of another office's unit on its own.
 */
export const memberTransferChain: ApprovalChain = {
  code: 'union.member-transfer',
  submitRoles: ['union_base_operator'],
  levels: [AGENCY_LEVEL, HQ_LEVEL],
};
