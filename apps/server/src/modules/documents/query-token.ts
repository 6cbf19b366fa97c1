import crypto from 'node:crypto';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';

/** What a public query showed: the policy and exactly its listed documents, until `exp`. */
export type QueryGrant = { p: string; d: string[]; exp: number };

export const QUERY_TOKEN_TTL_MS = 15 * 60_000;

/**
 * A stateless download token (ED-4): the grant, MACed with the server's blind-index HMAC key, so
 * any server process can check it and nobody can widen it to another document.
 */
export function signQueryToken(fieldCrypto: Pick<FieldCrypto, 'blindIndex'>, grant: QueryGrant): string {
  const body = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${body}.${fieldCrypto.blindIndex(`document-query:${body}`)}`;
}

/** The grant of a token whose MAC is right and which has not expired; null otherwise. */
export function readQueryToken(
  fieldCrypto: Pick<FieldCrypto, 'blindIndex'>,
  token: string,
  now: Date,
): QueryGrant | null {
  const [body, mac] = token.split('.');
  if (!body || !mac || token.length > 8000) return null;
  const expected = Buffer.from(fieldCrypto.blindIndex(`document-query:${body}`), 'hex');
  const given = Buffer.from(mac, 'hex');
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  try {
    const grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as QueryGrant;
    if (typeof grant.exp !== 'number' || grant.exp < now.getTime() || !Array.isArray(grant.d)) return null;
    return grant;
  } catch {
    return null;
  }
}
