import { describe, expect, it } from 'vitest';
import { productNameParts } from './product-name-parts';

describe('the distinguishing end of a product name', () => {
  it('finds 「A款」「B款」 after the common name', () => {
    expect(productNameParts('华安个人税收优惠型健康保险（万能型）A款')).toEqual({
      base: '华安个人税收优惠型健康保险（万能型）',
      suffix: 'A款',
    });
    expect(productNameParts('华安个人税收优惠型健康保险（万能型）B款').suffix).toBe('B款');
  });

  it('finds editions and plans, alone or together', () => {
    expect(productNameParts('团体意外险2026版').suffix).toBe('2026版');
    expect(productNameParts('境外旅行险（尊享版）').suffix).toBe('（尊享版）');
    expect(productNameParts('境外旅行险（尊享版）B款').suffix).toBe('（尊享版）B款');
    expect(productNameParts('职工互助保障A计划').suffix).toBe('A计划');
  });

  it('leaves a name without such an end whole', () => {
    expect(productNameParts('华安个人税收优惠型健康保险（万能型）')).toEqual({
      base: '华安个人税收优惠型健康保险（万能型）',
      suffix: '',
    });
    expect(productNameParts('A款')).toEqual({ base: 'A款', suffix: '' });
    expect(productNameParts('')).toEqual({ base: '', suffix: '' });
  });
});
