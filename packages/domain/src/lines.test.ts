import { describe, expect, it } from 'vitest';
import { isLine, LINE_LABELS, LINE_LABELS_EN, LINE_NUMBER_CODES, LINES } from './lines.js';

describe('lines of business', () => {
  it('every line has a Chinese and an English label and a distinct two-letter number code', () => {
    for (const line of LINES) {
      expect(LINE_LABELS[line]).toMatch(/\p{Script=Han}/u);
      expect(LINE_LABELS_EN[line]).toMatch(/^[A-Z][a-z -]+$/);
      expect(LINE_NUMBER_CODES[line]).toMatch(/^[A-Z]{2}$/);
    }
    expect(new Set(Object.values(LINE_NUMBER_CODES)).size).toBe(LINES.length);
  });

  it('tells a line code from anything else', () => {
    expect(isLine('TRAVEL')).toBe(true);
    expect(isLine('travel')).toBe(false);
    expect(isLine('')).toBe(false);
  });
});
