/**
 * The words of e-policy verification shared by the verifier (packages/documents), the API and the
 * web: the verdict a user sees and, finer, what was found.
 */
export const VERIFICATION_VERDICTS = [
  'valid',
  'tampered',
  'not_issued_here',
  'untrusted',
  'revoked',
  'invalid',
  'unsigned',
] as const;
export type VerificationVerdict = (typeof VERIFICATION_VERDICTS)[number];

export const VERIFY_REASONS = [
  'intact',
  'not_signed',
  'content_changed',
  'appended',
  'rewritten',
  'truncated',
  'malformed',
  'signature_invalid',
  'timestamp_invalid',
  'certificate_invalid',
  'untrusted',
  'revoked',
] as const;
export type VerifyReason = (typeof VERIFY_REASONS)[number];
