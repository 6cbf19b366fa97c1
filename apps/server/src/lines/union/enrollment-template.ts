import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { beijingDate, maskIdNumber, NOTE_UPPER_X } from '@policyhub/domain';
import { recordAudit } from '../../platform/audit/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { organizations } from '../../platform/identity/tables.js';
import { defineTemplate, type RowIssue, type TemplateRow } from '../../platform/excel/index.js';
import { checkEnrollmentAge, checkMemberIdNumber, LOWER_X_MESSAGE } from './member-rules.js';
import { alreadyMemberMessage, operatorUnit } from './operations/enroll-member.js';
import { unionMembers, unionUnits } from './tables.js';
import { BASE_ROLES, nextMemberNos } from './units.js';

/** The template's name (GET /api/imports/templates/union_members/download, /api/imports?template=…). */
export const UNION_MEMBERS_TEMPLATE = 'union_members';

type EnrollContext = {
  orgId: string;
  unitNo: string;
  /** Beijing today: the age rule's day. */
  today: string;
  /** ID number → the first row that carries it in this run (duplicates within the file). */
  seen: Map<string, number>;
};

const OVER_AGE_IN_BULK = '批量入会不能办理超龄会员，请持代办处同意的超龄参保证明在【入会管理】逐一【添加】';

/** The reasons a row cannot be enrolled that need no database (the seed's rules and MA-3 age). */
function rowProblems(
  values: Record<string, string>,
  errorKeys: ReadonlySet<string>,
  today: string,
): RowIssue[] {
  if (errorKeys.has('idNumber')) return [];
  const id = checkMemberIdNumber(values.idNumber ?? '');
  if (!id.ok) return [{ column: 'idNumber', message: id.reason }];
  const { result } = checkEnrollmentAge(id.value, today, false);
  if (!result.ok)
    return [
      {
        column: 'idNumber',
        message:
          result.code === 'AGE_OVER_NEEDS_APPROVAL' ? `${result.reason}；${OVER_AGE_IN_BULK}` : result.reason,
      },
    ];
  return [];
}

/** Which of these ID numbers already belong to a member (anywhere), with the unit to name. */
async function existingMembers(executor: Executor, ctx: AppContext, ids: readonly string[]) {
  if (ids.length === 0)
    return new Map<string, { unitOrgId: string; unitNo: string | null; unitName: string | null }>();
  const byIdx = new Map(ids.map((id) => [ctx.crypto.blindIndex(id), id]));
  const rows = await executor
    .select({
      idx: unionMembers.idNumberIdx,
      unitOrgId: unionMembers.unitOrgId,
      unitNo: unionUnits.unitNo,
      unitName: organizations.name,
    })
    .from(unionMembers)
    .leftJoin(unionUnits, eq(unionUnits.orgId, unionMembers.unitOrgId))
    .leftJoin(organizations, eq(organizations.id, unionMembers.unitOrgId))
    .where(inArray(unionMembers.idNumberIdx, [...byIdx.keys()]));
  return new Map(rows.map((r) => [byIdx.get(r.idx)!, r]));
}

function memberValues(
  ctx: AppContext,
  context: EnrollContext,
  row: TemplateRow,
  memberNo: string,
  userId: string,
) {
  const id = row.values.idNumber!;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return {
    memberNo,
    unitOrgId: context.orgId,
    name: row.values.name!,
    idNumberEnc: ctx.crypto.encrypt(id),
    idNumberIdx: ctx.crypto.blindIndex(id),
    idNumberMasked: maskIdNumber(id),
    gender: Number(id[16]) % 2 === 1 ? ('M' as const) : ('F' as const),
    birthDate: birth,
    extra: { source: '批量入会' },
    createdBy: userId,
  };
}

/**
 * 批量入会模板 (MA-1): 身份证号 + 姓名; gender and birth date come from the ID number. 业务校验
 * reports every row (18 位, 末尾X必须为大写 — a lower-case x is refused, never repaired —,
 * 姓名中间不得有空格, duplicates in the file, already a member here or elsewhere, age); 业务办理
 * (a job) enrolls the good rows as 新建 members in the operator's unit and the result workbook
 * lists the others with their reasons (`partial`).
 */
