import type { Module } from '../index.js';

/**
 * Applications (投保申请) of every line: the applicant and insured people (ID numbers encrypted,
 * blind-indexed, masked), the answers, the quote snapshot as rated by packages/domain, the status
 * moved only by packages/domain applicationMachine, the underwriting outcome (decision, reason,
 * insurer reference, who and when) and the policy once issued; found and listed within a data
 * scope. Owns the applications table. No routes of its own: each line keeps its rules (the
 * exchange: invitation, one per product year, debit card, 税优识别码) and its routes, and calls
 * the functions below; workflows/issue-application-policy.ts ties it to policies and documents.
 */
export const applicationsModule: Module = async () => {};

export type {
  ApplicationPerson,
  ApplicationRecord,
  InsuredPerson,
  QuoteSnapshot,
  UnderwritingDecision,
} from './types.js';
export { UNDERWRITING_DECISIONS } from './types.js';
export {
  applicationScopeCondition,
  findApplications,
  getApplication,
  type ApplicationFilters,
  type ApplicationScope,
} from './repository.js';
export {
  createApplication,
  createApplications,
  reviseApplication,
  type NewApplication,
  type NewPerson,
} from './operations/create-application.js';
export {
  assertApplicationMove,
  moveApplication,
  PLAIN_MOVES,
  type PlainMove,
} from './operations/move-application.js';
export {
  findApplicationsByIds,
  findOrgApplicationBriefs,
  listOrgApplications,
  markApplicationsIssued,
  moveOrgApplications,
  patchOrgApplications,
  searchOrgApplications,
  totalOrgApplications,
  type OrgApplicationBrief,
  type OrgApplicationSearch,
} from './operations/search-org-applications.js';
export { recordUnderwriting, type UnderwritingInput } from './operations/record-underwriting.js';
export { markApplicationIssued } from './operations/mark-application-issued.js';
export {
  APPLICATION_COUNT_GROUPS,
  countApplications,
  type ApplicationCount,
  type ApplicationCountGroup,
} from './operations/count-applications.js';
export {
  ZApplicationStatus,
  ZApplicationSummary,
  ZInsurerApplication,
  ZUnderwritingDecision,
  type ApplicationSummary,
  type InsurerApplication,
} from './schemas.js';
export {
  applicationSummary,
  declineReasonOf,
  insurerApplicationView,
  insurerApplicationViews,
  policyNumbersOf,
} from './views.js';
