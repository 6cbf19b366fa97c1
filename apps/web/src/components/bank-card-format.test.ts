import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caretInGrouped, cardNumberValue, groupCardNumber } from './bank-card-format';

describe('the card number field', () => {
  it('shows the digits in groups of four as they are typed', () => {
    expect(groupCardNumber('')).toBe('');
    expect(groupCardNumber('6222')).toBe('6222');
    expect(groupCardNumber('62220')).toBe('6222 0');
    expect(groupCardNumber('6222020200112233445')).toBe('6222 0202 0011 2233 445');
    expect(groupCardNumber('6225880212345678')).toBe('6225 8802 1234 5678');
  });

  it('keeps exactly the digits typed, whatever the grouping (round trip)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,19}$/), (digits) => {
        expect(cardNumberValue(groupCardNumber(digits))).toBe(digits);
      }),
    );
    expect(cardNumberValue('6222 0202-0011 2233 445')).toBe('6222020200112233445');
    expect(cardNumberValue('６２２２ 0202')).toBe('62220202');
  });

  it('does not hide a stray character: the value keeps it and is shown ungrouped', () => {
    expect(cardNumberValue('6222 02a1')).toBe('622202a1');
    expect(groupCardNumber('622202a1')).toBe('622202a1');
  });

  it('puts the caret behind the same digits after regrouping', () => {
    // Typing the fifth digit at the end: the caret goes after the new space and digit.
    expect(caretInGrouped('62220', 5)).toBe(6);
    // Typing "9" in the middle of "6222 0202" (after "6222 0"): caret stays behind the 9.
    expect(caretInGrouped('6222 09202', 7)).toBe(7);
    // Deleting the digit before a space: caret before the space that follows.
    expect(caretInGrouped('622 0202', 3)).toBe(3);
    expect(caretInGrouped('', 0)).toBe(0);
  });
});
