import { describe, expect, it } from 'vitest';
import { expectFailure, expectPass } from '../test-support/rules.js';
import { validateEmail } from './email.js';

describe('validateEmail', () => {
  it.each([
    'zhang@example.com',
    'zhang.san+policy@mail.example.com.cn',
    'a_b-c@sub-domain.example.org',
    'x@qq.com',
  ])('accepts %s', (email) => {
    expect(expectPass(validateEmail(email)).value).toBe(email);
  });

  it('trims and lower-cases the domain only', () => {
    const result = expectPass(validateEmail(' Zhang@Example.COM '));
    expect(result.value).toBe('Zhang@example.com');
    expect(result.warnings).toEqual(['已去除首尾空格']);
  });

  it.each([
    'zhang',
    'zhang@',
    '@example.com',
    'zhang@example',
    'zhang@@example.com',
    'zh ang@example.com',
    '.zhang@example.com',
    'zhang.@example.com',
    'zh..ang@example.com',
    'zhang@-example.com',
    'zhang@example..com',
    'zhang@example.c',
    '张三@example.com',
  ])('rejects %s', (email) => {
    expectFailure(validateEmail(email), 'EMAIL_FORMAT');
  });

  it('explains full-width symbols from a Chinese input method', () => {
    expectFailure(validateEmail('zhang＠example.com'), 'EMAIL_FULL_WIDTH');
    expectFailure(validateEmail('zhang@example。com'), 'EMAIL_FULL_WIDTH');
  });

  it('rejects empty and overlong addresses', () => {
    expectFailure(validateEmail(''), 'EMAIL_EMPTY');
    expectFailure(validateEmail(`${'a'.repeat(65)}@example.com`), 'EMAIL_FORMAT');
    expectFailure(validateEmail(`a@${'b'.repeat(250)}.com`), 'EMAIL_TOO_LONG');
  });
});
