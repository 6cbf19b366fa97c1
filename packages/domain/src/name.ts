import { normalizeCell } from './normalize.js';
import { startsLikeFormula } from './formula.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Person names as entered for mutual-aid members (MA-1): 1–50 characters, no spaces inside.
 *
 * Codes: NAME_EMPTY, NAME_SPACE, NAME_TOO_LONG, NAME_FORMULA.
 */

export const NAME_MAX_LENGTH = 50;

/** Validates a person's name; the value is trimmed. */
export function validatePersonName(input: string): RuleResult {
  const { value, notes } = normalizeCell(input);
  if (value === '') return fail('NAME_EMPTY', '请填写姓名');
  // No real name starts with = + - @; such text is a formula (it would run in the rosters the
  // admin and the insurer open), also behind the quote an export puts before it.
  if (startsLikeFormula(value.startsWith("'") ? value.slice(1) : value)) {
    return fail('NAME_FORMULA', '姓名不能以 = + - @ 开头（这是公式写法），请填写真实姓名');
  }
  // \s covers the ideographic space (U+3000) a Chinese input method types.
  if (/\s/.test(value)) return fail('NAME_SPACE', '姓名中间不得有空格');
  if (Array.from(value).length > NAME_MAX_LENGTH) {
    return fail('NAME_TOO_LONG', `姓名不得超过 ${NAME_MAX_LENGTH} 个字`);
  }
  return pass(value, notes);
}
