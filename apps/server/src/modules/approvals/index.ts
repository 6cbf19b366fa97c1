import type { Module } from '../index.js';
import { registerApprovalRoutes } from './routes.js';

/**
 * Approvals (issue 9 item 8): a request on a subject (one per subject) that climbs an
 * organization chain level by level — submit, approve or return with a reason at each level,
 * resubmit after a return — each step stored with who, when and why and audited in the same
 * transaction, read back as a timeline. Owns approval_requests and approval_steps. Other modules
 * and lines keep their own action routes and call these functions inside their transaction.
 */
export const approvalsModule: Module = async (app, ctx) => {
  await registerApprovalRoutes(app, ctx);
};

export type { ApprovalChain, ApprovalLevel } from './chain.js';
export type { ApprovalSubject } from './repository.js';
export type { ApprovalRequestView, ApprovalStepView } from './schemas.js';
export { ZApprovalRequest } from './schemas.js';
export {
  ensureSubmitted,
  openApprovalRequest,
  submitForApproval,
  type ApprovalTarget,
  type RecordedSubmitter,
} from './operations/submit-for-approval.js';
export {
  approveStep,
  rejectStep,
  returnStep,
  type DecideInput,
  type RequestRef,
} from './operations/decide-step.js';
export { getApprovalRequest, timelineOf } from './operations/timeline-of.js';
