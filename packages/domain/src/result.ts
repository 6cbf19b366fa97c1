/**
 * The shape every domain rule returns. Reasons are Chinese and shown to users verbatim; codes are
 * stable identifiers for programs (tests, error mapping, import reports).
 */
export type RuleOk<T> = { ok: true; value: T; warnings: string[] };
export type RuleFailure = { ok: false; code: string; reason: string };
export type RuleResult<T = string> = RuleOk<T> | RuleFailure;

/** A passing result carrying the normalised value and any notes about what was changed. */
export function pass<T>(value: T, warnings: string[] = []): RuleOk<T> {
  return { ok: true, value, warnings };
}

/** A failing result with a stable code and a Chinese reason for the user. */
export function fail(code: string, reason: string): RuleFailure {
  return { ok: false, code, reason };
}
