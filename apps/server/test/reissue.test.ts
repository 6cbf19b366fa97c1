import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { policies, policyInsured } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { scopeOf, type AuthUser } from '../src/platform/access.js';
import { cancelPolicy, findPolicy } from '../src/modules/policies/index.js';
import { reissuePolicy } from '../src/workflows/reissue-policy.js';
import { createTestApp, type TestApp, type TestUser } from './helpers.js';
import {
  createCast,
  documentBytes,
  documentState,
  insuredPerson,
  makePolicy,
  pdfsigVerdict,
  postVerify,
  type Cast,
} from './documents-support.js';

const authOf = (u: TestUser, orgPath: string | null): AuthUser => ({
  id: u.id,
  username: u.username,
  displayName: u.username,
  role: u.role,
  orgId: u.orgId,
  orgPath,
  orgType: null,
});

/** Reissue (换发, TR-4): old policy cancelled with the reason, new number, both linked and verifiable. */
describe('workflow: reissue a policy', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(async () => t?.close());

  it('cancels the old policy with the reason, creates a new number that replaces it, both documents verify and show the link', async () => {
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id, orgId: cast.enterprise.id });
    const oldInsured = await t.ctx.db
      .select()
      .from(policyInsured)
      .where(eq(policyInsured.policyId, made.policy.id));

    const result = await reissuePolicy(t.ctx, SYSTEM_ACTOR, {
      policyId: made.policy.id,
      reason: '行程变更，出团日期调整',
      changes: { premiumFen: 7_000 },
    });

    expect(result.policy.policyNo).not.toBe(made.policy.policyNo);
    expect(result.policy.policyNo).toMatch(/^PHTR\d{14}$/);
    expect(result.policy.replacesPolicyId).toBe(made.policy.id);
    expect(result.policy.premiumFen).toBe(7_000);
    expect(result.policy.sumInsuredFen).toBe(made.policy.sumInsuredFen);
    const old = (await findPolicy(t.ctx.db, made.policy.id))!;
    expect(old.status).toBe('cancelled');
    expect(old.statusReason).toBe(`行程变更，出团日期调整（已换发新保单 ${result.policy.policyNo}）`);
    expect(old.replacesPolicyId).toBeNull();

    // The insured list is copied, encrypted ID numbers included.
    const newInsured = await t.ctx.db
      .select()
      .from(policyInsured)
      .where(eq(policyInsured.policyId, result.policy.id));
    expect(newInsured.map((p) => [p.seq, p.name, p.idNumberEnc])).toEqual(
      oldInsured.map((p) => [p.seq, p.name, p.idNumberEnc]),
    );

    // Both e-policies verify, and each one's status names the other policy.
    for (const [documentId, status, links] of [
      [made.document.id, '已撤单', { replacesPolicyNo: null, replacedByPolicyNo: result.policy.policyNo }],
      [result.document.id, '有效', { replacesPolicyNo: made.policy.policyNo, replacedByPolicyNo: null }],
    ] as const) {
      const pdf = await documentBytes(t, documentId);
      expect(pdfsigVerdict(pdf).valid).toBe(true);
      const res = await postVerify(t, pdf);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.verdict).toBe('valid');
      expect(body.policy).toMatchObject({ statusLabel: status, ...links });
      const page = await t.request({ method: 'GET', url: `/api/public/documents/${documentId}/status` });
      expect(page.statusCode).toBe(200);
      expect(page.json().policy).toMatchObject(links);
    }
  });

  it('replaces the insured list when one is given', async () => {
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const result = await reissuePolicy(t.ctx, SYSTEM_ACTOR, {
      policyId: made.policy.id,
      reason: '更换被保险人',
      changes: { insured: [insuredPerson('张三')] },
    });
    const rows = await t.ctx.db
      .select({ name: policyInsured.name })
      .from(policyInsured)
      .where(eq(policyInsured.policyId, result.policy.id));
    expect(rows.map((r) => r.name)).toEqual(['张三']);
  });

  it('refuses a cancelled policy, one already reissued, one of another organization (404) and an empty reason — changing nothing', async () => {
    const cancelled = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    await cancelPolicy(t.ctx, t.ctx.db, SYSTEM_ACTOR, { policyId: cancelled.policy.id, reason: '客户撤单' });
    const reissued = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    await reissuePolicy(t.ctx, SYSTEM_ACTOR, { policyId: reissued.policy.id, reason: '第一次换发' });
    const foreign = await makePolicy(t, { insurerOrgId: cast.insurer.id, orgId: cast.enterprise.id });
    const otherScope = scopeOf(
      authOf(cast.users.otherEnterprise, `/${cast.platform.id}/${cast.otherEnterprise.id}/`),
    );

    const before = await documentState(t);
    const policyRows = await t.ctx.db.select().from(policies);
    const insuredRows = await t.ctx.db.select().from(policyInsured);
    await expect(
      reissuePolicy(t.ctx, SYSTEM_ACTOR, { policyId: cancelled.policy.id, reason: '换发' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', message: '保单已撤单，不能换发' });
    await expect(
      reissuePolicy(t.ctx, SYSTEM_ACTOR, { policyId: reissued.policy.id, reason: '再次换发' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', message: '保单已撤单，不能换发' });
    await expect(
      reissuePolicy(t.ctx, SYSTEM_ACTOR, { policyId: foreign.policy.id, reason: '换发', scope: otherScope }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404, message: '保单不存在' });
    await expect(
      reissuePolicy(t.ctx, SYSTEM_ACTOR, { policyId: foreign.policy.id, reason: '   ' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: '请填写换发原因' });
    // A change the spine refuses (end before start) rolls the whole reissue back: the old stays in force.
    await expect(
      reissuePolicy(t.ctx, SYSTEM_ACTOR, {
        policyId: foreign.policy.id,
        reason: '换发',
        changes: { endsAt: new Date(foreign.policy.startsAt.getTime() - 1) },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: '保险止期须晚于保险起期' });

    expect(await documentState(t)).toEqual(before);
    expect(await t.ctx.db.select().from(policies)).toEqual(policyRows);
    expect(await t.ctx.db.select().from(policyInsured)).toEqual(insuredRows);
    expect((await findPolicy(t.ctx.db, foreign.policy.id))!.status).toBe('issued');
  });
});
