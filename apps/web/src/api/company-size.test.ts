import { describe, expect, it } from 'vitest';
import zhCN from '../i18n/zh-CN.json';
import enUS from '../i18n/en-US.json';
import type { MessageKey, Translate } from '../i18n';
import { COMPANY_SIZES, companySizeLabel } from './exchange';

const translator =
  (catalogue: Record<string, string>): Translate =>
  (key: MessageKey) =>
    catalogue[key]!;

describe('company size labels', () => {
  it('labels every stored size in both languages (English without Chinese)', () => {
    for (const size of COMPANY_SIZES) {
      expect(companySizeLabel(size, translator(zhCN))).toMatch(/人/);
      expect(companySizeLabel(size, translator(enUS))).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(companySizeLabel('1000人及以上', translator(enUS))).toBe('1,000 or more');
    expect(companySizeLabel('其他', translator(enUS))).toBe('其他');
  });
});
