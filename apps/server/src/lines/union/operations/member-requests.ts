import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  birthAndGenderOf,
  maskIdNumber,
  maskName,
  validatePersonName,
  validateResidentId,
} from '@policyhub/domain';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { actorOf, assertRole, scopeCondition, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { organizations } from '../../../platform/identity/tables.js';
import {
  approveStep,
  returnStep,
  submitForApproval,
  timelineOf,
  type ApprovalRequestView,
} from '../../../modules/approvals/index.js';
import { nextBusinessNumber, normalizeIdNumber } from '../../../modules/policies/index.js';
import { findMemberById, findMemberAnywhere } from '../members-repository.js';
import { unionMemberRequests, unionMembers } from '../tables.js';
import { BASE_ROLES, findUnit, unionScopeOf } from '../units.js';
import { memberChangeChain, memberRequestSubject, memberTransferChain } from '../member-request-approval.js';
import type {
  MemberRequestKind,
  MemberRequestStatus,
  ZMemberRequest,
  ZTransferCandidate,
} from '../member-query-schemas.js';

export type MemberRequestView = z.output<typeof ZMemberRequest>;
type RequestRow = typeof unionMemberRequests.$inferSelect;

const OPEN: MemberRequestStatus[] = ['new', 'submitted', 'returned'];
const KIND_LABEL: Record<MemberRequestKind, string> = { change: '会员变更', transfer: '调入调出' };

function chainOf(kind: MemberRequestKind) {
  return kind === 'change' ? memberChangeChain : memberTransferChain;
}

async function views(ctx: AppContext, executor: Executor, rows: RequestRow[]): Promise<MemberRequestView[]> {
  if (rows.length === 0) return [];
  const memberIds = [...new Set(rows.map((r) => r.memberId))];
  const members = await executor
    .select({
      id: unionMembers.id,
      memberNo: unionMembers.memberNo,
      name: unionMembers.name,
      masked: unionMembers.idNumberMasked,
    })
    .from(unionMembers)
    .where(inArray(unionMembers.id, memberIds));
  const byMember = new Map(members.map((m) => [m.id, m]));
  const orgIds = [...new Set(rows.flatMap((r) => [r.fromUnitOrgId, r.toUnitOrgId]))];
  const orgs = await executor
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, orgIds));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const out: MemberRequestView[] = [];
  for (const r of rows) {
    const m = byMember.get(r.memberId);
    const approval = r.approvalId
      ? await timelineOf(executor, { kind: 'all' }, memberRequestSubject(r.id))
      : null;
    const lastDecision = approval?.steps.filter((s) => s.action === 'return' || s.action === 'reject').at(-1);
    const status = r.status as MemberRequestStatus;
    // A transfer shows the person masked until it is approved: the receiving unit does not hold them yet.
    const name = m ? (r.kind === 'transfer' && status !== 'approved' ? maskName(m.name) : m.name) : '';
    out.push({
      id: r.id,
      requestNo: r.requestNo,
      kind: r.kind as MemberRequestKind,
      memberId: r.memberId,
      memberNo: m?.memberNo ?? '',
      memberName: name,
      idNumberMasked: m?.masked ?? '',
      fromUnitName: orgName.get(r.fromUnitOrgId) ?? null,
      toUnitName: orgName.get(r.toUnitOrgId) ?? null,
      newName: r.newName,
      newIdNumberMasked: r.newIdNumberMasked,
      reason: r.reason,
      status,
      returnReason: status === 'returned' || status === 'rejected' ? (lastDecision?.reason ?? null) : null,
      waitingAt:
        status === 'submitted' && approval && approval.currentLevel !== null
          ? (approval.levels[approval.currentLevel]?.label.zh ?? null)
          : null,
      approvalId: r.approvalId,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    });
  }
  return out;
}

/** Requests are owned by the unit that made them (a transfer's receiving unit, a change's unit). */
function requestScope(user: AuthUser): SQL {
  return scopeCondition(unionScopeOf(user), { orgIdColumn: unionMemberRequests.toUnitOrgId });
}

