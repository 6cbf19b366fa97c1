import { and, eq, ne } from 'drizzle-orm';
import { beijingDate, maskIdNumber, maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { AuthUser } from '../../../platform/access.js';
import { actorOf, assertRole } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { findMemberAnywhere, findMemberById, type MemberRow } from '../members-repository.js';
import {
  checkEnrollmentAge,
  checkMemberIdNumber,
  checkMemberMobile,
  checkMemberName,
} from '../member-rules.js';
import { unionMembers } from '../tables.js';
import { BASE_ROLES, findUnit, nextMemberNos, unionScopeOf, type UnitRow } from '../units.js';
import type { MemberBody, MemberView } from '../members-schemas.js';
import { memberView } from './list-members.js';

/** Purpose of an uploaded over-age approval document (超龄参保证明). */
export const OVER_AGE_FILE_PURPOSE = 'union.over-age';

function invalid(message: string, field: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: { field } });
}

/** The base unit the operator works for (a registered union unit), or a clear refusal. */
export async function operatorUnit(executor: Executor, user: AuthUser): Promise<UnitRow> {
  assertRole(user, BASE_ROLES);
  const unit = user.orgId ? await findUnit(executor, user.orgId) : null;
  if (!unit)
    throw new AppError('VALIDATION_FAILED', { message: '当前单位不是已登记的基层工会，不能办理入会' });
  return unit;
}

/** Where else a person is a member, as the message that names the unit (MA-5). */
export function alreadyMemberMessage(
  found: { unitOrgId: string; unitNo: string | null; unitName: string | null },
  unitOrgId: string,
): string {
  const where = `${found.unitName ?? '其他单位'}${found.unitNo ? `（单位编号 ${found.unitNo}）` : ''}`;
  return found.unitOrgId === unitOrgId
    ? `此人已是本单位会员（${where}），不能重复入会`
    : `此人已是${where}的会员，不能重复入会；如已调动工作，请办理调入调出（【创建调入调出申请】）`;
}

type CheckedMember = {
  name: string;
  idNumber: string;
  gender: 'M' | 'F';
  birthDate: string;
  mobile: string;
  extra: Record<string, string>;
  overAgeFileId: string | null;
};

/** Validates a member form (the seed's rules, age on today, the over-age document) without writing. */
async function checkMemberBody(
  ctx: AppContext,
  executor: Executor,
  unit: UnitRow,
  body: MemberBody,
): Promise<CheckedMember> {
  const name = checkMemberName(body.name);
  if (!name.ok) throw invalid(name.reason, 'name');
  const id = checkMemberIdNumber(body.idNumber);
  if (!id.ok) throw invalid(id.reason, 'idNumber');
  const mobile = checkMemberMobile(body.mobile);
  if (!mobile.ok) throw invalid(mobile.reason, 'mobile');
  let overAgeFileId: string | null = null;
  if (body.overAgeFileId) {
    const file = await ctx.files.getMeta(executor, body.overAgeFileId);
    if (!file || file.purpose !== OVER_AGE_FILE_PURPOSE || file.ownerOrgId !== unit.orgId)
      throw invalid('超龄审批证明不存在，请重新上传', 'overAgeFileId');
    overAgeFileId = file.id;
  }
  const { result, person } = checkEnrollmentAge(id.value, beijingDate(ctx.now()), overAgeFileId !== null);
  if (!result.ok)
    throw new AppError('VALIDATION_FAILED', {
      message: result.reason,
      details: { field: 'idNumber', code: result.code },
    });
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(body.extra ?? {})) if (value) extra[key] = value;
  return {
    name: name.value,
    idNumber: id.value,
    ...person,
    mobile: mobile.value,
    extra,
    // An in-window member keeps no over-age document.
    overAgeFileId: result.value === 'over-age-approved' ? overAgeFileId : null,
  };
}

