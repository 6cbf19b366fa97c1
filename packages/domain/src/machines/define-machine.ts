import { fail, pass, type RuleResult } from '../result.js';

/** A label in both UI languages. */
export type Label = { zh: string; en: string };

export type MachineDefinition<S extends string> = {
  /** Stable name, used in error codes and messages ("投保申请"). */
  name: string;
  nameLabel: Label;
  states: readonly [S, ...S[]];
  /** For each state, the states it may move to; a state with none is final. */
  transitions: { readonly [K in S]: readonly S[] };
  labels: { readonly [K in S]: Label };
};

export type Machine<S extends string> = MachineDefinition<S> & {
  /** Whether `value` is one of the machine's states (a stored string from the database). */
  isState(value: string): value is S;
  canMove(from: S, to: S): boolean;
  /** The transition as a rule: refused with a Chinese reason naming both states. */
  checkMove(from: string, to: S): RuleResult<S>;
  isFinal(state: S): boolean;
  label(state: string, locale?: 'zh' | 'en'): string;
};

/**
 * A state machine shared by server and web: the server checks every status change with
 * `checkMove` (an illegal transition is one clear error), response schemas use `z.enum(states)`,
 * and the web takes labels and the allowed next states from the same object.
 */
export function defineMachine<S extends string>(definition: MachineDefinition<S>): Machine<S> {
  const known = new Set<string>(definition.states);
  for (const [from, targets] of Object.entries(definition.transitions) as [S, readonly S[]][]) {
    if (!known.has(from)) throw new Error(`${definition.name}: transition from unknown state ${from}`);
    for (const to of targets)
      if (!known.has(to)) throw new Error(`${definition.name}: transition to unknown state ${to}`);
  }
  const isState = (value: string): value is S => known.has(value);
  const label = (state: string, locale: 'zh' | 'en' = 'zh') =>
    isState(state) ? definition.labels[state][locale] : state;
  return {
    ...definition,
    isState,
    canMove: (from, to) => definition.transitions[from].includes(to),
    checkMove(from, to) {
      if (isState(from) && definition.transitions[from].includes(to)) return pass(to);
      return fail(
        'INVALID_TRANSITION',
        `${definition.nameLabel.zh}当前状态为「${label(from)}」，不能变为「${label(to)}」`,
      );
    },
    isFinal: (state) => definition.transitions[state].length === 0,
    label,
  };
}
