import { beijingMidnight, isCalendarDate, startOfNextBeijingDay } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { Actor } from '../../../platform/audit/index.js';
import {
  findApplicationsByIds,
  markApplicationsIssued,
  type ApplicationRecord,
} from '../../../modules/applications/index.js';
import { createPolicies, ORG_ID_TYPE, type CreatePolicyInput } from '../../../modules/policies/index.js';
import { bulkIssuePolicyDocuments } from '../../../modules/documents/index.js';
import { findOrganization } from '../../../modules/organizations/index.js';
import { findUnit, type UnitRow } from '../units.js';
import { getPlanVersion, UNION_LINE } from '../product-content.js';
import { readAhead } from '../../../platform/read-ahead.js';

export const CERTIFICATES_JOB = 'union.issue-certificates';
const CHUNK = 200;
const ALL = { kind: 'all' } as const;

/** Queues the issuing of the accepted applications' policies and 电子保障凭证 (我的任务), in the caller's transaction. */
export function enqueueCertificates(
  ctx: AppContext,
  executor: Executor,
  input: { applicationIds: string[]; ownerUserId: string | null; orgId: string | null },
): Promise<string> {
  return ctx.jobs.enqueue(executor, {
    type: CERTIFICATES_JOB,
    title: `财务确认：签发电子保障凭证（${input.applicationIds.length} 份）`,
    titleParams: { count: input.applicationIds.length },
    payload: { applicationIds: input.applicationIds },
    ownerUserId: input.ownerUserId,
    orgId: input.orgId,
  });
}

/** The first instant of cover: 00:00 Beijing time of the expected effective date (else the next day). */
export function coverStart(application: ApplicationRecord, now: Date): Date {
  const d = application.details.expectedEffectiveDate;
  return typeof d === 'string' && isCalendarDate(d) ? beijingMidnight(d) : startOfNextBeijingDay(now);
}

/** The last second of `months` months of cover from `start` (a Beijing midnight). */
export function coverEnd(start: Date, months: number): Date {
  // Beijing midnight = 16:00 UTC the day before; add calendar months on the Beijing date.
  const b = new Date(start.getTime() + 8 * 3_600_000);
  const end = Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + months, b.getUTCDate()) - 8 * 3_600_000;
  return new Date(end - 1000);
}

type Caches = {
  plans: Map<string, NonNullable<Awaited<ReturnType<typeof getPlanVersion>>>>;
  units: Map<string, UnitRow & { code: string | null }>;
};

async function issuePolicies(
  ctx: AppContext,
  tx: Executor,
  actor: Actor,
  applications: ApplicationRecord[],
  caches: Caches,
) {
  const inputs: CreatePolicyInput[] = [];
  for (const a of applications) {
    let plan = caches.plans.get(a.productVersionId);
    if (!plan) {
      const found = await getPlanVersion(ctx, a.productVersionId, tx);
      if (!found) throw new Error(`投保申请 ${a.applicationNo} 的互助保障计划不存在`);
      caches.plans.set(a.productVersionId, (plan = found));
    }
    let unit = a.orgId ? caches.units.get(a.orgId) : undefined;
    if (!unit && a.orgId) {
      const row = await findUnit(tx, a.orgId);
      const org = await findOrganization(tx, a.orgId);
      if (row) caches.units.set(a.orgId, (unit = { ...row, code: org?.code ?? null }));
    }
    if (!unit) throw new Error(`投保申请 ${a.applicationNo} 的基层工会不存在`);
    const content = plan.version.content;
    const copies = typeof a.details.copies === 'number' ? a.details.copies : 1;
    const memberNo = typeof a.details.memberNo === 'string' ? a.details.memberNo : undefined;
    const startsAt = coverStart(a, ctx.now());
    const member = a.insured[0] ?? { ...a.applicant, relation: 'self' };
    const sumInsuredFen = content.sumInsuredFen * copies;
    inputs.push({
      line: UNION_LINE,
      productCode: plan.code,
      productName: plan.name,
      insurerOrgId: a.insurerOrgId,
      orgId: unit.orgId,
      holderUserId: null,
      holder: { name: unit.name, idType: ORG_ID_TYPE, idNumber: unit.code ?? unit.unitNo },
      sumInsuredFen,
      premiumFen: a.premiumFen,
      startsAt,
      endsAt: coverEnd(startsAt, content.coverMonths),
      details: {
        applicationNo: a.applicationNo,
        ...(memberNo ? { memberNo } : {}),
        unitNo: unit.unitNo,
        unitName: unit.name,
        copies,
        productVersion: plan.version.version,
        ...(typeof a.details.renewsPolicyNo === 'string' ? { renewsPolicyNo: a.details.renewsPolicyNo } : {}),
        insuredSubject: [
          { label: '基层工会', value: `${unit.name}（单位编号 ${unit.unitNo}）` },
          ...(memberNo ? [{ label: '会员编号', value: memberNo }] : []),
          { label: '参保份数', value: `${copies} 份` },
        ],
        coverages: [{ name: plan.name, sumInsuredFen, premiumFen: a.premiumFen }],
        specialAgreements: [
          ...content.benefits,
          ...(content.waitingDays > 0 ? [`首次参加自生效之日起 ${content.waitingDays} 日为等待期。`] : []),
          `本凭证为 ${unit.name} 会员 ${member.name} 的电子保障凭证，可扫描二维码或上传本文件验真。`,
        ],
        insurerInfo: { phone: content.hotline },
      },
      insured: [
        {
          name: member.name,
          idType: member.idType,
          idNumber: ctx.crypto.decrypt(member.idNumberEnc),
          gender: member.gender,
          birthDate: member.birthDate,
          extra: {
            ...(memberNo ? { memberNo } : {}),
            copies,
            premiumFen: a.premiumFen,
            sumInsuredFen,
            plan: plan.name,
          },
        },
      ],
    });
  }
  // One statement per table for the chunk (createPolicy one by one was 9 ms a policy).
  const created = await createPolicies(ctx, tx, actor, inputs);
  const issued = applications.map((a, i) => ({
    applicationId: a.id,
    applicationNo: a.applicationNo,
    policyId: created[i]!.id,
    policyNo: created[i]!.policyNo,
  }));
  await markApplicationsIssued(tx, actor, UNION_LINE, issued, ctx.now());
  return issued;
}

