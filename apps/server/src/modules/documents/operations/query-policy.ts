import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { DocumentKind } from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { documentQueryAttempts } from '../tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { maskName } from '@policyhub/domain';
import { consumeCaptcha } from '../../accounts/index.js';
import { findOrganization } from '../../organizations/index.js';
import {
  currentStatus,
  findInsured,
  findPolicyByNumber,
  identityOnPolicy,
  idNumberIndex,
  isAcceptedIdType,
  normalizeIdNumber,
  POLICY_STATUS_LABELS,
  type PolicyStatus,
} from '../../policies/index.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { QUERY_TOKEN_TTL_MS, signQueryToken } from '../query-token.js';
import { findPolicyDocuments } from '../repository.js';
import { holderNameMasked } from '../views.js';

export type PolicyQueryInput = {
  policyNo: string;
  idType: string;
  idNumber: string;
  captchaId: string;
  captchaAnswer: string;
  ip: string | null;
};

export type PolicyQueryResult = {
  queryToken: string;
  policy: {
    policyNo: string;
    productName: string;
    insurerName: string;
    status: PolicyStatus;
    statusLabel: string;
    periodStart: string;
    periodEnd: string;
    sumInsured: number;
    premium: number;
    holderNameMasked: string;
    insured: { nameMasked: string; idNumberMasked: string }[];
  };
  documents: { id: string; kind: DocumentKind; kindLabel: string; documentNo: string; issuedAt: string }[];
};

/** Failed attempts that lock a policy number (from anywhere) or an address for the window. */
export const QUERY_MAX_FAILURES_PER_POLICY = 5;
export const QUERY_MAX_FAILURES_PER_IP = 20;
export const QUERY_WINDOW_MS = 15 * 60_000;
/** An insured person sees only himself; the holder sees the list up to this many. */
const INSURED_SHOWN = 200;

async function failures(tx: Executor, column: 'keyHash' | 'ip', value: string, since: Date): Promise<number> {
  const col = column === 'keyHash' ? documentQueryAttempts.keyHash : documentQueryAttempts.ip;
  const [row] = await tx
    .select({ n: count() })
    .from(documentQueryAttempts)
    .where(and(eq(col, value), eq(documentQueryAttempts.ok, false), gt(documentQueryAttempts.at, since)));
  return Number(row?.n ?? 0);
}

/**
 * Public policy query (ED-4, SEC-1): policy number + ID type and number + captcha. Identity is
 * proven when the ID belongs to the policyholder or an insured person. A wrong ID and an unknown
 * policy get the same answer; repeated failures lock the policy number and the address for 15
 * minutes. Every outcome is audited and committed before the answer. The result is masked and
 * carries a token that downloads exactly the documents it lists.
 */
export async function queryPolicy(ctx: AppContext, input: PolicyQueryInput): Promise<PolicyQueryResult> {
  const actor: Actor = { userId: null, name: null, orgId: null, ip: input.ip };
  const policyNo = input.policyNo.trim().toUpperCase();
  const keyHash = ctx.crypto.blindIndex(`policy-query:${policyNo}`);
  const outcome = await ctx.db.transaction(
    async (tx): Promise<{ refused: AppError } | { result: PolicyQueryResult }> => {
      const now = ctx.now();
      const refuse = async (reason: string, error: AppError, counted: { keyHash: string | null } | null) => {
        if (counted)
          await tx
            .insert(documentQueryAttempts)
            .values({ keyHash: counted.keyHash, ip: input.ip, ok: false, at: now });
        // The ID number is never written to the log; the policy number as typed is (it is not personal data).
        await recordAudit(tx, actor, {
          action: 'document.query_failed',
          entityType: 'policy_query',
          detail: { policyNo: policyNo.slice(0, 40), idType: input.idType, reason },
        });
        return { refused: error };
      };
      // Attempts matter for 15 minutes; now and then the table sheds the old ones.
      if (Math.random() < 0.01)
        await tx
          .delete(documentQueryAttempts)
          .where(lt(documentQueryAttempts.at, new Date(now.getTime() - 86_400_000)));
      if (!(await consumeCaptcha(ctx, tx, input.captchaId, input.captchaAnswer)))
        return refuse('captcha', new AppError('CAPTCHA_INVALID'), { keyHash: null });
      const since = new Date(now.getTime() - QUERY_WINDOW_MS);
      if (
        (await failures(tx, 'keyHash', keyHash, since)) >= QUERY_MAX_FAILURES_PER_POLICY ||
        (input.ip && (await failures(tx, 'ip', input.ip, since)) >= QUERY_MAX_FAILURES_PER_IP)
      )
        return refuse('too_many_attempts', new AppError('QUERY_TOO_MANY_ATTEMPTS'), null);

      const noMatch = () => refuse('no_match', new AppError('QUERY_NO_MATCH'), { keyHash });
      if (!isAcceptedIdType(input.idType) || !normalizeIdNumber(input.idNumber)) return noMatch();
      const policy = await findPolicyByNumber(tx, policyNo);
      const identity = policy
        ? await identityOnPolicy(tx, policy.id, input.idType, idNumberIndex(ctx.crypto, input.idNumber))
        : null;
      if (!policy || !identity || (!identity.holder && !identity.insuredSeqs.length)) return noMatch();

      await tx.insert(documentQueryAttempts).values({ keyHash, ip: input.ip, ok: true, at: now });
      const insured = await findInsured(tx, policy.id);
      // The holder sees the insured list; an insured person sees only himself (not his colleagues).
      const shown = identity.holder
        ? insured.slice(0, INSURED_SHOWN)
        : insured.filter((p) => identity.insuredSeqs.includes(p.seq));
      const docs = (await findPolicyDocuments(tx, policy.id)).filter((d) => !d.deletedAt);
      const insurer = await findOrganization(tx, policy.insurerOrgId);
      const status = currentStatus(policy, now);
      await recordAudit(tx, actor, {
        action: 'document.query',
        entityType: 'policy',
        entityId: policy.id,
        detail: {
          policyNo,
          idType: input.idType,
          as: identity.holder ? 'holder' : 'insured',
          documents: docs.length,
        },
      });
      return {
        result: {
          queryToken: signQueryToken(ctx.crypto, {
            p: policy.id,
            d: docs.map((d) => d.id),
            exp: now.getTime() + QUERY_TOKEN_TTL_MS,
          }),
          policy: {
            policyNo: policy.policyNo,
            productName: policy.productName,
            insurerName: insurer?.name ?? '',
            status,
            statusLabel: POLICY_STATUS_LABELS[status],
            periodStart: policy.startsAt.toISOString(),
            periodEnd: policy.endsAt.toISOString(),
            sumInsured: policy.sumInsuredFen,
            premium: policy.premiumFen,
            holderNameMasked: holderNameMasked(policy),
            insured: shown.map((p) => ({ nameMasked: maskName(p.name), idNumberMasked: p.idNumberMasked })),
          },
          documents: docs.map((d) => ({
            id: d.id,
            kind: d.kind,
            kindLabel: DOCUMENT_KIND_LABELS[d.kind],
            documentNo: d.documentNo,
            issuedAt: d.issuedAt.toISOString(),
          })),
        },
      };
    },
  );
  if ('refused' in outcome) throw outcome.refused;
  return outcome.result;
}
