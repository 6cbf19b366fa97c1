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

  it.each([
    '=HYPERLINK("http://example.com", "点我")',
    '+1+1',
    '@SUM(1+1)',
    '-2+3',
    '=1+1',
    "'=1+1",
    ' =1+1',
  ])('refuses the formula %j', (name) => {
    expect(expectFailure(validatePersonName(name), 'NAME_FORMULA').reason).toBe(
      '姓名不能以 = + - @ 开头（这是公式写法），请填写真实姓名',
    );
  });
});