/**
 * 财务确认 → 打印生效: for every accepted application, its policy (holder = the base unit, insured =
 * the member, cover from the expected effective date for the plan's cover months) and the
 * application 'issued', a chunk per transaction; then each policy's signed 电子保障凭证 by the bulk
 * issuer. The two overlap: the next chunk of policies is written while the documents of the
 * previous ones are rendered and signed on the worker threads. Idempotent: issued applications
 * keep their policy, and the bulk issuer skips policies that already have their certificate, so
 * a resumed task never issues twice.
 */
export async function issueCertificates(
  ctx: AppContext,
  actor: Actor,
  applicationIds: readonly string[],
  onProgress?: (done: number, total: number) => Promise<void> | void,
) {
  const total = applicationIds.length * 2;
  const caches: Caches = { plans: new Map(), units: new Map() };
  let policies = 0;
  let written = 0;
  let signed = 0;
  const report = () => onProgress?.(written + signed, total);
  async function* policyBatches(): AsyncGenerator<string[]> {
    for (let i = 0; i < applicationIds.length; i += CHUNK) {
      const rows = await findApplicationsByIds(ctx.db, ALL, applicationIds.slice(i, i + CHUNK));
      const ids: string[] = [];
      for (const r of rows) if (r.status === 'issued' && r.policyId) ids.push(r.policyId);
      const todo = rows.filter((r) => r.status === 'accepted' && r.line === UNION_LINE);
      if (todo.length) {
        const issued = await ctx.db.transaction((tx) => issuePolicies(ctx, tx, actor, todo, caches));
        ids.push(...issued.map((x) => x.policyId));
      }
      written += Math.min(CHUNK, applicationIds.length - i);
      policies += ids.length;
      await report();
      yield ids;
    }
  }
  const documents = await bulkIssuePolicyDocuments(ctx, actor, readAhead(policyBatches()), {
    total: applicationIds.length,
    onProgress: async (d) => {
      signed = d;
      await report();
    },
  });
  return { policies, documents };
}

export function defineCertificatesJob(ctx: AppContext): void {
  ctx.jobs.define(CERTIFICATES_JOB, async (job) => {
    const ids = Array.isArray(job.payload.applicationIds)
      ? (job.payload.applicationIds as unknown[]).filter((x): x is string => typeof x === 'string')
      : [];
    const actor: Actor = { userId: job.ownerUserId, name: null, orgId: job.orgId, ip: null };
    const r = await issueCertificates(ctx, actor, ids, (d, t) => job.progress(d, t));
    return {
      result: {
        policies: r.policies,
        issued: r.documents.issued,
        skipped: r.documents.skipped,
        failed: r.documents.failed.length,
        failures: r.documents.failed.slice(0, 50),
      },
    };
  });
}
