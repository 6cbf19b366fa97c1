import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { endorsements, policies, policyInsured } from './tables.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import type { Line, StoredStatus } from './labels.js';

/** A policy as other modules see it (the holder's ID number only masked). */
export type PolicyRecord = {
  id: string;
  policyNo: string;
  line: Line;
  productCode: string;
  productName: string;
  insurerOrgId: string;
  orgId: string | null;
  holderUserId: string | null;
  holderName: string;
  holderIdType: string;
  holderIdNumberMasked: string;
  sumInsuredFen: number;
  premiumFen: number;
  startsAt: Date;
  endsAt: Date;
  status: StoredStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  version: number;
  details: Record<string, unknown>;
  issuedAt: Date;
  /** Set on a reissued policy (换发): the cancelled policy it replaces. */
  replacesPolicyId: string | null;
};

export const policyColumns = {
  id: policies.id,
  policyNo: policies.policyNo,
  line: policies.line,
  productCode: policies.productCode,
  productName: policies.productName,
  insurerOrgId: policies.insurerOrgId,
  orgId: policies.orgId,
  holderUserId: policies.holderUserId,
  holderName: policies.holderName,
  holderIdType: policies.holderIdType,
  holderIdNumberMasked: policies.holderIdNumberMasked,
  sumInsuredFen: policies.sumInsuredFen,
  premiumFen: policies.premiumFen,
  startsAt: policies.startsAt,
  endsAt: policies.endsAt,
  status: policies.status,
  statusReason: policies.statusReason,
  statusChangedAt: policies.statusChangedAt,
  version: policies.version,
  details: policies.details,
  issuedAt: policies.issuedAt,
  replacesPolicyId: policies.replacesPolicyId,
};

type PolicyRow = { [K in keyof typeof policyColumns]: unknown } & Record<string, unknown>;

export function toPolicyRecord(row: PolicyRow): PolicyRecord {
  return row as unknown as PolicyRecord;
}

/**
 * Policies a user may see (PL-2): the owning organization's subtree or the holder himself, and an
 * insurer's staff the policies their insurer (or branch subtree) underwrote.
 */
export function policyScopeCondition(scope: DataScope): SQL {
  return or(
    scopeCondition(scope, { orgIdColumn: policies.orgId, userIdColumn: policies.holderUserId }),
    scopeCondition(scope, { orgIdColumn: policies.insurerOrgId }),
  )!;
}

/** One policy by id, optionally restricted to a scope (null when outside it). */
export async function findPolicyRow(
  executor: Executor,
  id: string,
  scope?: DataScope,
): Promise<PolicyRecord | null> {
  const [row] = await executor
    .select(policyColumns)
    .from(policies)
    .where(and(eq(policies.id, id), scope ? policyScopeCondition(scope) : undefined))
    .limit(1);
  return row ? toPolicyRecord(row) : null;
}

export async function findPolicyRowByNumber(
  executor: Executor,
  policyNo: string,
  scope?: DataScope,
): Promise<PolicyRecord | null> {
  const [row] = await executor
    .select(policyColumns)
    .from(policies)
    .where(and(eq(policies.policyNo, policyNo), scope ? policyScopeCondition(scope) : undefined))
    .limit(1);
  return row ? toPolicyRecord(row) : null;
}

/** Several policies by id (no scope: for callers that already checked access to what refers to them). */
export async function findPolicyRows(executor: Executor, ids: readonly string[]): Promise<PolicyRecord[]> {
  if (!ids.length) return [];
  const rows = await executor
    .select(policyColumns)
    .from(policies)
    .where(inArray(policies.id, [...new Set(ids)]));
  return rows.map(toPolicyRecord);
}

/** An insured person of a policy; the ID number only masked. */
export type InsuredRecord = {
  seq: number;
  name: string;
  idType: string;
  idNumberMasked: string;
  gender: string | null;
  birthDate: string | null;
  extra: Record<string, unknown>;
};

export async function findInsured(executor: Executor, policyId: string): Promise<InsuredRecord[]> {
  return executor
    .select({
      seq: policyInsured.seq,
      name: policyInsured.name,
      idType: policyInsured.idType,
      idNumberMasked: policyInsured.idNumberMasked,
      gender: policyInsured.gender,
      birthDate: policyInsured.birthDate,
      extra: policyInsured.extra,
    })
    .from(policyInsured)
    .where(eq(policyInsured.policyId, policyId))
    .orderBy(asc(policyInsured.seq));
}

/** Insured persons of several policies, by policy id, each list in sequence order. */
export async function findInsuredOf(
  executor: Executor,
  policyIds: readonly string[],
): Promise<Map<string, InsuredRecord[]>> {
  const out = new Map<string, InsuredRecord[]>();
  if (!policyIds.length) return out;
  const rows = await executor
    .select({
      policyId: policyInsured.policyId,
      seq: policyInsured.seq,
      name: policyInsured.name,
      idType: policyInsured.idType,
      idNumberMasked: policyInsured.idNumberMasked,
      gender: policyInsured.gender,
      birthDate: policyInsured.birthDate,
      extra: policyInsured.extra,
    })
    .from(policyInsured)
    .where(inArray(policyInsured.policyId, [...new Set(policyIds)]))
    .orderBy(asc(policyInsured.policyId), asc(policyInsured.seq));
  for (const { policyId, ...row } of rows) {
    let list = out.get(policyId);
    if (!list) out.set(policyId, (list = []));
    list.push(row);
  }
  return out;
}

