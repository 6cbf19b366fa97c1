import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AuthUser } from '../src/platform/access.js';
import type { Tx } from '../src/platform/db/index.js';
import {
  approveStep,
  openApprovalRequest,
  rejectStep,
  returnStep,
  submitForApproval,
  timelineOf,
  type ApprovalChain,
  type ApprovalTarget,
} from '../src/modules/approvals/index.js';
import { BACKFILL_REMARKS } from '../src/modules/approvals/operations/submit-for-approval.js';
import {
  auditLog,
  exchangeRegistrations,
  organizations,
  products,
  productVersions,
  users,
} from '../src/tables.js';
import { snapshot } from './accounts-support.js';
import { productContent } from './exchange-products-support.js';
import {
  createOrg,
  createTestApp,
  createUser,
  seedBasics,
  sessionFor,
  type TestApp,
  type TestUser,
} from './helpers.js';

/** The union's chain (SPEC §4): a base unit submits, its agency office, then HQ decides. */
const UNION_CHAIN: ApprovalChain = {
  code: 'union.member-change',
  submitRoles: ['union_base_operator'],
  levels: [
    {
      key: 'agency',
      label: { zh: '代办处审核', en: 'Agency review' },
      org: { type: 'union_agency' },
      roles: ['union_agency_operator'],
    },
    {
      key: 'hq',
      label: { zh: '总会审批', en: 'HQ approval' },
      org: { type: 'union_hq' },
      roles: ['union_hq_operator'],
    },
  ],
};

const APPROVAL_TABLES = ['approval_requests', 'approval_steps', 'audit_log'];

let t: TestApp;
let clock = new Date();
const tick = () => (clock = new Date(clock.getTime() + 60_000));

type Org = Awaited<ReturnType<typeof createOrg>>;
let hq: Org, agencyA: Org, agencyB: Org, baseA1: Org, baseA2: Org, baseB1: Org;
let base1: AuthUser, base2: AuthUser, agencyOpA: AuthUser, agencyOpB: AuthUser, hqOp: AuthUser;
let people: Record<string, TestUser> = {};

async function authOf(u: TestUser, org: Org | null): Promise<AuthUser> {
  const [row] = await t.ctx.db.select({ name: users.displayName }).from(users).where(eq(users.id, u.id));
  return {
    id: u.id,
    username: u.username,
    displayName: row!.name,
    role: u.role,
    orgId: org?.id ?? null,
    orgPath: org?.path ?? null,
    orgType: org?.type ?? null,
  };
}

const run = <T>(fn: (tx: Tx) => Promise<T>) => t.ctx.db.transaction(fn);
const target = (id: string, owner = baseA1): ApprovalTarget => ({
  subject: { type: 'union.member-change', id },
  ownerOrgId: owner.id,
  line: 'MUTUAL_AID',
  chain: UNION_CHAIN,
});

/** The call is refused with this status and message, and no approval or audit row changed. */
async function refused(fn: (tx: Tx) => Promise<unknown>, status: number, message: string | RegExp) {
  const before = await snapshot(t, APPROVAL_TABLES);
  const error = await run(fn).then(
    () => null,
    (e: unknown) => e as { status: number; message: string },
  );
  expect(error, 'the call should have been refused').not.toBeNull();
  expect(error!.status).toBe(status);
  if (typeof message === 'string') expect(error!.message).toBe(message);
  else expect(error!.message).toMatch(message);
  expect(await snapshot(t, APPROVAL_TABLES)).toEqual(before);
}

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  const platform = await createOrg(t, { type: 'platform' });
  hq = await createOrg(t, { type: 'union_hq', parentId: platform.id, name: '测试总工会' });
  agencyA = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '东城代办处' });
  agencyB = await createOrg(t, { type: 'union_agency', parentId: hq.id, name: '西城代办处' });
  baseA1 = await createOrg(t, { type: 'union_base', parentId: agencyA.id, name: '甲厂工会' });
  baseA2 = await createOrg(t, { type: 'union_base', parentId: agencyA.id, name: '乙厂工会' });
  baseB1 = await createOrg(t, { type: 'union_base', parentId: agencyB.id, name: '丙厂工会' });
  people = {
    base1: await createUser(t, { role: 'union_base_operator', orgId: baseA1.id }),
    base2: await createUser(t, { role: 'union_base_operator', orgId: baseA2.id }),
    baseB: await createUser(t, { role: 'union_base_operator', orgId: baseB1.id }),
    agencyA: await createUser(t, { role: 'union_agency_operator', orgId: agencyA.id }),
    agencyB: await createUser(t, { role: 'union_agency_operator', orgId: agencyB.id }),
    hq: await createUser(t, { role: 'union_hq_operator', orgId: hq.id }),
    individual: await createUser(t, { role: 'individual' }),
  };
  base1 = await authOf(people.base1!, baseA1);
  base2 = await authOf(people.base2!, baseA2);
  agencyOpA = await authOf(people.agencyA!, agencyA);
  agencyOpB = await authOf(people.agencyB!, agencyB);
  hqOp = await authOf(people.hq!, hq);
});
afterAll(async () => t?.close());

