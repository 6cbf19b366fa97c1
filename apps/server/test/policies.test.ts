import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, documents, endorsements, policies, policyInsured } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { scopeOf, type AuthUser } from '../src/platform/access.js';
import {
  beijingDay,
  cancelPolicy,
  createPolicies,
  currentStatus,
  findPolicy,
  findPolicyByNumber,
  terminatePolicy,
} from '../src/modules/policies/index.js';
import { endorsePolicy } from '../src/workflows/endorse-policy.js';
import { createTestApp, type TestApp, type TestUser } from './helpers.js';
import {
  createCast,
  documentBytes,
  documentState,
  insuredPerson,
  makePolicy,
  pdfsigVerdict,
  poppler,
  randomResidentId,
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

/**
 * The policy spine (all lines): business numbers, protected ID numbers, data scope, derived
 * status, endorsements with their signed 批单 and version chain, cancellation and termination.
 */
describe('policy spine', () => {
  let t: TestApp;
  let cast: Cast;
  let clock = Date.now();

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(clock) });
    cast = await createCast(t);
  });
  afterAll(async () => t?.close());

  it('checks a registered line’s part of the details and of each insured’s extra, storing nothing when refused', async () => {
    const before = await documentState(t);
    // The exchange (lines/exchange/line.ts) types its details: 税优识别码 is text.
    await expect(
      makePolicy(t, { insurerOrgId: cast.insurer.id, line: 'TAX_HEALTH', details: { taxCode: 42 } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('保单信息（taxCode）'),
    });
    await expect(
      makePolicy(t, {
        insurerOrgId: cast.insurer.id,
        line: 'TAX_HEALTH',
        insured: [{ ...insuredPerson('李雷'), extra: { premiumFen: 12.5 } }],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('第 1 位被保险人（premiumFen）') });
    expect(await documentState(t)).toEqual(before);
    // A well-formed line part is stored exactly as given.
    const ok = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      line: 'TAX_HEALTH',
      details: { taxCode: 'TX 001', productVersion: 2, specialAgreements: ['甲'] },
      insured: [{ ...insuredPerson('李雷'), extra: { plan: '计划一', premiumFen: 240_000, 部门: '研发' } }],
    });
    const [row] = await t.ctx.db.select().from(policies).where(eq(policies.id, ok.policy.id));
    expect(row!.details).toEqual({ taxCode: 'TX 001', productVersion: 2, specialAgreements: ['甲'] });
    const [person] = await t.ctx.db
      .select()
      .from(policyInsured)
      .where(eq(policyInsured.policyId, ok.policy.id));
    expect(person!.extra).toEqual({ plan: '计划一', premiumFen: 240_000, 部门: '研发' });
  });

  it('numbers policies PH + line + Beijing date + daily sequence, and stores ID numbers encrypted and masked', async () => {
    const holderId = randomResidentId();
    const a = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      line: 'MOTOR',
      holder: { name: '钱七', idType: 'resident_id', idNumber: holderId },
    });
    const b = await makePolicy(t, { insurerOrgId: cast.insurer.id, line: 'MOTOR' });
    const day = beijingDay(new Date(clock));
    expect(a.policy.policyNo).toMatch(new RegExp(`^PHMO${day}\\d{6}$`));
    expect(Number(b.policy.policyNo.slice(-6))).toBe(Number(a.policy.policyNo.slice(-6)) + 1);
    const [row] = await t.ctx.db.select().from(policies).where(eq(policies.id, a.policy.id));
    expect(row!.holderIdNumberEnc).not.toContain(holderId);
    expect(t.ctx.crypto.decrypt(row!.holderIdNumberEnc)).toBe(holderId);
    expect(row!.holderIdNumberMasked).toBe(`${holderId.slice(0, 6)}********${holderId.slice(-4)}`);
    const insured = await t.ctx.db
      .select()
      .from(policyInsured)
      .where(eq(policyInsured.policyId, a.policy.id));
    expect(insured.map((p) => p.seq)).toEqual([1, 2]);
    expect(insured.every((p) => p.idNumberMasked.includes('********'))).toBe(true);
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'policy.create'), eq(auditLog.entityId, a.policy.id)));
    expect(JSON.stringify(audit?.detail)).not.toContain(holderId);
  });

  it('createPolicies: many policies in one go — consecutive numbers in the order given, their insured, one audit row; one bad input stores nothing', async () => {
    const startsAt = new Date(clock);
    const input = (holder: string, insured: string[]) => ({
      line: 'TRAVEL' as const,
      productCode: 'TR-TEST',
      productName: '旅游意外伤害保险（测试）',
      insurerOrgId: cast.insurer.id,
      holder: { name: holder, idType: 'resident_id', idNumber: randomResidentId() },
      sumInsuredFen: 100,
      premiumFen: 10,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 86_400_000),
      insured: insured.map((n) => insuredPerson(n)),
    });
    const made = await createPolicies(t.ctx, t.ctx.db, SYSTEM_ACTOR, [
      input('甲', ['一', '二']),
      input('乙', []),
      input('丙', ['三']),
    ]);
    expect(made.map((p) => p.holderName)).toEqual(['甲', '乙', '丙']);
    const seqs = made.map((p) => Number(p.policyNo.slice(-6)));
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
    const insured = await t.ctx.db
      .select()
      .from(policyInsured)
      .where(
        inArray(
          policyInsured.policyId,
          made.map((p) => p.id),
        ),
      );
    expect(
      insured.map((p) => `${made.findIndex((m) => m.id === p.policyId)}:${p.seq}:${p.name}`).sort(),
    ).toEqual(['0:1:一', '0:2:二', '2:1:三']);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'policy.create'));
    const batch = audits.find((a) => (a.detail as { count?: number }).count === 3);
    expect(batch?.detail).toMatchObject({ count: 3, insured: 3, policyNos: made.map((p) => p.policyNo) });

    const before = await documentState(t);
    const bad = { ...input('丁', []), endsAt: startsAt };
    await expect(
      createPolicies(t.ctx, t.ctx.db, SYSTEM_ACTOR, [input('戊', ['四']), bad]),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: '保险止期须晚于保险起期' });
    expect(await documentState(t)).toEqual(before);
  });

  it('applies data scope: owning organization, holder and insurer see a policy; others do not', async () => {
    const made = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      orgId: cast.enterprise.id,
      holderUserId: cast.users.individual.id,
    });
    const no = made.policy.policyNo;
    const pathOf = (id: string) => `/${cast.platform.id}/${id}/`;
    const sees = async (user: AuthUser) => !!(await findPolicyByNumber(t.ctx.db, no, scopeOf(user)));
    expect(await sees(authOf(cast.users.enterprise, pathOf(cast.enterprise.id)))).toBe(true);
    expect(await sees(authOf(cast.users.insurerStaff, pathOf(cast.insurer.id)))).toBe(true);
    expect(await sees(authOf(cast.users.individual, null))).toBe(true);
    expect(await sees(authOf(cast.users.security, `/${cast.platform.id}/`))).toBe(true);
    expect(await sees(authOf(cast.users.otherEnterprise, pathOf(cast.otherEnterprise.id)))).toBe(false);
    expect(await sees(authOf(cast.users.otherInsurerStaff, pathOf(cast.otherInsurer.id)))).toBe(false);
    expect(await sees(authOf(cast.users.otherIndividual, null))).toBe(false);
  });

  it('derives 已到期 from the end of cover; cancelled and terminated are final', async () => {
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const p = made.policy;
    expect(currentStatus(p, new Date(p.endsAt.getTime() - 1))).toBe('issued');
    expect(currentStatus(p, new Date(p.endsAt.getTime() + 1))).toBe('expired');
    expect(currentStatus({ ...p, status: 'cancelled' }, new Date(p.endsAt.getTime() + 1))).toBe('cancelled');
    clock = p.endsAt.getTime() + 1000;
    try {
      await expect(
        terminatePolicy(t.ctx, t.ctx.db, SYSTEM_ACTOR, { policyId: p.id, reason: '到期后终止' }),
      ).rejects.toMatchObject({ code: 'INVALID_STATE', message: '保单已到期，不能终止' });
    } finally {
      clock = Date.now();
    }
    const terminated = await terminatePolicy(t.ctx, t.ctx.db, SYSTEM_ACTOR, {
      policyId: p.id,
      reason: '投保人申请退保',
    });
    expect(terminated).toMatchObject({ status: 'terminated', statusReason: '投保人申请退保' });
    const before = await documentState(t);
    await expect(
      cancelPolicy(t.ctx, t.ctx.db, SYSTEM_ACTOR, { policyId: p.id, reason: '再次撤单' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(
      endorsePolicy(t.ctx, SYSTEM_ACTOR, {
        policyId: p.id,
        kind: 'other',
        description: '终止后批改',
        effectiveAt: new Date(clock),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(await documentState(t)).toEqual(before);
  });

  it('endorsements chain by sequence, bump the version, change the policy and issue signed 批单', async () => {
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id, orgId: cast.enterprise.id });
    const first = await endorsePolicy(t.ctx, SYSTEM_ACTOR, {
      policyId: made.policy.id,
      kind: 'add_insured',
      description: '增加被保险人一名。',
      changes: [{ item: '被保险人人数', before: 2, after: 3 }],
      effectiveAt: new Date(clock),
      insuredAdded: [insuredPerson('新成员')],
      patch: { premiumFen: made.policy.premiumFen + 3000 },
      premiumChangeFen: 3000,
    });
    const newEnd = new Date(made.policy.endsAt.getTime() + 30 * 86_400_000);
    const second = await endorsePolicy(t.ctx, SYSTEM_ACTOR, {
      policyId: made.policy.id,
      kind: 'change_period',
      description: '保险期间延长 30 天。',
      changes: [{ item: '保险止期', before: made.policy.endsAt.toISOString(), after: newEnd.toISOString() }],
      effectiveAt: new Date(clock),
      patch: { endsAt: newEnd },
    });
    expect([first.endorsement.seq, second.endorsement.seq]).toEqual([1, 2]);
    expect(first.endorsement.endorsementNo).toMatch(/^PETR\d{14}$/);
    const policy = (await findPolicy(t.ctx.db, made.policy.id))!;
    expect(policy).toMatchObject({
      status: 'endorsed',
      version: 3,
      premiumFen: made.policy.premiumFen + 3000,
      endsAt: newEnd,
    });
    const rows = await t.ctx.db.select().from(endorsements).where(eq(endorsements.policyId, made.policy.id));
    expect(rows).toHaveLength(2);
    const docs = await t.ctx.db.select().from(documents).where(eq(documents.policyId, made.policy.id));
    expect(docs.map((d) => `${d.kind}:${d.version}`).sort()).toEqual([
      'endorsement:2',
      'endorsement:3',
      'policy:1',
    ]);
    // Extending cover extends the retention of the policy's earlier documents too.
    expect(new Set(docs.map((d) => d.retentionUntil.getTime())).size).toBe(1);
    const pdf = await documentBytes(t, first.document.id);
    expect(pdfsigVerdict(pdf).valid).toBe(true);
    const text = poppler('pdftotext', pdf).replace(/\s+/g, '');
    expect(text).toContain(first.endorsement.endorsementNo);
    expect(text).toContain(made.policy.policyNo);
    expect(text).toContain('增加被保险人一名');
  });

  it('refuses bad input without writing anything', async () => {
    const before = await documentState(t);
    await expect(makePolicy(t, { insurerOrgId: cast.enterprise.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(makePolicy(t, { insurerOrgId: cast.insurer.id, premiumFen: -1 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      makePolicy(t, {
        insurerOrgId: cast.insurer.id,
        holder: { name: '张三', idType: 'unknown', idNumber: '1' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await documentState(t)).toEqual(before);
  });
});
