import type { Executor } from '../../../platform/db/index.js';
import type { DataScope } from '../../../platform/access.js';
import { findPolicyRowByNumber, type PolicyRecord } from '../repository.js';

/**
 * A policy by its business number. With a scope, a policy outside it is not found (PL-2);
 * without one only for callers that proved identity another way (the public query, ED-4).
 */
export function findPolicyByNumber(
  executor: Executor,
  policyNo: string,
  scope?: DataScope,
): Promise<PolicyRecord | null> {
  return findPolicyRowByNumber(executor, policyNo.trim().toUpperCase(), scope);
}
