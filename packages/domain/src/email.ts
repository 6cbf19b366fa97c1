import { normalizeCell } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * A sane e-mail check: one @, a plain local part, a dotted domain with a letter TLD. Deliverability
 * is proved by sending, not by a regex.
 *
 * Codes: EMAIL_EMPTY, EMAIL_FULL_WIDTH, EMAIL_TOO_LONG, EMAIL_FORMAT.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Validates an e-mail address; the value has its domain in lower case. */
export function validateEmail(input: string): RuleResult {
  const { value, notes } = normalizeCell(input);
  if (value === '') return fail('EMAIL_EMPTY', '请填写邮箱');
  // A Chinese input method produces ＠ and 。 instead of @ and .
  if (/[＠。．]/.test(value)) {
    return fail('EMAIL_FULL_WIDTH', '邮箱中含有全角符号（如 ＠、。），请切换到英文输入法后重新填写');
  }
  if (value.length > 254) return fail('EMAIL_TOO_LONG', '邮箱不得超过 254 个字符');
  const parts = value.split('@');
  const [local, domain] = parts;
  if (parts.length !== 2 || local === undefined || domain === undefined) {
    return fail('EMAIL_FORMAT', '邮箱格式不正确，应为 name@example.com 的形式');
  }
  if (local.length > 64 || !LOCAL.test(local) || !DOMAIN.test(domain)) {
    return fail('EMAIL_FORMAT', '邮箱格式不正确，应为 name@example.com 的形式');
  }
  return pass(`${local}@${domain.toLowerCase()}`, notes);
}
