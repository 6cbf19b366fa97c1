import { describe, expect, it } from 'vitest';
import { expectFailure, expectPass } from '../test-support/rules.js';
import { validatePersonName } from './name.js';

describe('validatePersonName', () => {
  it.each(['张三', '欧阳娜娜', '阿卜杜·热合曼', '王', 'JohnSmith'])('accepts %s', (name) => {
    expect(expectPass(validatePersonName(name)).value).toBe(name);
  });

  it('trims with a warning', () => {
    expect(expectPass(validatePersonName(' 张三 '))).toEqual({
      ok: true,
      value: '张三',
      warnings: ['已去除首尾空格'],
    });
  });

  it.each(['张 三', '张\u3000三', '张\t三', 'John Smith'])('rejects the inner space in %j', (name) => {
    expect(expectFailure(validatePersonName(name), 'NAME_SPACE').reason).toBe('姓名中间不得有空格');
  });

  it('requires 1 to 50 characters', () => {
    expectFailure(validatePersonName(''), 'NAME_EMPTY');
    expectFailure(validatePersonName('   '), 'NAME_EMPTY');
    expectPass(validatePersonName('张'.repeat(50)));
    expectFailure(validatePersonName('张'.repeat(51)), 'NAME_TOO_LONG');
    expectPass(validatePersonName('𠮷'.repeat(50)));
  });
});