async function requestOr404(executor: Executor, user: AuthUser, id: string, forUpdate = false) {
  const q = executor
    .select()
    .from(unionMemberRequests)
    .where(and(eq(unionMemberRequests.id, id), requestScope(user)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('申请');
  return row;
}

export async function listMemberRequests(
  ctx: AppContext,
  user: AuthUser,
  query: { kind: MemberRequestKind; status?: MemberRequestStatus },
): Promise<MemberRequestView[]> {
  const rows = await ctx.db
    .select()
    .from(unionMemberRequests)
    .where(
      and(
        requestScope(user),
        eq(unionMemberRequests.kind, query.kind),
        query.status ? eq(unionMemberRequests.status, query.status) : undefined,
      ),
    )
    .orderBy(desc(unionMemberRequests.createdAt))
    .limit(200);
  return views(ctx, ctx.db, rows);
}

export async function getMemberRequest(ctx: AppContext, user: AuthUser, id: string) {
  const row = await requestOr404(ctx.db, user, id);
  return (await views(ctx, ctx.db, [row]))[0]!;
}

async function assertNoOpenRequest(
  executor: Executor,
  memberId: string,
  kind: MemberRequestKind,
  except?: string,
) {
  const open = await executor
    .select({ id: unionMemberRequests.id, no: unionMemberRequests.requestNo })
    .from(unionMemberRequests)
    .where(
      and(
        eq(unionMemberRequests.memberId, memberId),
        eq(unionMemberRequests.kind, kind),
        inArray(unionMemberRequests.status, OPEN),
      ),
    );
  const other = open.find((o) => o.id !== except);
  if (other)
    throw new AppError('CONFLICT', {
      message: `该会员已有办理中的${KIND_LABEL[kind]}申请（${other.no}），请先办理完该申请`,
    });
}

type ChangeFields = { newName: string | null; newId: string | null };

/** The new name / ID number of a change, checked: at least one, different, valid, not another member's. */
async function checkChange(
  ctx: AppContext,
  executor: Executor,
  member: { id: string; name: string; idNumberIdx: string },
  body: { newName?: string; newIdNumber?: string; reason: string },
): Promise<ChangeFields> {
  if (!body.reason) throw new AppError('VALIDATION_FAILED', { message: '请填写变更理由' });
  let newName: string | null = null;
  let newId: string | null = null;
  if (body.newName) {
    const name = validatePersonName(body.newName);
    if (!name.ok) throw new AppError('VALIDATION_FAILED', { message: `新姓名：${name.reason}` });
    if (name.value !== member.name) newName = name.value;
  }
  if (body.newIdNumber) {
    const id = validateResidentId(normalizeIdNumber(body.newIdNumber));
    if (!id.ok) throw new AppError('VALIDATION_FAILED', { message: `新证件号：${id.reason}` });
    const idx = ctx.crypto.blindIndex(id.value);
    if (idx !== member.idNumberIdx) {
      const [taken] = await executor
        .select({ id: unionMembers.id })
        .from(unionMembers)
        .where(eq(unionMembers.idNumberIdx, idx));
      if (taken) throw new AppError('CONFLICT', { message: '新证件号已是其他会员的证件号，不能变更' });
      newId = id.value;
    }
  }
  if (!newName && !newId)
    throw new AppError('VALIDATION_FAILED', { message: '请填写与现有信息不同的新姓名或新证件号' });
  return { newName, newId };
}

function changeColumns(ctx: AppContext, f: ChangeFields) {
  return {
    newName: f.newName,
    newIdNumberEnc: f.newId ? ctx.crypto.encrypt(f.newId) : null,
    newIdNumberIdx: f.newId ? ctx.crypto.blindIndex(f.newId) : null,
    newIdNumberMasked: f.newId ? maskIdNumber(f.newId) : null,
  };
}

/** 会员变更【保存】: a base unit's request (status 新建) to change its member's name or ID number. */
export async function createMemberChange(
  ctx: AppContext,
  user: AuthUser,
  body: { memberId: string; newName?: string; newIdNumber?: string; reason: string },
  ip: string | null,
): Promise<MemberRequestView> {
  assertRole(user, BASE_ROLES);
  return ctx.db.transaction(async (tx) => {
    const member = await findMemberById(tx, unionScopeOf(user), body.memberId, { forUpdate: true });
    if (!member) throw notFound('会员');
    await assertNoOpenRequest(tx, member.id, 'change');
    const fields = await checkChange(ctx, tx, member, body);
    const [row] = await tx
      .insert(unionMemberRequests)
      .values({
        requestNo: await nextBusinessNumber(tx, 'HYBG', ctx.now()),
        kind: 'change',
        memberId: member.id,
        fromUnitOrgId: member.unitOrgId,
        toUnitOrgId: member.unitOrgId,
        ...changeColumns(ctx, fields),
        reason: body.reason,
        status: 'new',
        createdBy: user.id,
      })
      .returning();
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.member-change.create',
      entityType: 'union_member_request',
      entityId: row!.id,
      detail: { memberNo: member.memberNo, name: !!fields.newName, idNumber: !!fields.newId },
    });
    return (await views(ctx, tx, [row!]))[0]!;
  });
}

