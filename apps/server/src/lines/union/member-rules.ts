import {
  birthAndGenderOf,
  checkAge,
  fail,
  pass,
  toHalfWidth,
  UNION_DEFAULT_AGE_RULE,
  validateMobile,
  validatePersonName,
  validateResidentId,
  type AgeVerdict,
  type RuleResult,
} from '@policyhub/domain';

/**
 * The seed's enrollment rules (MA-1, 注意：身份证号必须为18位，末尾X必须为大写，姓名中间不得有空格),
 * one place for the form and the 批量入会模板. Pure functions: no database, no clock.
 */

/** The message a lower-case final x gets: refused, never silently upper-cased (the seed's rule). */
export const LOWER_X_MESSAGE = '末尾X必须为大写';

/** An ID number as the seed wants it: 18 characters, valid check digit, upper-case X. */
export function checkMemberIdNumber(raw: string): RuleResult {
  const value = toHalfWidth(raw).trim();
  if (value === '') return fail('ID_EMPTY', '请填写身份证号');
  if (/\s/.test(value)) return fail('ID_FORMAT', '身份证号中间不得有空格');
  if (value.length !== 18) return fail('ID_LENGTH', `身份证号必须为18位（当前为 ${value.length} 位）`);
  if (/^\d{17}x$/.test(value)) return fail('ID_LOWER_X', LOWER_X_MESSAGE);
  const result = validateResidentId(value);
  if (!result.ok) {
    if (result.code === 'ID_CHECK_DIGIT') {
      const expected = /应为 (\S+)/.exec(result.reason)?.[1] ?? '';
      return fail('ID_CHECK_DIGIT', `身份证号不合法，错误原因：检验位应为${expected}`);
    }
    return result;
  }
  return pass(result.value);
}

/** A member's name: required, no spaces inside (姓名中间不得有空格), no formula text. */
export function checkMemberName(raw: string): RuleResult {
  return validatePersonName(toHalfWidth(raw).trim());
}

/** An optional mobile; '' when none. */
export function checkMemberMobile(raw: string | undefined | null): RuleResult {
  const value = (raw ?? '').trim();
  if (value === '') return pass('');
  return validateMobile(value);
}

/**
 * The enrollment age check on `today` (MA-3 on UNION_DEFAULT_AGE_RULE: women > 16 and < 55, men
 * > 16 and < 60; over the window only with the agency-approved document, never above 65).
 */
export function checkEnrollmentAge(
  idNumber: string,
  today: string,
  overAgeApproved: boolean,
): { result: RuleResult<AgeVerdict>; person: { birthDate: string; gender: 'M' | 'F' } } {
  const person = birthAndGenderOf(idNumber);
  return { result: checkAge(UNION_DEFAULT_AGE_RULE, person, today, { overAgeApproved }), person };
}
