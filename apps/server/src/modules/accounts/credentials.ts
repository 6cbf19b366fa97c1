import crypto from 'node:crypto';
import { validatePassword } from '@policyhub/domain';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';

// Initial passwords are read from an SMS and typed on a phone: letters and digits only (a symbol
// needs a second keyboard page), and no look-alikes (0/O/o, 1/l/I). PL-1 asks for 3 of the 4
// character classes, which lower + upper + digits meet. 12 characters from these 56 ≈ 69.7 bits.
export const INITIAL_PASSWORD_ALPHABET = {
  lower: 'abcdefghijkmnpqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digits: '23456789',
} as const;
const { lower: LOWER, upper: UPPER, digits: DIGITS } = INITIAL_PASSWORD_ALPHABET;
const ALL = LOWER + UPPER + DIGITS;

const pick = (set: string) => set[crypto.randomInt(0, set.length)]!;

/**
 * A random 12-character initial password with lower case, upper case and digits (PL-1 rules),
 * easy to type on a phone. Used for every account the platform opens or resets.
 */
export function generateInitialPassword(username?: string): string {
  for (;;) {
    const chars = [pick(LOWER), pick(UPPER), pick(DIGITS)];
    while (chars.length < 12) chars.push(pick(ALL));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = crypto.randomInt(0, i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (validatePassword(password, { username }).ok) return password;
  }
}

/** A 6-digit one-time code, leading zeros kept. */
export function generateSmsCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Keyed hash of a short secret (captcha answer, SMS code) bound to its row id: the secrets are
 * short enough to brute-force from a plain hash, so the server's HMAC key is part of it, and the
 * row id stops a stored hash from being replayed for another row.
 */
export function hashShortSecret(
  fieldCrypto: Pick<FieldCrypto, 'blindIndex'>,
  kind: 'captcha' | 'sms',
  rowId: string,
  secret: string,
): string {
  return fieldCrypto.blindIndex(`${kind}:${rowId}:${secret}`);
}

export function safeEqualHex(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'hex');
  const bb = Buffer.from(b, 'hex');
  return ab.length === bb.length && ab.length > 0 && crypto.timingSafeEqual(ab, bb);
}
