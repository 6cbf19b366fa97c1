import { toHalfWidth } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Mainland mobile numbers. Segments are not hard-coded: MIIT keeps adding them, so any
 * `1[3-9]` followed by nine digits is accepted.
 *
 * Codes: MOBILE_EMPTY, MOBILE_CHAR, MOBILE_LENGTH, MOBILE_FORMAT.
 */

/** Removes formatting: full-width digits, spaces, hyphens and a +86 / 0086 country prefix. */
export function normalizeMobile(input: string): string {
  const compact = toHalfWidth(input).replace(/[\s-]/g, '');
  return compact.replace(/^(\+86|0086)/, '');
}

/** Validates a mainland mobile number; the value is the 11 bare digits. */
export function validateMobile(input: string): RuleResult {
  const value = normalizeMobile(input);
  if (value === '') return fail('MOBILE_EMPTY', '请填写手机号');
  if (!/^\d+$/.test(value)) return fail('MOBILE_CHAR', '手机号只能包含数字');
  if (value.length !== 11) {
    return fail('MOBILE_LENGTH', `手机号应为 11 位数字，当前为 ${value.length} 位`);
  }
  if (!/^1[3-9]\d{9}$/.test(value)) {
    return fail('MOBILE_FORMAT', '手机号格式不正确：应以 1 开头，第 2 位为 3–9');
  }
  return pass(value);
}
