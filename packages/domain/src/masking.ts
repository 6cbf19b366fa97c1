import { normalizeBankCard } from './bank-card.js';
import { normalizeMobile } from './mobile.js';

/**
 * Display masking of personal data (PL-7; JR/T 0171 class C2). Lists and exports show masked
 * values by default; full values are an audited, role-checked action elsewhere.
 *
 * Every function accepts any string, including empty and very short ones, and never throws.
 * Short values fall back to revealing less, so that a short number is never mostly visible.
 */

/** [minimum length, characters kept at the start, characters kept at the end] */
type Tier = readonly [minLength: number, keepStart: number, keepEnd: number];

function maskByTiers(value: string, tiers: readonly Tier[]): string {
  const chars = Array.from(value);
  const [, start, end] = tiers.find(([min]) => chars.length >= min) ?? [0, 0, 0];
  const hidden = chars.length - start - end;
  return chars.slice(0, start).join('') + '*'.repeat(hidden) + chars.slice(chars.length - end).join('');
}

const ID_TIERS: readonly Tier[] = [
  [15, 6, 4],
  [10, 2, 3],
  [6, 1, 2],
  [3, 1, 0],
  [0, 0, 0],
];

/** `110101199003070011` → `110101********0011`; shorter documents keep less. Length is kept. */
export function maskIdNumber(value: string): string {
  return maskByTiers(value.trim(), ID_TIERS);
}

const MOBILE_TIERS: readonly Tier[] = [
  [11, 3, 4],
  [7, 2, 2],
  [3, 1, 0],
  [0, 0, 0],
];

/** `13800138000` (or `+86 138-0013-8000`) → `138****8000`. */
export function maskMobile(value: string): string {
  return maskByTiers(normalizeMobile(value), MOBILE_TIERS);
}

const CARD_TIERS: readonly Tier[] = [
  [12, 4, 4],
  [8, 0, 4],
  [0, 0, 0],
];

/**
 * `6222021234561234` → `6222 **** **** 1234`: first four and last four digits, the rest as
 * groups of four stars. The number of digit positions is kept.
 */
export function maskBankCard(value: string): string {
  const chars = Array.from(normalizeBankCard(value));
  const [, start, end] = CARD_TIERS.find(([min]) => chars.length >= min) ?? [0, 0, 0];
  const hidden = chars.length - start - end;
  const starGroups = Array.from({ length: Math.ceil(hidden / 4) }, (_, i) =>
    '*'.repeat(Math.min(4, hidden - i * 4)),
  );
  return [chars.slice(0, start).join(''), ...starGroups, chars.slice(chars.length - end).join('')]
    .filter((part) => part !== '')
    .join(' ');
}

/** `张三` → `张*`, `欧阳娜娜` → `欧***`: the first character stays; a one-character name is hidden. */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return chars[0] + '*'.repeat(chars.length - 1);
}

/**
 * `zhang@example.com` → `z***@example.com`. The local part is always shown as three stars after
 * its first character, so its length is not revealed; the domain stays.
 */
export function maskEmail(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const at = trimmed.lastIndexOf('@');
  const local = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const domain = at >= 0 ? trimmed.slice(at) : '';
  const chars = Array.from(local);
  const head = chars.length >= 2 ? chars[0] : '';
  return `${head}***${domain}`;
}