/** 【添加】→【保存…】: a new member (新建) in the operator's unit, numbered from the unit's counter. */
export async function enrollMember(
  ctx: AppContext,
  user: AuthUser,
  body: MemberBody,
  ip: string | null,
): Promise<MemberView> {
  return ctx.db.transaction(async (tx) => {
    const unit = await operatorUnit(tx, user);
    const m = await checkMemberBody(ctx, tx, unit, body);
    const found = await findMemberAnywhere(tx, ctx.crypto, m.idNumber);
    if (found) throw new AppError('CONFLICT', { message: alreadyMemberMessage(found, unit.orgId) });
    const [memberNo] = await nextMemberNos(tx, unit.orgId);
    const [row] = await tx
      .insert(unionMembers)
      .values({
        memberNo: memberNo!,
        unitOrgId: unit.orgId,
        name: m.name,
        idNumberEnc: ctx.crypto.encrypt(m.idNumber),
        idNumberIdx: ctx.crypto.blindIndex(m.idNumber),
        idNumberMasked: maskIdNumber(m.idNumber),
        gender: m.gender,
        birthDate: m.birthDate,
        mobileEnc: m.mobile ? ctx.crypto.encrypt(m.mobile) : null,
        mobileMasked: m.mobile ? maskMobile(m.mobile) : null,
        extra: m.extra,
        overAgeFileId: m.overAgeFileId,
        createdBy: user.id,
      })
      .returning({ id: unionMembers.id });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.member_create',
      entityType: 'union_member',
      entityId: row!.id,
      detail: { memberNo, unitNo: unit.unitNo, overAge: m.overAgeFileId !== null },
    });
    const created = await findMemberById(tx, unionScopeOf(user), row!.id);
    return memberView(created!);
  });
}

/** A member of the operator's unit in 新建/打回 for a change, locked; another unit's is 404. */
async function editableMember(tx: Executor, user: AuthUser, id: string, what: string): Promise<MemberRow> {
  const member = await findMemberById(tx, unionScopeOf(user), id, { forUpdate: true });
  if (!member) throw new AppError('NOT_FOUND', { message: '会员不存在' });
  assertRole(user, BASE_ROLES);
  if (member.status !== 'new' && member.status !== 'returned')
    throw new AppError('INVALID_STATE', {
      message: `会员处于“${member.status === 'submitted' ? '上报' : '财务确认'}”状态，只有新建或打回的会员可以${what}`,
    });
  return member;
}

/** 修改 a member in 新建/打回 (the member number stays). */
export async function updateMember(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  body: MemberBody,
  ip: string | null,
): Promise<MemberView> {
  return ctx.db.transaction(async (tx) => {
    const member = await editableMember(tx, user, id, '修改');
    const unit = await operatorUnit(tx, user);
    const m = await checkMemberBody(ctx, tx, unit, {
      ...body,
      overAgeFileId: body.overAgeFileId ?? member.overAgeFileId ?? undefined,
    });
    const idx = ctx.crypto.blindIndex(m.idNumber);
    if (idx !== member.idNumberIdx) {
      const [other] = await tx
        .select({ id: unionMembers.id })
        .from(unionMembers)
        .where(and(eq(unionMembers.idNumberIdx, idx), ne(unionMembers.id, member.id)));
      if (other) {
        const found = await findMemberAnywhere(tx, ctx.crypto, m.idNumber);
        throw new AppError('CONFLICT', { message: alreadyMemberMessage(found!, unit.orgId) });
      }
    }
    await tx
      .update(unionMembers)
      .set({
        name: m.name,
        idNumberEnc: ctx.crypto.encrypt(m.idNumber),
        idNumberIdx: idx,
        idNumberMasked: maskIdNumber(m.idNumber),
        gender: m.gender,
        birthDate: m.birthDate,
        mobileEnc: m.mobile ? ctx.crypto.encrypt(m.mobile) : null,
        mobileMasked: m.mobile ? maskMobile(m.mobile) : null,
        extra: m.extra,
        overAgeFileId: m.overAgeFileId,
        updatedAt: ctx.now(),
      })
      .where(eq(unionMembers.id, member.id));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.member_update',
      entityType: 'union_member',
      entityId: member.id,
      detail: {
        memberNo: member.memberNo,
        nameChanged: m.name !== member.name,
        idNumberChanged: idx !== member.idNumberIdx,
      },
    });
    const updated = await findMemberById(tx, unionScopeOf(user), member.id);
    return memberView(updated!);
  });
}

/** 【删除】 a member in 新建/打回. */
export async function deleteMember(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  ip: string | null,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const member = await editableMember(tx, user, id, '删除');
    await tx.delete(unionMembers).where(eq(unionMembers.id, member.id));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.member_delete',
      entityType: 'union_member',
      entityId: member.id,
      detail: { memberNo: member.memberNo, status: member.status },
    });
  });
}
