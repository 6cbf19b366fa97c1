import { defineMachine } from './define-machine.js';

/**
 * An application (投保申请) of any line: draft → submitted → underwriting → accepted |
 * manual_review | declined → paid → issued, cancelled where allowed. Lines use the part they need:
 * the exchange's personal applications start in underwriting and go from accepted straight to
 * issued (the premium is deducted from payroll, not paid online). The union's batch chain uses
 * draft (新建) → submitted (上报, at the agency office) → underwriting (passed up, awaiting 财务确认)
 * → accepted → issued (打印生效); `returned` (打回, with a reason) goes back to the base unit, which
 * edits and submits again.
 */
export const applicationMachine = defineMachine({
  name: 'application',
  nameLabel: { zh: '投保申请', en: 'Application' },
  states: [
    'draft',
    'submitted',
    'underwriting',
    'manual_review',
    'accepted',
    'declined',
    'paid',
    'issued',
    'returned',
    'cancelled',
  ],
  transitions: {
    draft: ['submitted', 'cancelled'],
    submitted: ['underwriting', 'returned', 'cancelled'],
    underwriting: ['accepted', 'manual_review', 'declined', 'returned'],
    manual_review: ['accepted', 'declined'],
    accepted: ['paid', 'issued', 'cancelled'],
    paid: ['issued'],
    declined: [],
    issued: [],
    returned: ['submitted', 'cancelled'],
    cancelled: [],
  },
  labels: {
    draft: { zh: '草稿', en: 'Draft' },
    submitted: { zh: '已提交', en: 'Submitted' },
    underwriting: { zh: '核保中', en: 'Underwriting' },
    manual_review: { zh: '人工核保中', en: 'Manual review' },
    accepted: { zh: '核保通过，待出单', en: 'Accepted, awaiting issue' },
    declined: { zh: '拒保', en: 'Declined' },
    paid: { zh: '已支付', en: 'Paid' },
    issued: { zh: '已出单', en: 'Issued' },
    returned: { zh: '已打回', en: 'Returned' },
    cancelled: { zh: '已撤销', en: 'Cancelled' },
  },
});

export type ApplicationStatus = (typeof applicationMachine.states)[number];
