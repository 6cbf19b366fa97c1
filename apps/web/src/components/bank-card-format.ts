import { normalizeBankCard } from '@policyhub/domain';

/**
 * The card number input's two views of one value: the form keeps what the user typed without the
 * spaces and hyphens (full-width digits as digits, nothing else changed — a stray letter stays, so
 * the check can name it), the field shows the digits in groups of four as they are typed.
 */
export function cardNumberValue(typed: string): string {
  return normalizeBankCard(typed);
}

/** `6222021234` → `6222 0212 34`; a value with anything but digits is shown as it is. */
export function groupCardNumber(value: string): string {
  if (!/^\d*$/.test(value)) return value;
  return value.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * Where the caret goes in the grouped text after an edit: behind the same number of characters of
 * the value as were in front of it in what the user typed (so typing in the middle, or deleting,
 * does not throw the caret to the end).
 */
export function caretInGrouped(typed: string, caret: number): number {
  const before = cardNumberValue(typed.slice(0, caret)).length;
  const grouped = groupCardNumber(cardNumberValue(typed));
  let seen = 0;
  for (let i = 0; i < grouped.length; i++) {
    if (seen === before) return i;
    if (grouped[i] !== ' ' || !/^\d*$/.test(cardNumberValue(typed))) seen += 1;
  }
  return grouped.length;
}