/** Edits a change while 新建 or 打回 (the returned one is then 【上报】 again). */
export async function updateMemberChange(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  body: { newName?: string; newIdNumber?: string; reason: string },
  ip: string | null,
): Promise<MemberRequestView> {
  assertRole(user, BASE_ROLES);
  return ctx.db.transaction(async (tx) => {
    const row = await requestOr404(tx, user, id, true);
    if (row.kind !== 'change') throw notFound('申请');
    if (row.status !== 'new' && row.status !== 'returned')
      throw new AppError('INVALID_STATE', { message: '只有新建或打回的申请可以修改' });
    const member = await findMemberById(tx, unionScopeOf(user), row.memberId);
    if (!member) throw notFound('会员');
    const fields = await checkChange(ctx, tx, member, body);
    const [after] = await tx
      .update(unionMemberRequests)
      .set({ ...changeColumns(ctx, fields), reason: body.reason })
      .where(eq(unionMemberRequests.id, row.id))
      .returning();
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.member-change.update',
      entityType: 'union_member_request',
      entityId: row.id,
    });
    return (await views(ctx, tx, [after!]))[0]!;
  });
}

/**
 * 【查找】 for 调入调出: the person by 证件号 or 会员号 in ANOTHER unit — only that unit's name and
 * the masked name (the receiving unit does not hold the member's data).
 */
export async function findTransferCandidate(
  ctx: AppContext,
  user: AuthUser,
  key: { memberNo?: string; idNumber?: string },
): Promise<z.output<typeof ZTransferCandidate>> {
  assertRole(user, BASE_ROLES);
  let found: { memberId: string; unitOrgId: string; unitName: string | null } | null = null;
  if (key.idNumber) found = await findMemberAnywhere(ctx.db, ctx.crypto, normalizeIdNumber(key.idNumber));
  else if (key.memberNo) {
    const [row] = await ctx.db
      .select({ memberId: unionMembers.id, unitOrgId: unionMembers.unitOrgId, unitName: organizations.name })
      .from(unionMembers)
      .leftJoin(organizations, eq(organizations.id, unionMembers.unitOrgId))
      .where(eq(unionMembers.memberNo, key.memberNo));
    found = row ?? null;
  } else throw new AppError('VALIDATION_FAILED', { message: '请输入证件号或会员号后再查找' });
  if (!found) throw new AppError('NOT_FOUND', { message: '未找到该会员，如尚未入会请先办理入会' });
  if (found.unitOrgId === user.orgId)
    throw new AppError('CONFLICT', { message: '该会员已在本单位，无需调入' });
  const [m] = await ctx.db
    .select({ name: unionMembers.name })
    .from(unionMembers)
    .where(eq(unionMembers.id, found.memberId));
  return { memberId: found.memberId, unitName: found.unitName, nameMasked: maskName(m!.name) };
}

