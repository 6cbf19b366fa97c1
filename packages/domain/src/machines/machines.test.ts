import { describe, expect, it } from 'vitest';
import { applicationMachine } from './application.js';
import {
  APPROVAL_ACTION_LABELS,
  APPROVAL_ACTION_MOVES,
  APPROVAL_ACTIONS,
  approvalMachine,
  checkApprovalAction,
} from './approval.js';
import { defineMachine } from './define-machine.js';

describe('defineMachine', () => {
  it('refuses a definition that moves to a state it does not have', () => {
    expect(() =>
      defineMachine({
        name: 'broken',
        nameLabel: { zh: '坏的', en: 'Broken' },
        states: ['a', 'b'],
        transitions: { a: ['c' as 'b'], b: [] },
        labels: { a: { zh: '甲', en: 'A' }, b: { zh: '乙', en: 'B' } },
      }),
    ).toThrow(/unknown state c/);
  });
});

describe('application machine', () => {
  it('allows the exchange path underwriting → accepted → issued and the review path', () => {
    expect(applicationMachine.checkMove('underwriting', 'accepted').ok).toBe(true);
    expect(applicationMachine.checkMove('accepted', 'issued').ok).toBe(true);
    expect(applicationMachine.checkMove('underwriting', 'manual_review').ok).toBe(true);
    expect(applicationMachine.checkMove('manual_review', 'declined').ok).toBe(true);
    expect(applicationMachine.checkMove('accepted', 'paid').ok).toBe(true);
    expect(applicationMachine.checkMove('paid', 'issued').ok).toBe(true);
  });

  it('refuses an illegal move with one Chinese reason naming both states', () => {
    const r = applicationMachine.checkMove('declined', 'issued');
    expect(r).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      reason: '投保申请当前状态为「拒保」，不能变为「已出单」',
    });
    expect(applicationMachine.checkMove('manual_review', 'manual_review').ok).toBe(false);
    expect(applicationMachine.checkMove('no-such-state', 'issued').ok).toBe(false);
  });

  it('labels every state in both languages, accepted included', () => {
    for (const s of applicationMachine.states) {
      expect(applicationMachine.labels[s].zh).toMatch(/\p{Script=Han}/u);
      expect(applicationMachine.labels[s].en).toMatch(/^[A-Z]/);
    }
    expect(applicationMachine.label('accepted')).toBe('核保通过，待出单');
    expect(applicationMachine.label('accepted', 'en')).toBe('Accepted, awaiting issue');
    expect(applicationMachine.label('legacy')).toBe('legacy');
  });

  it('every state is reachable from draft and final states have no way out', () => {
    const seen = new Set<string>(['draft']);
    const queue = ['draft' as const as (typeof applicationMachine.states)[number]];
    while (queue.length) {
      const s = queue.shift()!;
      for (const t of applicationMachine.transitions[s])
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
    }
    expect([...seen].sort()).toEqual([...applicationMachine.states].sort());
    for (const s of ['declined', 'issued', 'cancelled'] as const)
      expect(applicationMachine.isFinal(s)).toBe(true);
    expect(applicationMachine.isFinal('accepted')).toBe(false);
  });
});

describe('approval machine', () => {
  it('every action starts and ends where the machine allows, labelled in both languages', () => {
    for (const action of APPROVAL_ACTIONS) {
      const { from, to } = APPROVAL_ACTION_MOVES[action];
      expect(approvalMachine.canMove(from, to), action).toBe(true);
      expect(APPROVAL_ACTION_LABELS[action].zh).toMatch(/\p{Script=Han}/u);
      expect(APPROVAL_ACTION_LABELS[action].en).toMatch(/^[A-Z]/);
    }
    for (const s of approvalMachine.states) expect(approvalMachine.labels[s].zh).toMatch(/\p{Script=Han}/u);
    expect(['approved', 'rejected'].every((s) => approvalMachine.isFinal(s as 'approved'))).toBe(true);
    expect(approvalMachine.isFinal('returned')).toBe(false);
  });

  it('an approval below the last level keeps the request submitted; at the last it is approved', () => {
    expect(checkApprovalAction('submitted', 'approve', { lastLevel: false })).toMatchObject({
      ok: true,
      value: 'submitted',
    });
    expect(checkApprovalAction('submitted', 'approve', { lastLevel: true })).toMatchObject({
      ok: true,
      value: 'approved',
    });
    expect(checkApprovalAction('returned', 'resubmit')).toMatchObject({ ok: true, value: 'submitted' });
    expect(checkApprovalAction('submitted', 'return')).toMatchObject({ ok: true, value: 'returned' });
  });

  it('refuses an out-of-order action with one Chinese reason naming the state and the action', () => {
    expect(checkApprovalAction('approved', 'approve')).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      reason: '审批申请当前状态为「已通过」，不能审批通过',
    });
    expect(checkApprovalAction('draft', 'return')).toMatchObject({
      ok: false,
      reason: '审批申请当前状态为「草稿」，不能退回',
    });
    expect(checkApprovalAction('returned', 'submit').ok).toBe(false);
    expect(checkApprovalAction('draft', 'resubmit').ok).toBe(false);
    expect(checkApprovalAction('rejected', 'resubmit').ok).toBe(false);
    expect(checkApprovalAction('legacy', 'approve').ok).toBe(false);
  });
});
