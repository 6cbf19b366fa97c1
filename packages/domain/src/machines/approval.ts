import { fail, pass, type RuleResult } from '../result.js';
import { defineMachine, type Label } from './define-machine.js';

/**
 * An approval request (审批申请) on a subject — an enterprise registration, a product listing, a
 * union member change — moving up an organization chain level by level (SPEC §4 MA-6/7/8: 基层工会
 * → 代办处 → 总会). It stays `submitted` while it climbs: an approval below the last level moves it
 * one level up; the last level's approval makes it `approved`. `returned` (打回, with a reason) goes
 * back to the submitter, who may resubmit from the first level; `rejected` is final.
 */
export const approvalMachine = defineMachine({
  name: 'approval',
  nameLabel: { zh: '审批申请', en: 'Approval request' },
  states: ['draft', 'submitted', 'returned', 'approved', 'rejected'],
  transitions: {
    draft: ['submitted'],
    submitted: ['returned', 'approved', 'rejected'],
    returned: ['submitted'],
    approved: [],
    rejected: [],
  },
  labels: {
    draft: { zh: '草稿', en: 'Draft' },
    submitted: { zh: '审批中', en: 'In review' },
    returned: { zh: '已退回', en: 'Returned' },
    approved: { zh: '已通过', en: 'Approved' },
    rejected: { zh: '已驳回', en: 'Rejected' },
  },
});

export type ApprovalStatus = (typeof approvalMachine.states)[number];

/** What a step of an approval request does; each step is stored with who, when and why. */
export const APPROVAL_ACTIONS = ['submit', 'resubmit', 'approve', 'return', 'reject'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

export const APPROVAL_ACTION_LABELS: Record<ApprovalAction, Label> = {
  submit: { zh: '提交', en: 'Submitted' },
  resubmit: { zh: '重新提交', en: 'Resubmitted' },
  approve: { zh: '审批通过', en: 'Approved' },
  return: { zh: '退回', en: 'Returned' },
  reject: { zh: '驳回', en: 'Rejected' },
};

/** The state each action starts from and (for approve: at the last level) the state it leads to. */
export const APPROVAL_ACTION_MOVES: Record<ApprovalAction, { from: ApprovalStatus; to: ApprovalStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  resubmit: { from: 'returned', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  return: { from: 'submitted', to: 'returned' },
  reject: { from: 'submitted', to: 'rejected' },
};

/** Actions that must give a reason (退回、驳回 tell the submitter why). */
export const APPROVAL_REASON_REQUIRED: readonly ApprovalAction[] = ['return', 'reject'];

/**
 * Whether `action` may be taken on a request in `state`, and the state it leaves the request in:
 * an approval below the last level keeps it `submitted` (one level up). An out-of-order action —
 * approving an approved request, returning a draft — is refused with one Chinese reason.
 */
export function checkApprovalAction(
  state: string,
  action: ApprovalAction,
  options: { lastLevel: boolean } = { lastLevel: true },
): RuleResult<ApprovalStatus> {
  const move = APPROVAL_ACTION_MOVES[action];
  if (state !== move.from)
    return fail(
      'INVALID_TRANSITION',
      `${approvalMachine.nameLabel.zh}当前状态为「${approvalMachine.label(state)}」，不能${APPROVAL_ACTION_LABELS[action].zh}`,
    );
  if (action === 'approve' && !options.lastLevel) return pass('submitted');
  return pass(move.to);
}

/** The subjects approved today (server and web name them alike). */
export const APPROVAL_SUBJECT_TYPES = {
  registration: 'exchange.registration',
  listing: 'product.listing',
  change: 'product.change',
} as const;

/**
 * Which request a product version is reviewed on: while its product has no approved version, the
 * product's one listing request (a returned listing is resubmitted on it, so its whole history
 * shows); after that, a change request of the version's own.
 */
export function productVersionApprovalSubject(version: {
  productListed: boolean;
  productId: string;
  versionId: string;
}): { type: string; id: string } {
  return version.productListed
    ? { type: APPROVAL_SUBJECT_TYPES.change, id: version.versionId }
    : { type: APPROVAL_SUBJECT_TYPES.listing, id: version.productId };
}
