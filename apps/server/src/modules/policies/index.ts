import type { Module } from '../index.js';

/**
 * The policy spine (ED, all lines): policies, insured persons and endorsements with business
 * numbers, data scope and the derived current status. Owns the policies, policy_insured,
 * endorsements and number_sequences tables. No routes of its own: lines of business and the
 * documents module call the functions exported here; signing happens in documents'
 * issueDocument (workflows/issue-policy.ts, workflows/endorse-policy.ts tie the two together).
 */
export const policiesModule: Module = async () => {};

export {
  createPolicy,
  createPolicies,
  type CreatePolicyInput,
  type NewInsured,
} from './operations/create-policy.js';
export {
  createReplacementPolicy,
  findReplacementOf,
  type ReissueChanges,
} from './operations/create-replacement-policy.js';
export { recordEndorsement, type EndorsementInput } from './operations/record-endorsement.js';
export { cancelPolicy, terminatePolicy } from './operations/change-policy-status.js';
export { findPolicyByNumber } from './operations/find-policy-by-number.js';
export { searchPolicies, type PolicySearch } from './operations/search-policies.js';
export {
  findEndorsementRow as findEndorsement,
  findEndorsements,
  findInsured,
  findInsuredOf,
  findPolicyRow as findPolicy,
  findPolicyRows as findPolicies,
  findPoliciesOfHolder,
  findPolicyIdsOfInsured,
  findPolicyWithEndorsements,
  identityOnPolicy,
  policyScopeCondition,
  type EndorsementRecord,
  type InsuredRecord,
  type PolicyRecord,
} from './repository.js';
export {
  currentStatus,
  endorsementKindLabel,
  LINE_LABELS,
  LINES,
  ORG_ID_TYPE,
  POLICY_STATUS_LABELS,
  POLICY_STATUSES,
  type Line,
  type PolicyStatus,
} from './labels.js';
export { beijingDay, nextBusinessNumber, nextBusinessNumbers, nextSequence } from './numbers.js';
export { idNumberIndex, isAcceptedIdType, normalizeIdNumber, protectIdNumber } from './identity.js';
export {
  buildPolicyDocumentData,
  documentPeriod,
  endorsementDocumentData,
  policyDocumentData,
  policyDocumentDataWithRecord,
  policyDocumentDataBatch,
  yuan,
} from './document-data.js';
