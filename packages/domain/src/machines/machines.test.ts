import { describe, expect, it } from 'vitest';
import { applicationMachine } from './application.js';
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
