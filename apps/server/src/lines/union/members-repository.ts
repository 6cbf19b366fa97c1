import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { MemberStatus } from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import type { FieldCrypto } from '../../platform/crypto/field-crypto.js';
import { organizations } from '../../platform/identity/tables.js';
import { unionMembers, unionUnits } from './tables.js';

/**
 * The one way the union line reads members: every read is inside a data scope (a base unit sees
 * its members, an agency office its units', HQ all) — except `findMemberAnywhere`, which tells
 * a caller *that* a person is a member elsewhere (MA-5 "会员不在本单位" → transfer) without
 * returning another unit's data.
 */
export const memberColumns = {
  id: unionMembers.id,
  memberNo: unionMembers.memberNo,
  unitOrgId: unionMembers.unitOrgId,
  unitNo: unionUnits.unitNo,
  unitName: organizations.name,
  name: unionMembers.name,
  idType: unionMembers.idType,
  idNumberEnc: unionMembers.idNumberEnc,
  idNumberIdx: unionMembers.idNumberIdx,
  idNumberMasked: unionMembers.idNumberMasked,
  gender: unionMembers.gender,
  birthDate: unionMembers.birthDate,
  mobileEnc: unionMembers.mobileEnc,
  mobileMasked: unionMembers.mobileMasked,
  extra: unionMembers.extra,
  status: unionMembers.status,
  returnReason: unionMembers.returnReason,
  overAgeFileId: unionMembers.overAgeFileId,
  submittedAt: unionMembers.submittedAt,
  confirmedAt: unionMembers.confirmedAt,
  createdAt: unionMembers.createdAt,
  updatedAt: unionMembers.updatedAt,
};

export type MemberRow = {
  id: string;
  memberNo: string;
  unitOrgId: string;
  unitNo: string | null;
  unitName: string | null;
  name: string;
  idType: string;
  idNumberEnc: string;
  idNumberIdx: string;
  idNumberMasked: string;
  gender: 'M' | 'F';
  birthDate: string;
  mobileEnc: string | null;
  mobileMasked: string | null;
  extra: Record<string, string>;
  status: MemberStatus;
  returnReason: string | null;
  overAgeFileId: string | null;
  submittedAt: Date | null;
  confirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A member row joined with its unit (单位编号, name). */
export function memberSelect(executor: Executor) {
  return executor
    .select(memberColumns)
    .from(unionMembers)
    .leftJoin(unionUnits, eq(unionUnits.orgId, unionMembers.unitOrgId))
    .leftJoin(organizations, eq(organizations.id, unionMembers.unitOrgId));
}

/** The WHERE condition of a data scope on members (their unit). */
export function memberScope(scope: DataScope): SQL {
  return scopeCondition(scope, { orgIdColumn: unionMembers.unitOrgId });
}

async function one(
  executor: Executor,
  scope: DataScope,
  where: SQL,
  forUpdate: boolean,
): Promise<MemberRow | null> {
  const query = memberSelect(executor)
    .where(and(memberScope(scope), where))
    .limit(1);
  const [row] = (await (forUpdate ? query.for('update', { of: unionMembers }) : query)) as MemberRow[];
  return row ?? null;
}

/** A member by id inside the scope, or null (outside it = not found). */
export function findMemberById(
  executor: Executor,
  scope: DataScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MemberRow | null> {
  return one(executor, scope, eq(unionMembers.id, id), options.forUpdate ?? false);
}

/** Members by id inside the scope, in one statement (ids outside it are simply absent). */
export async function findMembersByIds(
  executor: Executor,
  scope: DataScope,
  ids: readonly string[],
): Promise<Map<string, MemberRow>> {
  if (!ids.length) return new Map();
  const rows = (await memberSelect(executor).where(
    and(memberScope(scope), inArray(unionMembers.id, [...new Set(ids)])),
  )) as MemberRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** A member by 会员编号 inside the scope, or null. */
export function findMemberByNo(
  executor: Executor,
  scope: DataScope,
  memberNo: string,
): Promise<MemberRow | null> {
  return one(executor, scope, eq(unionMembers.memberNo, memberNo.trim()), false);
}

/** A member by ID number (blind index) inside the scope, or null. */
export function findMemberByIdNumber(
  executor: Executor,
  crypto: Pick<FieldCrypto, 'blindIndex'>,
  scope: DataScope,
  idNumber: string,
): Promise<MemberRow | null> {
  return one(executor, scope, eq(unionMembers.idNumberIdx, crypto.blindIndex(idNumber)), false);
}

/**
 * Whether a person (ID number) is a member anywhere, and in which unit — only the unit's number
 * and name, never the member's data (the caller is outside that unit's scope).
 */
export async function findMemberAnywhere(
  executor: Executor,
  crypto: Pick<FieldCrypto, 'blindIndex'>,
  idNumber: string,
): Promise<{ memberId: string; unitOrgId: string; unitNo: string | null; unitName: string | null } | null> {
  const [row] = await executor
    .select({
      memberId: unionMembers.id,
      unitOrgId: unionMembers.unitOrgId,
      unitNo: unionUnits.unitNo,
      unitName: organizations.name,
    })
    .from(unionMembers)
    .leftJoin(unionUnits, eq(unionUnits.orgId, unionMembers.unitOrgId))
    .leftJoin(organizations, eq(organizations.id, unionMembers.unitOrgId))
    .where(eq(unionMembers.idNumberIdx, crypto.blindIndex(idNumber)))
    .limit(1);
  return row ?? null;
}