export const unionMembersTemplate = defineTemplate({
  name: UNION_MEMBERS_TEMPLATE,
  title: '批量入会模板',
  sheetName: '批量入会',
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      required: true,
      example: '11010519491231002X',
      rule: null,
      text: true,
      width: 22,
      note: '身份证号必须为18位，末尾X必须为大写',
      refuseNotes: { [NOTE_UPPER_X]: LOWER_X_MESSAGE },
    },
    {
      key: 'name',
      header: '姓名',
      required: true,
      example: '张三',
      rule: 'personName',
      text: false,
      width: 14,
      note: '姓名中间不得有空格',
    },
  ],
  access: BASE_ROLES,
  contextSchema: z.object({}),
  partial: true,
  batchSize: 500,
  async prepare(ctx, user): Promise<EnrollContext> {
    const unit = await operatorUnit(ctx.db, user);
    return { orgId: unit.orgId, unitNo: unit.unitNo, today: beijingDate(ctx.now()), seen: new Map() };
  },
  rowKey: ['idNumber'],
  checkRow: (row, context) => rowProblems(row.values, row.errorKeys, context.today),
  async checkBatch(ctx, context, rows) {
    const good = rows.filter((r) => r.errorKeys.size === 0);
    const found = await existingMembers(
      ctx.db,
      ctx,
      good.map((r) => r.values.idNumber!),
    );
    const issues: (RowIssue & { rowNo: number })[] = [];
    for (const row of good) {
      const hit = found.get(row.values.idNumber!);
      if (hit)
        issues.push({
          rowNo: row.rowNo,
          column: 'idNumber',
          message: alreadyMemberMessage(hit, context.orgId),
        });
    }
    return issues;
  },

  async execute(ctx, executor, run, context, row) {
    const id = row.values.idNumber!;
    const first = context.seen.get(id);
    if (first !== undefined && first !== row.rowNo)
      throw new AppError('CONFLICT', { message: `身份证号与第 ${first} 行重复` });
    context.seen.set(id, row.rowNo);
    const hit = (await existingMembers(executor, ctx, [id])).get(id);
    if (hit) throw new AppError('CONFLICT', { message: alreadyMemberMessage(hit, context.orgId) });
    const [memberNo] = await nextMemberNos(executor, context.orgId, 1);
    const [created] = await executor
      .insert(unionMembers)
      .values(memberValues(ctx, context, row, memberNo!, run.user.id))
      .returning({ id: unionMembers.id });
    await recordAudit(executor, run.audit, {
      action: 'union.member_import',
      entityType: 'union_member',
      entityId: created!.id,
      detail: { importId: run.importId, memberNo, unitNo: context.unitNo },
    });
    return { entityId: created!.id };
  },

  // Fast path: one numbering, one multi-row insert and one audit entry per chunk; any duplicate or
  // existing member makes the chunk fall back to `execute` row by row (which names the reason).
  async executeBatch(ctx, executor, run, context, rows) {
    const ids = rows.map((r) => r.values.idNumber!);
    const inChunk = new Set<string>();
    for (const row of rows) {
      const id = row.values.idNumber!;
      const first = context.seen.get(id);
      if (inChunk.has(id) || (first !== undefined && first !== row.rowNo))
        throw new Error('duplicate in file');
      inChunk.add(id);
    }
    if ((await existingMembers(executor, ctx, ids)).size > 0) throw new Error('already members');
    const memberNos = await nextMemberNos(executor, context.orgId, rows.length);
    const created = await executor
      .insert(unionMembers)
      .values(rows.map((row, i) => memberValues(ctx, context, row, memberNos[i]!, run.user.id)))
      .returning({ id: unionMembers.id, memberNo: unionMembers.memberNo });
    const idByNo = new Map(created.map((c) => [c.memberNo, c.id]));
    for (const row of rows) context.seen.set(row.values.idNumber!, row.rowNo);
    await recordAudit(executor, run.audit, {
      action: 'union.member_import',
      entityType: 'import',
      entityId: run.importId,
      detail: { count: rows.length, unitNo: context.unitNo, first: memberNos[0], last: memberNos.at(-1) },
    });
    return rows.map((row, i) => ({ rowNo: row.rowNo, entityId: idByNo.get(memberNos[i]!)! }));
  },
});
