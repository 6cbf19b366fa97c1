import { describe, expect, it } from 'vitest';
import { expectFailure, expectPass } from '../test-support/rules.js';
import { validatePassword } from './password.js';

describe('validatePassword', () => {
  it.each(['Abcdefg1', 'abcdef1!', 'ABCDEF1!', 'Abcdefg!', 'Pass word 1', '密码Abc12345'])(
    'accepts %s',
    (pw) => {
      expect(expectPass(validatePassword(pw)).value).toBe(pw);
    },
  );

  it('requires 8 to 128 characters', () => {
    expect(expectFailure(validatePassword('Abc12!'), 'PASSWORD_TOO_SHORT').reason).toContain('8 位');
    expectFailure(validatePassword(''), 'PASSWORD_TOO_SHORT');
    expectPass(validatePassword(`Aa1${'x'.repeat(125)}`));
    expectFailure(validatePassword(`Aa1${'x'.repeat(126)}`), 'PASSWORD_TOO_LONG');
  });

  it('lists the missing character classes', () => {
    const missing = (pw: string) =>
      expectFailure(validatePassword(pw), 'PASSWORD_WEAK').reason.split('当前缺少：')[1];
    expect(missing('abcdefgh')).toBe('大写字母、数字、符号（补上其中 2 类即可）');
    expect(missing('abcd1234')).toBe('大写字母、符号（补上其中 1 类即可）');
    expect(missing('12345678')).toBe('小写字母、大写字母、符号（补上其中 2 类即可）');
    expect(missing('!@#$%^&*')).toBe('小写字母、大写字母、数字（补上其中 2 类即可）');
  });

  it('rejects the username, whatever the case, and passwords containing it', () => {
    expectFailure(validatePassword('Zhangsan1!', { username: 'zhangsan' }), 'PASSWORD_CONTAINS_USERNAME');
    expectFailure(validatePassword('Admin@2025', { username: 'ADMIN' }), 'PASSWORD_CONTAINS_USERNAME');
    expectFailure(validatePassword('Ab1!Ab1!', { username: 'ab1!ab1!' }), 'PASSWORD_CONTAINS_USERNAME');
  });

  it('ignores very short usernames inside a password but not an exact match', () => {
    expectPass(validatePassword('Xy9!abcd', { username: 'ab' }));
    expectPass(validatePassword('Abcdefg1', { username: '' }));
  });
});
