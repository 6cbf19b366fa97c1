import {
  birthAndGenderOf,
  checkAge,
  toHalfWidth,
  UNION_DEFAULT_AGE_RULE,
  validateResidentId,
} from '@policyhub/domain';
import { isApiError } from '../../api/client';

/**
 * An over-age enrollment (MA-3): `needs-document` above the window — admitted only with the
 * agency-approved 超龄参保证明; `over-max` above 65 — never admitted. `reason` is the rule's
 * Chinese text (the server's message).
 */
export type OverAge = { kind: 'needs-document' | 'over-max'; reason: string };

const KIND_OF_CODE: Record<string, OverAge['kind']> = {
  AGE_OVER_NEEDS_APPROVAL: 'needs-document',
  AGE_OVER_MAX: 'over-max',
};

function overAgeOf(code: string, reason: string): OverAge | null {
  const kind = KIND_OF_CODE[code];
  return kind ? { kind, reason } : null;
}

/** The over-age refusal of POST/PUT /api/union/members (details.code of the age check), or null. */
export function overAgeRefusal(error: unknown): OverAge | null {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return null;
  const details = error.details as { code?: unknown } | null | undefined;
  return typeof details?.code === 'string' ? overAgeOf(details.code, error.message) : null;
}

/**
 * The same age check on a typed, valid ID number on `today` (the union's default window), so the
 * form offers the upload before saving; null when in the window or the number is not yet valid.
 * The server's refusal stays the authority.
 */
export function overAgeOfIdNumber(raw: string | undefined, today: string): OverAge | null {
  const id = validateResidentId(toHalfWidth(raw ?? '').trim());
  if (!id.ok) return null;
  const age = checkAge(UNION_DEFAULT_AGE_RULE, birthAndGenderOf(id.value), today);
  return age.ok ? null : overAgeOf(age.code, age.reason);
}
