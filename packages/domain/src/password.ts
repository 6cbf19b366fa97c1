import { fail, pass, type RuleResult } from './result.js';

/**
 * Password strength for platform accounts (PL-1). The password is never altered.
 *
 * Codes: PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_WEAK, PASSWORD_CONTAINS_USERNAME.
 */

export const PASSWORD_MIN_LENGTH = 8;
// An upper bound keeps hashing cost bounded (argon2 over megabytes of input is a DoS vector).
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordOptions = { username?: string };

const CLASSES = [
  { label: '小写字母', test: /[a-z]/ },
  { label: '大写字母', test: /[A-Z]/ },
  { label: '数字', test: /\d/ },
  { label: '符号', test: /[^a-zA-Z0-9]/ },
] as const;

/** Validates a new password: 8–128 characters, 3 of 4 character classes, not the username. */
export function validatePassword(pw: string, options: PasswordOptions = {}): RuleResult {
  const length = Array.from(pw).length;
  if (length < PASSWORD_MIN_LENGTH) {
    return fail('PASSWORD_TOO_SHORT', `密码至少 ${PASSWORD_MIN_LENGTH} 位，当前为 ${length} 位`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return fail('PASSWORD_TOO_LONG', `密码不得超过 ${PASSWORD_MAX_LENGTH} 位`);
  }
  const missing = CLASSES.filter((c) => !c.test.test(pw)).map((c) => c.label);
  if (missing.length > 1) {
    return fail(
      'PASSWORD_WEAK',
      `密码需包含小写字母、大写字母、数字、符号中的至少 3 类，当前缺少：${missing.join('、')}（补上其中 ${missing.length - 1} 类即可）`,
    );
  }
  const username = options.username?.trim().toLowerCase() ?? '';
  const lower = pw.toLowerCase();
  // Containment is only checked for usernames of 3+ characters; shorter ones match too much.
  if (username !== '' && (lower === username || (username.length >= 3 && lower.includes(username)))) {
    return fail('PASSWORD_CONTAINS_USERNAME', '密码不得与用户名相同，也不得包含用户名');
  }
  return pass(pw);
}
