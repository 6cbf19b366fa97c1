import type { DocumentKind } from '@policyhub/documents';
import { eq } from 'drizzle-orm';
import { users } from '../../../platform/identity/tables.js';
import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import {
  currentStatus,
  findPolicies,
  findPolicyIdsOfInsured,
  POLICY_STATUS_LABELS,
  type PolicyStatus,
} from '../../policies/index.js';
import { DOCUMENT_KIND_LABELS } from '../labels.js';
import { findHolderDocuments } from '../repository.js';

export type MyDocument = {
  id: string;
  kind: DocumentKind;
  kindLabel: string;
  documentNo: string;
  policyNo: string | null;
  productName: string | null;
  status: PolicyStatus | null;
  statusLabel: string | null;
  issuedAt: string;
};

/**
 * The policies the signed-in person is insured on by the ID number of the account (one personal
 * center, MA-9: a union member's 电子保障凭证, held by the base unit). None without an ID number.
 */
export async function insuredPolicyIdsOf(ctx: AppContext, user: AuthUser): Promise<string[]> {
  const [row] = await ctx.db.select({ idx: users.idNumberIdx }).from(users).where(eq(users.id, user.id));
  return row?.idx ? findPolicyIdsOfInsured(ctx.db, row.idx) : [];
}

/** 我的保单 (ED-4): the documents of the policies the signed-in individual holds, newest first. */
export async function listMyDocuments(ctx: AppContext, user: AuthUser): Promise<{ items: MyDocument[] }> {
  const docs = await findHolderDocuments(ctx.db, user.id, await insuredPolicyIdsOf(ctx, user));
  const policies = await findPolicies(
    ctx.db,
    docs.map((d) => d.policyId).filter((x): x is string => !!x),
  );
  const now = ctx.now();
  return {
    items: docs.map((d) => {
      const p = policies.find((x) => x.id === d.policyId);
      const status = p ? currentStatus(p, now) : null;
      return {
        id: d.id,
        kind: d.kind,
        kindLabel: DOCUMENT_KIND_LABELS[d.kind],
        documentNo: d.documentNo,
        policyNo: p?.policyNo ?? null,
        productName: p?.productName ?? null,
        status,
        statusLabel: status ? POLICY_STATUS_LABELS[status] : null,
        issuedAt: d.issuedAt.toISOString(),
      };
    }),
  };
}
