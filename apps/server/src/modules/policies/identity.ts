import { isIdType, maskIdNumber, normalizeCodeCell, validateIdDocument } from '@policyhub/domain';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import { AppError } from '../../platform/errors.js';
import { ORG_ID_TYPE } from './labels.js';

/** An identity document number as stored: encrypted, blind-indexed and masked (PL-7). */
export type ProtectedId = { enc: string; idx: string; masked: string };

/** Normalises an ID number the way it is indexed: half-width, trimmed, upper case. */
export function normalizeIdNumber(raw: string): string {
  return normalizeCodeCell(raw).value;
}

/** Blind index of an ID number as typed (after normalisation), for exact-match lookups. */
export function idNumberIndex(crypto: Pick<FieldCrypto, 'blindIndex'>, raw: string): string {
  return crypto.blindIndex(normalizeIdNumber(raw));
}

export function isAcceptedIdType(type: string): boolean {
  return type === ORG_ID_TYPE || isIdType(type);
}

/**
 * Checks an ID document with the domain rules (resident IDs by check digit) and returns it
 * protected. Throws VALIDATION_FAILED with the field name in Chinese.
 */
export function protectIdNumber(crypto: FieldCrypto, field: string, type: string, raw: string): ProtectedId {
  if (!isAcceptedIdType(type))
    throw new AppError('VALIDATION_FAILED', { message: `${field}：证件类型不正确`, details: [{ field }] });
  const value = normalizeIdNumber(raw);
  if (value === '') throw new AppError('VALIDATION_FAILED', { message: `${field}：请填写证件号码` });
  if (type !== ORG_ID_TYPE && isIdType(type)) {
    const checked = validateIdDocument(type, value);
    if (!checked.ok)
      throw new AppError('VALIDATION_FAILED', {
        message: `${field}：${checked.reason}`,
        details: [{ field }],
      });
  }
  return { enc: crypto.encrypt(value), idx: crypto.blindIndex(value), masked: maskIdNumber(value) };
}
