import { normalizeCell } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Person names as entered for mutual-aid members (MA-1): 1–50 characters, no spaces inside.
 *
 * Codes: NAME_EMPTY, NAME_SPACE, NAME_TOO_LONG.
 */

export const NAME_MAX_LENGTH = 50;

/** Validates a person's name; the value is trimmed. */
export function validatePersonName(input: string): RuleResult {
  const { value, notes } = normalizeCell(input);
  if (value === '') return fail('NAME_EMPTY', '请填写姓名');
  // \s covers the ideographic space (U+3000) a Chinese input method types.
  if (/\s/.test(value)) return fail('NAME_SPACE', '姓名中间不得有空格');
  if (Array.from(value).length > NAME_MAX_LENGTH) {
    return fail('NAME_TOO_LONG', `姓名不得超过 ${NAME_MAX_LENGTH} 个字`);
  }
  return pass(value, notes);
}
