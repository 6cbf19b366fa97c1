import { expect } from 'vitest';
import type { RuleFailure, RuleOk, RuleResult } from '../src/result.js';

/** The shape of test-fixtures/check-digits.json. */
export type CheckDigitFixtures = {
  residentId: { valid: string[]; invalid: Record<string, string>; fifteenToEighteen: Record<string, string> };
  unifiedSocialCreditCode: { valid: string[]; invalid: Record<string, string> };
  organizationCode: { valid: string[]; invalid: Record<string, string> };
  vin: { valid: string[]; invalid: Record<string, string> };
  mobile: { valid: string[]; invalid: Record<string, string> };
};

/** Asserts a passing result and returns it narrowed. */
export function expectPass<T>(result: RuleResult<T>): RuleOk<T> {
  expect(result, result.ok ? '' : `${result.code}: ${result.reason}`).toMatchObject({ ok: true });
  if (!result.ok) throw new Error('unreachable');
  return result;
}

/** Asserts a failure with the given code and a Chinese reason, and returns it narrowed. */
export function expectFailure(result: RuleResult<unknown>, code: string): RuleFailure {
  expect(result).toMatchObject({ ok: false, code });
  if (result.ok) throw new Error('unreachable');
  expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
  return result;
}

/**
 * The failure code a fixture's English description implies. Fails the test for a description
 * no rule matches, so a new kind of fixture entry cannot pass unchecked.
 */
export function codeForDescription(description: string, rules: readonly [RegExp, string][]): string {
  const found = rules.find(([pattern]) => pattern.test(description));
  expect(found, `no expected code for fixture description "${description}"`).toBeDefined();
  return found![1];
}

/** The check character a description such as "check digit (expected 7)" names, if any. */
export function expectedCheckChar(description: string): string | undefined {
  return /expected ([0-9A-Z])\)/.exec(description)?.[1];
}
