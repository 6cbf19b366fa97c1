import { describe, expect, it } from 'vitest';
import { neutraliseFormula, startsLikeFormula } from './formula.js';

describe('spreadsheet formula injection', () => {
  it.each(['=1+1', '+1+1', '-2+3', '@SUM(1+1)', '=HYPERLINK("http://x","点我")', '\t=1', '\r=1'])(
    'neutralises %j with a leading quote',
    (text) => {
      expect(startsLikeFormula(text)).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['张三', '', ' =1', "'=1", '1+1', '北京市=朝阳区', '１+1'])('leaves %j as it is', (text) => {
    expect(startsLikeFormula(text)).toBe(false);
    expect(neutraliseFormula(text)).toBe(text);
  });
});
