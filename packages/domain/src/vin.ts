import { normalizeCodeCell } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Vehicle identification number (GB 16735 / ISO 3779): 17 characters, no I O Q, with a check
 * character in position 9 (0–9 or X).
 *
 * Codes: VIN_EMPTY, VIN_LENGTH, VIN_FORBIDDEN_CHAR, VIN_FORMAT, VIN_CHECK_DIGIT.
 */

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
// prettier-ignore
const LETTER_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

// The letters I, O and Q are never used because they read like 1, 0 and 0.
const LOOK_ALIKE: Record<string, string> = { I: '1', O: '0', Q: '0' };

/** The transliterated value of one VIN character, or undefined if it is not allowed. */
export function vinCharValue(ch: string): number | undefined {
  if (/^\d$/.test(ch)) return Number(ch);
  return LETTER_VALUES[ch];
}

/**
 * The check character for a 17-character VIN (position 9 is ignored). Throws on characters
 * outside the VIN alphabet.
 */
export function vinCheckChar(vin: string): string {
  if (vin.length !== 17) throw new RangeError('vinCheckChar expects 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = vinCharValue(vin[i]!);
    if (v === undefined) throw new RangeError(`Character "${vin[i]}" is not allowed in a VIN`);
    sum += v * WEIGHTS[i]!;
  }
  const c = sum % 11;
  return c === 10 ? 'X' : String(c);
}

/** Validates a VIN (车架号); the value is the normalised upper-case VIN. */
export function validateVin(input: string): RuleResult {
  const { value, notes } = normalizeCodeCell(input);
  if (value === '') return fail('VIN_EMPTY', '请填写车架号（VIN）');
  if (value.length !== 17) {
    return fail('VIN_LENGTH', `车架号（VIN）应为 17 位，当前为 ${value.length} 位`);
  }
  const forbidden = [...value].findIndex((ch) => ch in LOOK_ALIKE);
  if (forbidden >= 0) {
    const ch = value[forbidden]!;
    return fail(
      'VIN_FORBIDDEN_CHAR',
      `车架号（VIN）不使用字母 I、O、Q，第 ${forbidden + 1} 位的 ${ch} 可能应为数字 ${LOOK_ALIKE[ch]}`,
    );
  }
  const bad = [...value].findIndex((ch) => vinCharValue(ch) === undefined);
  if (bad >= 0) {
    return fail('VIN_FORMAT', `车架号（VIN）只能包含数字和大写字母，第 ${bad + 1} 位“${value[bad]}”无效`);
  }
  const expected = vinCheckChar(value);
  if (value[8] !== expected) {
    return fail('VIN_CHECK_DIGIT', `车架号（VIN）第 9 位校验位错误，应为 ${expected}`);
  }
  return pass(value, notes);
}
