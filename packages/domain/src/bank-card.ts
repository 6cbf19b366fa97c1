import { bankBinOf } from './bank-bin.js';
import { toHalfWidth } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Bank card numbers (UnionPay cards have 16–19 digits). Not every issuer's card passes Luhn, so a
 * failure is only a warning; so is a length or a bank that does not match a known BIN.
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

/**
 * Validates a bank card number; the value is the bare digits, exactly as typed (spaces and hyphens
 * removed, nothing else changed). With `bankName`, a card whose BIN belongs to another bank is
 * warned about (the user may know better: the BIN table is small).
 */
export function validateBankCard(input: string, options: { bankName?: string | null } = {}): RuleResult {
  const value = normalizeBankCard(input);
  if (value === '') return fail('BANK_CARD_EMPTY', '请填写银行卡号');
  if (!/^\d+$/.test(value)) return fail('BANK_CARD_CHAR', '银行卡号只能包含数字');
  if (value.length < 16 || value.length > 19) {
    return fail('BANK_CARD_LENGTH', `银行卡号应为 16–19 位数字，当前为 ${value.length} 位`);
  }
  const warnings = passesLuhn(value) ? [] : ['银行卡号未通过校验（Luhn），请核对卡号'];
  const bin = bankBinOf(value);
  if (bin && bin.length !== value.length) {
    warnings.push(
      `${bin.bank}以 ${bin.prefix} 开头的借记卡为 ${bin.length} 位，当前为 ${value.length} 位，请核对卡号`,
    );
  }
  const bankName = options.bankName?.trim();
  if (bin && bankName && bankName !== bin.bank) {
    warnings.push(`卡号以 ${bin.prefix} 开头，属于${bin.bank}，与所选的${bankName}不一致，请核对`);
  }
  return pass(value, warnings);
}

/** The last four digits of a card, for display next to a masked number ('' when there are none). */
export function bankCardLast4(input: string): string {
  return normalizeBankCard(input).replace(/\D/g, '').slice(-4);
}