describe('approvals: a request climbing an organization chain (issue 9 item 8)', () => {
  const subjectId = crypto.randomUUID();
  let requestId: string;
  const times: string[] = [];

  it('two levels: submit → agency approves → HQ returns with a reason → resubmit → agency → HQ approves', async () => {
    const at = () => (times.push(tick().toISOString()), clock);
    at();
    const submitted = await run((tx) =>
      submitForApproval(t.ctx, tx, {
        ...target(subjectId),
        by: base1,
        ip: '10.0.0.1',
        remarks: '会员身份证号变更',
      }),
    );
    requestId = submitted.id;
    expect(submitted).toMatchObject({
      status: 'submitted',
      currentLevel: 0,
      ownerOrgId: baseA1.id,
      line: 'MUTUAL_AID',
    });
    // The chain is resolved above the owner when the request opens, and stored with it.
    expect(submitted.levels).toEqual([
      {
        key: 'agency',
        label: UNION_CHAIN.levels[0].label,
        orgId: agencyA.id,
        orgName: '东城代办处',
        roles: ['union_agency_operator'],
      },
      {
        key: 'hq',
        label: UNION_CHAIN.levels[1]!.label,
        orgId: hq.id,
        orgName: '测试总工会',
        roles: ['union_hq_operator'],
      },
    ]);

    at();
    const up = await run((tx) =>
      approveStep(t.ctx, tx, { request: { requestId }, by: agencyOpA, ip: null, reason: '材料齐全' }),
    );
    expect(up).toMatchObject({ status: 'submitted', currentLevel: 1, decidedAt: null });

    at();
    const back = await run((tx) =>
      returnStep(t.ctx, tx, {
        request: { subject: { type: 'union.member-change', id: subjectId } },
        by: hqOp,
        ip: null,
        reason: '缺少公安机关证明',
      }),
    );
    expect(back).toMatchObject({ status: 'returned', currentLevel: null });

    at();
    const again = await run((tx) =>
      submitForApproval(t.ctx, tx, { ...target(subjectId), by: base1, ip: null }),
    );
    expect(again).toMatchObject({ id: requestId, status: 'submitted', currentLevel: 0 });
    at();
    await run((tx) => approveStep(t.ctx, tx, { request: { requestId }, by: agencyOpA, ip: null }));
    at();
    const done = await run((tx) =>
      approveStep(t.ctx, tx, { request: { requestId }, by: hqOp, ip: null, reason: '同意' }),
    );
    expect(done).toMatchObject({ status: 'approved', currentLevel: null, decidedAt: clock.toISOString() });

    const who = (u: AuthUser, org: Org) => ({
      userId: u.id,
      name: u.displayName,
      role: u.role,
      orgId: org.id,
      orgName: org.name,
    });
    expect(done.steps).toEqual([
      {
        seq: 1,
        action: 'submit',
        level: null,
        fromStatus: 'draft',
        toStatus: 'submitted',
        actor: who(base1, baseA1),
        reason: '会员身份证号变更',
        at: times[0],
      },
      {
        seq: 2,
        action: 'approve',
        level: 0,
        fromStatus: 'submitted',
        toStatus: 'submitted',
        actor: who(agencyOpA, agencyA),
        reason: '材料齐全',
        at: times[1],
      },
      {
        seq: 3,
        action: 'return',
        level: 1,
        fromStatus: 'submitted',
        toStatus: 'returned',
        actor: who(hqOp, hq),
        reason: '缺少公安机关证明',
        at: times[2],
      },
      {
        seq: 4,
        action: 'resubmit',
        level: null,
        fromStatus: 'returned',
        toStatus: 'submitted',
        actor: who(base1, baseA1),
        reason: null,
        at: times[3],
      },
      {
        seq: 5,
        action: 'approve',
        level: 0,
        fromStatus: 'submitted',
        toStatus: 'submitted',
        actor: who(agencyOpA, agencyA),
        reason: null,
        at: times[4],
      },
      {
        seq: 6,
        action: 'approve',
        level: 1,
        fromStatus: 'submitted',
        toStatus: 'approved',
        actor: who(hqOp, hq),
        reason: '同意',
        at: times[5],
      },
    ]);

    // Stored, not derived: renaming the unit later leaves the recorded name in the timeline.
    await t.ctx.db
      .update(organizations)
      .set({ name: '甲厂工会（更名）' })
      .where(eq(organizations.id, baseA1.id));
    const read = await timelineOf(t.ctx.db, { kind: 'all' }, { type: 'union.member-change', id: subjectId });
    expect(read!.steps[0]!.actor.orgName).toBe('甲厂工会');
    await t.ctx.db.update(organizations).set({ name: '甲厂工会' }).where(eq(organizations.id, baseA1.id));
  });

  it('writes one audit row per step, in the same transaction as the step', async () => {
    const rows = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'approval_request'), eq(auditLog.entityId, requestId)))
      .orderBy(asc(auditLog.seq));
    expect(rows.map((r) => [r.action, r.actorUserId])).toEqual([
      ['approval.submit', base1.id],
      ['approval.approve', agencyOpA.id],
      ['approval.return', hqOp.id],
      ['approval.resubmit', base1.id],
      ['approval.approve', agencyOpA.id],
      ['approval.approve', hqOp.id],
    ]);
    expect(rows[0]!.ip).toBe('10.0.0.1');
    expect(rows[2]!.detail).toMatchObject({
      subjectType: 'union.member-change',
      subjectId,
      level: 1,
      levelLabel: '总会审批',
      status: 'returned',
      reason: '缺少公安机关证明',
    });
  });

  it('reads the timeline over HTTP within the data scope: other organizations get 404 or nothing', async () => {
    const as = async (key: string) => sessionFor(t, people[key]!);
    const byId = async (key: string) =>
      t.request({ method: 'GET', url: `/api/approvals/${requestId}`, as: await as(key) });
    expect((await t.request({ method: 'GET', url: `/api/approvals/${requestId}` })).statusCode).toBe(401);
    for (const key of ['base1', 'agencyA', 'hq']) {
      const res = await byId(key);
      expect(res.statusCode, `${key}: ${res.body}`).toBe(200);
      expect(res.json().steps).toHaveLength(6);
    }
    for (const key of ['base2', 'baseB', 'agencyB', 'individual']) {
      const res = await byId(key);
      expect(res.statusCode, key).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '审批申请不存在' });
    }
    const bySubject = async (key: string) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/approvals?subjectType=union.member-change&subjectId=${subjectId}`,
          as: await as(key),
        })
      ).json().items;
    expect((await bySubject('agencyA')).map((r: { id: string }) => r.id)).toEqual([requestId]);
    expect(await bySubject('agencyB')).toEqual([]);
    const bad = await t.request({
      method: 'GET',
      url: `/api/approvals?subjectType=x&subjectId=${subjectId}`,
      as: await as('hq'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('审批对象类型格式不正确');
  });

  it('a user acts only at the level whose organization is in their scope and with its role; others 404 or 403', async () => {
    const id = crypto.randomUUID();
    const req = await run((tx) => submitForApproval(t.ctx, tx, { ...target(id), by: base1, ip: null }));
    const approve = (by: AuthUser) => (tx: Tx) =>
      approveStep(t.ctx, tx, { request: { requestId: req.id }, by, ip: null });
    // Another agency, a sibling base unit: the request is not theirs to see.
    await refused(approve(agencyOpB), 404, '审批申请不存在');
    await refused(approve(base2), 404, '审批申请不存在');
    // The submitter sees it but is not the agency; HQ has the agency in scope but not its role.
    await refused(approve(base1), 403, '当前审批环节为「代办处审核」（东城代办处），您无权办理');
    await refused(approve(hqOp), 403, '当前审批环节为「代办处审核」（东城代办处），您无权办理');
    await run(approve(agencyOpA));
    // The agency cannot act at HQ's level, which lies above its scope.
    await refused(approve(agencyOpA), 403, '当前审批环节为「总会审批」（测试总工会），您无权办理');
    await refused(
      (tx) => returnStep(t.ctx, tx, { request: { requestId: req.id }, by: base1, ip: null, reason: '撤回' }),
      403,
      /总会审批/,
    );
    // Submitting: only the chain's submit roles, only for an organization in scope.
    await refused(
      (tx) => submitForApproval(t.ctx, tx, { ...target(crypto.randomUUID()), by: hqOp, ip: null }),
      403,
      '您的角色不能提交此审批申请',
    );
    const baseB = await authOf(people.baseB!, baseB1);
    await refused(
      (tx) => submitForApproval(t.ctx, tx, { ...target(crypto.randomUUID()), by: baseB, ip: null }),
      404,
      '审批对象不存在',
    );
  });

  it('refuses an out-of-order action with one Chinese reason and changes nothing', async () => {
    const draftId = crypto.randomUUID();
    const draft = await run((tx) => openApprovalRequest(t.ctx, tx, target(draftId)));
    expect(draft.status).toBe('draft');
    const ref = { request: { requestId: draft.id }, ip: null };
    await refused(
      (tx) => returnStep(t.ctx, tx, { ...ref, by: agencyOpA, reason: '不需要' }),
      409,
      '审批申请当前状态为「草稿」，不能退回',
    );
    await refused(
      (tx) => approveStep(t.ctx, tx, { ...ref, by: agencyOpA }),
      409,
      '审批申请当前状态为「草稿」，不能审批通过',
    );

    await run((tx) => submitForApproval(t.ctx, tx, { ...target(draftId), by: base1, ip: null }));
    await refused(
      (tx) => submitForApproval(t.ctx, tx, { ...target(draftId), by: base1, ip: null }),
      409,
      '审批申请当前状态为「审批中」，不能提交',
    );
    await refused(
      (tx) => returnStep(t.ctx, tx, { ...ref, by: agencyOpA, reason: '  ' }),
      400,
      '请填写退回原因',
    );
    await refused(
      (tx) => rejectStep(t.ctx, tx, { ...ref, by: agencyOpA, reason: '长'.repeat(501) }),
      400,
      '驳回原因不超过 500 个字',
    );
    await run((tx) => approveStep(t.ctx, tx, { ...ref, by: agencyOpA }));
    await run((tx) => approveStep(t.ctx, tx, { ...ref, by: hqOp }));
    await refused(
      (tx) => approveStep(t.ctx, tx, { ...ref, by: hqOp }),
      409,
      '审批申请当前状态为「已通过」，不能审批通过',
    );
    await refused(
      (tx) => returnStep(t.ctx, tx, { ...ref, by: hqOp, reason: '再看看' }),
      409,
      '审批申请当前状态为「已通过」，不能退回',
    );
    await refused(
      (tx) => submitForApproval(t.ctx, tx, { ...target(draftId), by: base1, ip: null }),
      409,
      '审批申请当前状态为「已通过」，不能提交',
    );

    // A rejection is final as well.
    const rejectedId = crypto.randomUUID();
    const r = await run((tx) => submitForApproval(t.ctx, tx, { ...target(rejectedId), by: base1, ip: null }));
    await run((tx) =>
      rejectStep(t.ctx, tx, { request: { requestId: r.id }, by: agencyOpA, ip: null, reason: '不符合条件' }),
    );
    await refused(
      (tx) => submitForApproval(t.ctx, tx, { ...target(rejectedId), by: base1, ip: null }),
      409,
      '审批申请当前状态为「已驳回」，不能提交',
    );
  });

  it('refuses to open a request whose owner has no organization for a level, writing nothing', async () => {
    const [platform] = await t.ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, hq.path.split('/')[1]!));
    const loose = await createOrg(t, { type: 'union_base', parentId: platform!.id, name: '无上级工会' });
    const looseOp = await authOf(
      await createUser(t, { role: 'union_base_operator', orgId: loose.id }),
      loose,
    );
    await refused(
      (tx) => submitForApproval(t.ctx, tx, { ...target(crypto.randomUUID(), loose), by: looseOp, ip: null }),
      409,
      '「无上级工会」没有可办理「代办处审核」的上级机构，无法提交审批，请联系管理员',
    );
  });
});

describe('approvals for registrations and listings submitted before approvals existed', () => {
  const MIGRATION = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../drizzle/0010_approvals.sql',
  );
  /** The data statements of migration 0010 (its INSERTs), run as the migration runs them. */
  const backfill = async () => {
    const statements = fs
      .readFileSync(MIGRATION, 'utf8')
      .split('--> statement-breakpoint')
      .filter((s) => s.includes('INSERT INTO'));
    expect(statements).toHaveLength(4);
    for (const statement of statements) await t.ctx.db.execute(sql.raw(statement));
  };

  it('migration 0010 opens a request for each pending registration and version; they stay reviewable', async () => {
    const { platform, admin } = await seedBasics(t);
    const asAdmin = await sessionFor(t, admin);
    const past = new Date('2026-11-20T02:00:00Z');
    // Rows as the code before approvals wrote them: no request.
    const company = await createOrg(t, {
      type: 'enterprise',
      parentId: platform.id,
      status: 'pending',
      name: '旧注册企业',
    });
    const operator = await createUser(t, {
      role: 'enterprise_operator',
      orgId: company.id,
      status: 'pending',
    });
    const [reg] = await t.ctx.db
      .insert(exchangeRegistrations)
      .values({
        orgId: company.id,
        userId: operator.id,
        companyName: company.name,
        creditCode: null,
        email: 'old@company.example.com',
        contactName: '王五',
        contactMobile: '13911112222',
        createdAt: past,
      })
      .returning({ id: exchangeRegistrations.id });
    const decided = await t.ctx.db
      .insert(exchangeRegistrations)
      .values({
        orgId: company.id,
        userId: operator.id,
        companyName: '已驳回企业',
        email: 'x@company.example.com',
        contactName: '赵六',
        contactMobile: '13911113333',
        status: 'rejected',
      })
      .returning({ id: exchangeRegistrations.id });
    const insurer = await createOrg(t, { type: 'insurer', parentId: platform.id, name: '旧保险公司' });
    const staff = await createUser(t, { role: 'insurer_staff', orgId: insurer.id });
    const [product] = await t.ctx.db
      .insert(products)
      .values({ code: `OLD-${Date.now()}`, name: '旧产品', line: 'TAX_HEALTH', insurerOrgId: insurer.id })
      .returning({ id: products.id });
    const [version] = await t.ctx.db
      .insert(productVersions)
      .values({
        productId: product!.id,
        version: 1,
        content: productContent(),
        submittedBy: staff.id,
        createdAt: past,
      })
      .returning({ id: productVersions.id });

    await backfill();
    const counts = await snapshot(t, ['approval_requests', 'approval_steps']);
    await backfill(); // nothing twice
    expect(await snapshot(t, ['approval_requests', 'approval_steps'])).toEqual(counts);

    const regTimeline = await timelineOf(
      t.ctx.db,
      { kind: 'all' },
      { type: 'exchange.registration', id: reg!.id },
    );
    expect(regTimeline).toMatchObject({ status: 'submitted', ownerOrgId: company.id, line: 'TAX_HEALTH' });
    expect(regTimeline!.levels).toEqual([
      {
        key: 'exchange',
        label: { zh: '交易所审核', en: 'Exchange review' },
        orgId: platform.id,
        orgName: platform.name,
        roles: ['exchange_admin'],
      },
    ]);
    expect(regTimeline!.steps).toEqual([
      expect.objectContaining({
        action: 'submit',
        actor: {
          userId: operator.id,
          name: '王五',
          role: 'enterprise_operator',
          orgId: company.id,
          orgName: '旧注册企业',
        },
        reason: BACKFILL_REMARKS,
        at: past.toISOString(),
      }),
    ]);
    expect(
      await timelineOf(t.ctx.db, { kind: 'all' }, { type: 'exchange.registration', id: decided[0]!.id }),
    ).toBeNull();
    const listing = await timelineOf(t.ctx.db, { kind: 'all' }, { type: 'product.listing', id: product!.id });
    expect(listing!.steps).toEqual([
      expect.objectContaining({
        action: 'submit',
        actor: expect.objectContaining({
          userId: staff.id,
          role: 'insurer_staff',
          orgId: insurer.id,
          orgName: '旧保险公司',
        }),
        at: past.toISOString(),
      }),
    ]);

    const ok = await t.request({
      method: 'POST',
      url: `/api/admin/registrations/${reg!.id}/approve`,
      as: asAdmin,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const approved = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${version!.id}/approve`,
      as: asAdmin,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    for (const subject of [
      { type: 'exchange.registration', id: reg!.id },
      { type: 'product.listing', id: product!.id },
    ]) {
      const after = await timelineOf(t.ctx.db, { kind: 'all' }, subject);
      expect(after!.status).toBe('approved');
      expect(after!.steps.map((s) => [s.action, s.actor.userId])).toEqual([
        ['submit', expect.any(String)],
        ['approve', admin.id],
      ]);
    }
  });

  it('a pending version left without a request (an older backup restored) gets one when reviewed', async () => {
    const { platform, admin } = await seedBasics(t);
    const insurer = await createOrg(t, { type: 'insurer', parentId: platform.id, name: '恢复保险公司' });
    const staff = await createUser(t, { role: 'insurer_staff', orgId: insurer.id });
    const past = new Date('2026-11-25T08:30:00Z');
    const [product] = await t.ctx.db
      .insert(products)
      .values({ code: `RST-${Date.now()}`, name: '恢复产品', line: 'TAX_HEALTH', insurerOrgId: insurer.id })
      .returning({ id: products.id });
    const [version] = await t.ctx.db
      .insert(productVersions)
      .values({ productId: product!.id, version: 1, content: {}, submittedBy: staff.id, createdAt: past })
      .returning({ id: productVersions.id });
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/product-listings/${version!.id}/reject`,
      payload: { reason: '条款缺失' },
      as: await sessionFor(t, admin),
    });
    expect(res.statusCode, res.body).toBe(200);
    const timeline = await timelineOf(
      t.ctx.db,
      { kind: 'all' },
      { type: 'product.listing', id: product!.id },
    );
    expect(timeline!.status).toBe('returned');
    expect(timeline!.steps.map((s) => [s.action, s.actor.userId, s.reason, s.at])).toEqual([
      ['submit', staff.id, BACKFILL_REMARKS, past.toISOString()],
      ['return', admin.id, '条款缺失', clock.toISOString()],
    ]);
    const audited = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'approval_request'), eq(auditLog.entityId, timeline!.id)))
      .orderBy(asc(auditLog.seq));
    expect(audited.map((a) => a.action)).toEqual(['approval.submit', 'approval.return']);
  });
});
