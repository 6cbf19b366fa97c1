import { APPROVAL_SUBJECT_TYPES } from '@policyhub/domain';
import type { ApprovalChain, ApprovalTarget } from '../../modules/approvals/index.js';

/** 注册登记审核 (EX-3): one level, the exchange (platform organization) approves or rejects. */
export const REGISTRATION_CHAIN: ApprovalChain = {
  code: APPROVAL_SUBJECT_TYPES.registration,
  submitRoles: ['enterprise_operator'],
  levels: [
    {
      key: 'exchange',
      label: { zh: '交易所审核', en: 'Exchange review' },
      org: { type: 'platform' },
      roles: ['exchange_admin'],
    },
  ],
};

/** The approval target of one registration (the pending enterprise owns it). */
export function registrationApproval(registrationId: string, orgId: string): ApprovalTarget {
  return {
    subject: { type: APPROVAL_SUBJECT_TYPES.registration, id: registrationId },
    ownerOrgId: orgId,
    line: 'TAX_HEALTH',
    chain: REGISTRATION_CHAIN,
  };
}
