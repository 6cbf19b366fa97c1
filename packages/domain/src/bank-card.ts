import { toHalfWidth } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Bank card numbers. Not every issuer's card passes Luhn, so a failure is only a warning.
 *
 * Codes: BANK_CARD_EMPTY, BANK_CARD_CHAR, BANK_CARD_LENGTH.
 */

/** Removes formatting: full-width digits, spaces and hyphens. */
export function normalizeBankCard(input: string): string {
  return toHalfWidth(input).replace(/[\s-]/g, '');
}

/** Whether a digit string passes the Luhn (mod 10) check. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Validates a bank card number; the value is the bare digits. */
export function validateBankCard(input: string): RuleResult {
  const value = normalizeBankCard(input);
  if (value === '') return fail('BANK_CARD_EMPTY', '请填写银行卡号');
  if (!/^\d+$/.test(value)) return fail('BANK_CARD_CHAR', '银行卡号只能包含数字');
  if (value.length < 12 || value.length > 19) {
    return fail('BANK_CARD_LENGTH', `银行卡号应为 12–19 位数字，当前为 ${value.length} 位`);
  }
  const warnings = passesLuhn(value) ? [] : ['银行卡号未通过校验（Luhn），请核对卡号'];
  return pass(value, warnings);
}

/** The last four digits of a card, for display next to a masked number ('' when there are none). */
export function bankCardLast4(input: string): string {
  return normalizeBankCard(input).replace(/\D/g, '').slice(-4);
}