export type EndorsementRecord = {
  id: string;
  policyId: string;
  seq: number;
  endorsementNo: string;
  kind: string;
  description: string;
  changes: { item: string; before: unknown; after: unknown }[];
  effectiveAt: Date;
  createdAt: Date;
};

const endorsementColumns = {
  id: endorsements.id,
  policyId: endorsements.policyId,
  seq: endorsements.seq,
  endorsementNo: endorsements.endorsementNo,
  kind: endorsements.kind,
  description: endorsements.description,
  changes: endorsements.changes,
  effectiveAt: endorsements.effectiveAt,
  createdAt: endorsements.createdAt,
};

/** The endorsement chain of a policy, oldest first. */
export async function findEndorsements(executor: Executor, policyId: string): Promise<EndorsementRecord[]> {
  return executor
    .select(endorsementColumns)
    .from(endorsements)
    .where(eq(endorsements.policyId, policyId))
    .orderBy(asc(endorsements.seq));
}

export async function findEndorsementRow(executor: Executor, id: string): Promise<EndorsementRecord | null> {
  const [row] = await executor.select(endorsementColumns).from(endorsements).where(eq(endorsements.id, id));
  return row ?? null;
}

/**
 * A policy with its endorsement chain in one round trip (verification answers many requests a
 * second, and on the embedded database every statement counts).
 */
export async function findPolicyWithEndorsements(
  executor: Executor,
  id: string,
): Promise<{ policy: PolicyRecord; endorsements: EndorsementRecord[] } | null> {
  const [row] = await executor
    .select({
      ...policyColumns,
      endorsements: sql<unknown>`(select coalesce(json_agg(json_build_object(
          'id', e.id, 'policyId', e.policy_id, 'seq', e.seq, 'endorsementNo', e.endorsement_no,
          'kind', e.kind, 'description', e.description, 'changes', e.changes,
          'effectiveAt', e.effective_at, 'createdAt', e.created_at) order by e.seq), '[]'::json)
        from endorsements e where e.policy_id = policies.id)`,
    })
    .from(policies)
    .where(eq(policies.id, id))
    .limit(1);
  if (!row) return null;
  const { endorsements: raw, ...policy } = row;
  const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as (Omit<
    EndorsementRecord,
    'effectiveAt' | 'createdAt'
  > & { effectiveAt: string; createdAt: string })[];
  return {
    policy: toPolicyRecord(policy),
    endorsements: list.map((e) => ({
      ...e,
      effectiveAt: new Date(e.effectiveAt),
      createdAt: new Date(e.createdAt),
    })),
  };
}

/**
 * Where an ID document (type + blind index of the number) appears on a policy: as the
 * policyholder's and/or as insured persons' (by sequence). Who may query a policy publicly are
 * exactly these people (seed 003 §6.3).
 */
export async function identityOnPolicy(
  executor: Executor,
  policyId: string,
  idType: string,
  idNumberIdx: string,
): Promise<{ holder: boolean; insuredSeqs: number[] }> {
  const rows = rowsOf(
    await executor.execute(sql`
      select 0 as seq from ${policies}
        where ${policies.id} = ${policyId} and ${policies.holderIdType} = ${idType}
          and ${policies.holderIdNumberIdx} = ${idNumberIdx}
      union all
      select ${policyInsured.seq} as seq from ${policyInsured}
        where ${policyInsured.policyId} = ${policyId} and ${policyInsured.idType} = ${idType}
          and ${policyInsured.idNumberIdx} = ${idNumberIdx}
      limit 1000`),
  );
  const seqs = rows.map((r) => Number(r.seq));
  return { holder: seqs.includes(0), insuredSeqs: seqs.filter((s) => s > 0) };
}

/** node-postgres answers `{ rows }`, PGlite too; drizzle's execute result type differs per driver. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  const r = result as { rows?: Record<string, unknown>[] } | Record<string, unknown>[];
  return Array.isArray(r) ? r : (r.rows ?? []);
}

/** The policies a user holds (我的保单 of every line), newest issued first. */
export async function findPoliciesOfHolder(executor: Executor, userId: string): Promise<PolicyRecord[]> {
  const rows = await executor
    .select(policyColumns)
    .from(policies)
    .where(eq(policies.holderUserId, userId))
    .orderBy(sql`${policies.issuedAt} desc`);
  return rows.map(toPolicyRecord);
}

/**
 * The policies on which an ID number (blind index) is an insured person — one personal center
 * (MA-9): a union member's certificates belong to the base unit, the member finds them by ID.
 */
export async function findPolicyIdsOfInsured(executor: Executor, idNumberIdx: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ id: policyInsured.policyId })
    .from(policyInsured)
    .where(eq(policyInsured.idNumberIdx, idNumberIdx))
    .limit(500);
  return rows.map((r) => r.id);
}