/** 【提交新建申请】: the receiving unit's 调入调出 request (新建), to be 【上报】. */
export async function createTransfer(
  ctx: AppContext,
  user: AuthUser,
  body: { memberId: string; reason?: string },
  ip: string | null,
): Promise<MemberRequestView> {
  assertRole(user, BASE_ROLES);
  if (!user.orgId || !(await findUnit(ctx.db, user.orgId)))
    throw new AppError('FORBIDDEN', { message: '当前单位不是已登记的基层工会' });
  return ctx.db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: unionMembers.id, unitOrgId: unionMembers.unitOrgId, memberNo: unionMembers.memberNo })
      .from(unionMembers)
      .where(eq(unionMembers.id, body.memberId))
      .for('update');
    if (!member) throw notFound('会员');
    if (member.unitOrgId === user.orgId)
      throw new AppError('CONFLICT', { message: '该会员已在本单位，无需调入' });
    await assertNoOpenRequest(tx, member.id, 'transfer');
    const [row] = await tx
      .insert(unionMemberRequests)
      .values({
        requestNo: await nextBusinessNumber(tx, 'HYDD', ctx.now()),
        kind: 'transfer',
        memberId: member.id,
        fromUnitOrgId: member.unitOrgId,
        toUnitOrgId: user.orgId!,
        reason: body.reason || '调入本单位',
        status: 'new',
        createdBy: user.id,
      })
      .returning();
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.member-transfer.create',
      entityType: 'union_member_request',
      entityId: row!.id,
      detail: { memberNo: member.memberNo, fromUnitOrgId: member.unitOrgId },
    });
    return (await views(ctx, tx, [row!]))[0]!;
  });
}

/** 【上报】 a 新建 or 打回 request up its chain (代办处 → 总会). */
export async function submitMemberRequest(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  ip: string | null,
): Promise<MemberRequestView> {
  assertRole(user, BASE_ROLES);
  return ctx.db.transaction(async (tx) => {
    const row = await requestOr404(tx, user, id, true);
    if (row.status !== 'new' && row.status !== 'returned')
      throw new AppError('INVALID_STATE', { message: '只有新建或打回的申请可以上报' });
    const approval = await submitForApproval(ctx, tx, {
      subject: memberRequestSubject(row.id),
      ownerOrgId: row.toUnitOrgId,
      line: 'MUTUAL_AID',
      chain: chainOf(row.kind as MemberRequestKind),
      by: user,
      ip,
      remarks: row.reason,
    });
    const [after] = await tx
      .update(unionMemberRequests)
      .set({ status: 'submitted', approvalId: approval.id })
      .where(eq(unionMemberRequests.id, row.id))
      .returning();
    return (await views(ctx, tx, [after!]))[0]!;
  });
}

/** The member's change applied on final approval: name and/or ID (re-encrypted, indexed, masked, gender/birth re-derived). */
async function applyChange(
  ctx: AppContext,
  tx: Executor,
  row: RequestRow,
  user: AuthUser,
  ip: string | null,
) {
  const [member] = await tx
    .select()
    .from(unionMembers)
    .where(eq(unionMembers.id, row.memberId))
    .for('update');
  if (!member) throw notFound('会员');
  const set: Partial<typeof unionMembers.$inferInsert> = { updatedAt: ctx.now() };
  if (row.newName) set.name = row.newName;
  if (row.newIdNumberEnc && row.newIdNumberIdx) {
    const [taken] = await tx
      .select({ id: unionMembers.id })
      .from(unionMembers)
      .where(and(eq(unionMembers.idNumberIdx, row.newIdNumberIdx)));
    if (taken && taken.id !== member.id)
      throw new AppError('CONFLICT', { message: '新证件号已是其他会员的证件号，不能批准该变更' });
    const id = ctx.crypto.decrypt(row.newIdNumberEnc);
    const { birthDate, gender } = birthAndGenderOf(id);
    Object.assign(set, {
      idNumberEnc: row.newIdNumberEnc,
      idNumberIdx: row.newIdNumberIdx,
      idNumberMasked: row.newIdNumberMasked!,
      birthDate,
      gender,
    });
  }
  await tx.update(unionMembers).set(set).where(eq(unionMembers.id, member.id));
  await recordAudit(tx, actorOf(user, ip), {
    action: 'union.member.change',
    entityType: 'union_member',
    entityId: member.id,
    detail: {
      requestNo: row.requestNo,
      memberNo: member.memberNo,
      ...(row.newName ? { nameFrom: member.name, nameTo: row.newName } : {}),
      ...(row.newIdNumberMasked ? { idFrom: member.idNumberMasked, idTo: row.newIdNumberMasked } : {}),
    },
  });
}

