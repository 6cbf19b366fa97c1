import { defineMachine } from './define-machine.js';

/**
 * A union member record (会员, SPEC §4 MA-2): 新建 → 上报 → 财务确认, and 打回 (with a reason) back to
 * the base unit, which edits and submits again. Only 新建 and 打回 members can be edited or
 * deleted; only 财务确认 members can be insured.
 */
export const memberMachine = defineMachine({
  name: 'member',
  nameLabel: { zh: '会员', en: 'Member' },
  states: ['new', 'submitted', 'confirmed', 'returned'],
  transitions: {
    new: ['submitted'],
    submitted: ['confirmed', 'returned'],
    returned: ['submitted'],
    confirmed: [],
  },
  labels: {
    new: { zh: '新建', en: 'New' },
    submitted: { zh: '上报', en: 'Submitted' },
    confirmed: { zh: '财务确认', en: 'Finance confirmed' },
    returned: { zh: '打回', en: 'Returned' },
  },
});

export type MemberStatus = (typeof memberMachine.states)[number];

/** Whether a member in this state may be edited or deleted (MA-2). */
export function isMemberEditable(status: MemberStatus): boolean {
  return status === 'new' || status === 'returned';
}
