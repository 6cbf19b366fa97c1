import { normalizeCodeCell } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Unified social credit code (GB 32100-2015) and organization code (GB 11714).
 *
 * USCC layout: authority (1), type (1), region (6), organization code (9, with its own check
 * digit), check character (1). The alphabet has 31 characters and omits I O Z S V.
 *
 * Codes: CREDIT_CODE_EMPTY, CREDIT_CODE_LENGTH, CREDIT_CODE_CHAR, CREDIT_CODE_FORMAT,
 * CREDIT_CODE_CHECK; ORG_CODE_EMPTY, ORG_CODE_FORMAT, ORG_CODE_CHECK.
 */

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Wᵢ = 3^i mod 31.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type CreditCodeOptions = {
  /**
   * Accept codes whose USCC check character does not match, as issued by some early pilot
   * regions (e.g. Fujian), with a warning. A manual override, never the default.
   */
  allowLegacyPilot?: boolean;
};

/** The USCC check character for the first 17 characters. Throws on characters outside the alphabet. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('creditCodeCheckChar expects 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`Character "${first17[i]}" is not in the USCC alphabet`);
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check character for an 8-character organization-code body (0–9, A=10…Z=35). */
export function orgCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError('orgCodeCheckChar expects 8 characters 0-9A-Z');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Validates a unified social credit code; the value is the normalised (upper-case) code. */
export function validateCreditCode(input: string, options: CreditCodeOptions = {}): RuleResult {
  const { value, notes } = normalizeCodeCell(input);
  const warnings = [...notes];
  if (value === '') return fail('CREDIT_CODE_EMPTY', '请填写统一社会信用代码');
  if (value.length !== 18) {
    return fail('CREDIT_CODE_LENGTH', `统一社会信用代码应为 18 位，当前为 ${value.length} 位`);
  }
  const badIndex = [...value].findIndex((ch) => !USCC_ALPHABET.includes(ch));
  if (badIndex >= 0) {
    const ch = value[badIndex]!;
    const reason = /[IOZSV]/.test(ch)
      ? `统一社会信用代码不使用字母 I、O、Z、S、V，第 ${badIndex + 1} 位为 ${ch}`
      : `统一社会信用代码第 ${badIndex + 1} 位“${ch}”不是有效字符（只能是数字和大写字母）`;
    return fail('CREDIT_CODE_CHAR', reason);
  }
  if (!USCC_PATTERN.test(value)) {
    return fail('CREDIT_CODE_FORMAT', '统一社会信用代码第 3–8 位（登记管理机关行政区划码）应为数字');
  }

  const expected = creditCodeCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    if (!options.allowLegacyPilot) {
      return fail('CREDIT_CODE_CHECK', `统一社会信用代码校验位错误，应为 ${expected}`);
    }
    warnings.push(`统一社会信用代码校验位不符（按标准应为 ${expected}），已按旧试点代码接受，请人工核实`);
  }

  // Positions 9–17 carry the organization code; some registries issued codes whose embedded
  // organization code does not check, and those codes are still legally valid.
  const orgBody = value.slice(8, 16);
  const orgExpected = orgCodeCheckChar(orgBody);
  if (value[16] !== orgExpected) {
    warnings.push(
      `统一社会信用代码中的组织机构代码 ${orgBody}-${value[16]} 校验位不符（应为 ${orgExpected}），请人工核实`,
    );
  }
  return pass(value, warnings);
}

/**
 * Validates an organization code, written `XXXXXXXX-C` or as 9 characters without the hyphen;
 * the value is the hyphenated form.
 */
export function validateOrgCode(input: string): RuleResult {
  const { value, notes } = normalizeCodeCell(input);
  if (value === '') return fail('ORG_CODE_EMPTY', '请填写组织机构代码');
  const match = /^([0-9A-Z]{8})-?([0-9X])$/.exec(value);
  if (!match) {
    return fail(
      'ORG_CODE_FORMAT',
      '组织机构代码格式应为 8 位数字或大写字母，加“-”和 1 位校验码，如 12345678-8',
    );
  }
  const body = match[1]!;
  const expected = orgCodeCheckChar(body);
  if (match[2] !== expected) {
    return fail('ORG_CODE_CHECK', `组织机构代码校验位错误，应为 ${expected}`);
  }
  return pass(`${body}-${expected}`, notes);
}