/**
 * The member moved to the receiving unit on final approval. The 会员编号 is kept (it identifies the
 * person across the platform and on their earlier policies); applications stay with the old unit.
 */
async function applyTransfer(
  ctx: AppContext,
  tx: Executor,
  row: RequestRow,
  user: AuthUser,
  ip: string | null,
) {
  const [member] = await tx
    .select()
    .from(unionMembers)
    .where(eq(unionMembers.id, row.memberId))
    .for('update');
  if (!member) throw notFound('会员');
  if (member.unitOrgId !== row.fromUnitOrgId)
    throw new AppError('CONFLICT', { message: '该会员所在单位已变化，请打回后重新申请' });
  await tx
    .update(unionMembers)
    .set({ unitOrgId: row.toUnitOrgId, updatedAt: ctx.now() })
    .where(eq(unionMembers.id, member.id));
  await recordAudit(tx, actorOf(user, ip), {
    action: 'union.member.transfer',
    entityType: 'union_member',
    entityId: member.id,
    detail: {
      requestNo: row.requestNo,
      memberNo: member.memberNo,
      from: row.fromUnitOrgId,
      to: row.toUnitOrgId,
    },
  });
}

async function lockRequest(tx: Executor, id: string) {
  const [row] = await tx
    .select()
    .from(unionMemberRequests)
    .where(eq(unionMemberRequests.id, id))
    .for('update');
  if (!row) throw notFound('申请');
  return row;
}

/**
 * 审核通过 at the request's current level (agency office, then HQ); on HQ's approval the change or
 * transfer is applied in the same transaction. The approvals module checks scope and role.
 */
export async function approveMemberRequest(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  reason: string | undefined,
  ip: string | null,
): Promise<MemberRequestView> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockRequest(tx, id);
    if (row.status !== 'submitted') {
      // Outside the scope → 404 from approvals; inside, the state is wrong.
      await assertVisibleApproval(tx, user, row.id);
      throw new AppError('INVALID_STATE', { message: '该申请不在审核中' });
    }
    const approval: ApprovalRequestView = await approveStep(ctx, tx, {
      request: { subject: memberRequestSubject(row.id) },
      by: user,
      ip,
      reason: reason ?? null,
    });
    let status: MemberRequestStatus = 'submitted';
    if (approval.status === 'approved') {
      if (row.kind === 'change') await applyChange(ctx, tx, row, user, ip);
      else await applyTransfer(ctx, tx, row, user, ip);
      status = 'approved';
    }
    const [after] = await tx
      .update(unionMemberRequests)
      .set({ status, ...(status === 'approved' ? { decidedAt: ctx.now() } : {}) })
      .where(eq(unionMemberRequests.id, row.id))
      .returning();
    return (await views(ctx, tx, [after!]))[0]!;
  });
}

async function assertVisibleApproval(tx: Executor, user: AuthUser, id: string) {
  const seen = await timelineOf(tx, unionScopeOf(user), memberRequestSubject(id));
  const [own] = await tx
    .select({ id: unionMemberRequests.id })
    .from(unionMemberRequests)
    .where(and(eq(unionMemberRequests.id, id), requestScope(user)));
  if (!seen && !own) throw notFound('申请');
}

/** 打回 with a reason: the unit sees it, edits (a change) and 【上报】 again. */
export async function returnMemberRequest(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  reason: string | undefined,
  ip: string | null,
): Promise<MemberRequestView> {
  return ctx.db.transaction(async (tx) => {
    const row = await lockRequest(tx, id);
    if (row.status !== 'submitted') {
      await assertVisibleApproval(tx, user, row.id);
      throw new AppError('INVALID_STATE', { message: '该申请不在审核中' });
    }
    await returnStep(ctx, tx, {
      request: { subject: memberRequestSubject(row.id) },
      by: user,
      ip,
      reason: reason ?? '',
    });
    const [after] = await tx
      .update(unionMemberRequests)
      .set({ status: 'returned' })
      .where(eq(unionMemberRequests.id, row.id))
      .returning();
    return (await views(ctx, tx, [after!]))[0]!;
  });
}
