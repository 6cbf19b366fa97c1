import crypto from 'node:crypto';

/** Request headers of the insurer system API (docs/API-EXCHANGE.md). */
export const SIGNATURE_HEADERS = {
  key: 'x-ph-key',
  timestamp: 'x-ph-timestamp',
  nonce: 'x-ph-nonce',
  signature: 'x-ph-signature',
  idempotency: 'idempotency-key',
} as const;

/** Signed requests older or newer than this are refused (clock skew allowance). */
export const TIMESTAMP_WINDOW_MS = 5 * 60_000;

export function sha256Hex(body: Buffer | string): string {
  return crypto.createHash('sha256').update(body).digest('hex');
}

/**
 * The string both sides sign: method, path (with query string), timestamp, nonce and the body's
 * SHA-256, one per line. The timestamp is Unix milliseconds.
 */
export function canonicalRequest(input: {
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  body: Buffer | string;
}): string {
  return `${input.method.toUpperCase()}\n${input.path}\n${input.timestamp}\n${input.nonce}\n${sha256Hex(input.body)}`;
}

export function signCanonical(secret: string, canonical: string): string {
  return crypto.createHmac('sha256', secret).update(canonical).digest('hex');
}

/** Headers of a signed request (used by the simulator, the tests, webhooks and the benchmark). */
export function signRequest(input: {
  keyId: string;
  secret: string;
  method: string;
  path: string;
  body: Buffer | string;
  timestamp?: number;
  nonce?: string;
}): Record<string, string> {
  const timestamp = String(input.timestamp ?? Date.now());
  const nonce = input.nonce ?? crypto.randomBytes(12).toString('hex');
  return {
    [SIGNATURE_HEADERS.key]: input.keyId,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: signCanonical(
      input.secret,
      canonicalRequest({ method: input.method, path: input.path, timestamp, nonce, body: input.body }),
    ),
  };
}

/** Constant-time comparison of two hex signatures. */
export function signaturesEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(given, 'hex');
  return a.length === b.length && a.length > 0 && crypto.timingSafeEqual(a, b);
}
