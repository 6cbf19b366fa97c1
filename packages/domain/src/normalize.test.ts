import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailure } from '../test-support/rules.js';
import { detectNumericIdCell, normalizeCell, normalizeCodeCell, toHalfWidth } from './normalize.js';

describe('normalizeCell', () => {
  it('converts full-width digits and letters', () => {
    expect(normalizeCell('１２３')).toEqual({ value: '123', notes: ['全角字符已转换为半角'] });
    expect(normalizeCell('ＡＢｃ')).toEqual({ value: 'ABc', notes: ['全角字符已转换为半角'] });
  });

  it('keeps full-width punctuation used in Chinese text', () => {
    expect(normalizeCell('北京某某（集团）有限公司')).toEqual({
      value: '北京某某（集团）有限公司',
      notes: [],
    });
  });

  it('trims spaces, including the ideographic space and tabs', () => {
    expect(normalizeCell(' 张三\u3000')).toEqual({ value: '张三', notes: ['已去除首尾空格'] });
    expect(normalizeCell('\t张三\n')).toEqual({ value: '张三', notes: ['已去除首尾空格'] });
  });

  it('upper-cases a final x of an ID number only', () => {
    expect(normalizeCell('11010119900307002x')).toEqual({
      value: '11010119900307002X',
      notes: ['末位 x 已转换为大写 X'],
    });
    expect(normalizeCell('box')).toEqual({ value: 'box', notes: [] });
    expect(normalizeCell('1101011990030700x')).toEqual({ value: '1101011990030700x', notes: [] });
  });

  it('reports every change, in order', () => {
    expect(normalizeCell(' １１０１０１１９９００３０７００２ｘ ')).toEqual({
      value: '11010119900307002X',
      notes: ['全角字符已转换为半角', '已去除首尾空格', '末位 x 已转换为大写 X'],
    });
  });

  it('leaves inner spaces alone', () => {
    expect(normalizeCell('张 三')).toEqual({ value: '张 三', notes: [] });
  });

  it('is idempotent', () => {
    const messy = fc.string({ unit: fc.constantFrom(...'０１９ＡＺａｚxX1aZ张（） \u3000\t-') });
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary' })), (raw) => {
        const once = normalizeCell(raw);
        expect(normalizeCell(once.value)).toEqual({ value: once.value, notes: [] });
      }),
    );
  });
});

describe('toHalfWidth and normalizeCodeCell', () => {
  it('converts only digits and letters', () => {
    expect(toHalfWidth('０９ＡＺａｚ（＠）')).toBe('09AZaz（＠）');
  });

  it('upper-cases codes with a note', () => {
    expect(normalizeCodeCell(' ｍａ01abcd5')).toEqual({
      value: 'MA01ABCD5',
      notes: ['全角字符已转换为半角', '已去除首尾空格', '小写字母已转换为大写'],
    });
  });
});

describe('detectNumericIdCell', () => {
  const reason = '身份证号被 Excel 存成了数字（可能已丢失末位），请将该列设为文本格式后重新填写';

  it.each([110101199003070000, 1.1010119500101e17, 12345678, 110101199003070000n])(
    'flags the number %s',
    (value) => {
      expect(
        expectFailure(detectNumericIdCell(value) ?? { ok: true, value: '', warnings: [] }, 'ID_NUMERIC_CELL')
          .reason,
      ).toBe(reason);
    },
  );

  it.each(['1.1010119500101E+17', '1.10101E+17', ' 1.1010119500101e+17 '])('flags the string %s', (value) => {
    expect(detectNumericIdCell(value)).toEqual({ ok: false, code: 'ID_NUMERIC_CELL', reason });
  });

  it.each(['110101199003070011', '11010119900307002X', '', 'E12345678', null, undefined, Number.NaN, {}])(
    'does not flag %s',
    (value) => {
      expect(detectNumericIdCell(value)).toBeNull();
    },
  );
});
