import { describe, expect, it } from 'vitest';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';

const zh: Record<string, string> = zhCN;
const en: Record<string, string> = enUS;

describe('the en-US catalogue', () => {
  it('has exactly the keys of zh-CN', () => {
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
  });

  it('has no Chinese characters or full-width punctuation (no 「：」 after an English label)', () => {
    const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    expect(Object.entries(en).filter(([, text]) => cjk.test(text))).toEqual([]);
  });

  it('writes common.colon full-width in Chinese and as ": " in English', () => {
    expect(zh['common.colon']).toBe('：');
    expect(en['common.colon']).toBe(': ');
  });
});
