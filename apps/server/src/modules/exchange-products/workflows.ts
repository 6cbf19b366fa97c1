import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import type { Actor } from '../../platform/audit/index.js';
import type { EndorsementInput, EndorsementRecord, PolicyRecord } from '../policies/index.js';
import type { IssuedDocument } from '../documents/index.js';
import type { ApplicationIssueInput, ApplicationRow } from './operations/underwrite-application.js';

/**
 * The processes this module's routes start but does not own: each combines modules (policies,
 * documents, this one), so it lives in apps/server/src/workflows/ and app.ts hands it in when it
 * registers the module. A module never imports workflows/ (arrows point down only).
 */
export type ExchangeProductsWorkflows = {
  /** workflows/issue-application-policy.ts */
  issueApplicationPolicy: (
    ctx: AppContext,
    actor: Actor,
    input: ApplicationIssueInput & { insurerOrgId: string; applicationNo: string },
    executor?: Executor,
  ) => Promise<{ application: ApplicationRow; policyNo: string; documentId: string }>;
  /** workflows/endorse-policy.ts */
  endorsePolicy: (
    ctx: AppContext,
    actor: Actor,
    input: EndorsementInput & { premiumChangeFen?: number; reason?: string },
    executor?: Executor,
  ) => Promise<{ policy: PolicyRecord; endorsement: EndorsementRecord; document: IssuedDocument }>;
};
