import ExcelJS from 'exceljs';
import { addDays, beijingDate, type ApplicationStatus } from '@policyhub/domain';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { Actor } from '../../../platform/audit/index.js';
import { assertRole, type AuthUser } from '../../../platform/access.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { XLSX_MIME, exportRow } from '../../../platform/excel/index.js';
import * as apps from '../../../modules/applications/index.js';
import * as products from '../../../modules/products/index.js';
import type {
  ApplicationRecord,
  NewApplication,
  OrgApplicationSearch,
} from '../../../modules/applications/index.js';
import { findListedPlan, UNION_LINE } from '../product-content.js';
import { BASE_ROLES, findUnit, findUnitByNo, unionScopeOf, type UnitRow } from '../units.js';
import {
  findMembersByIds,
  findMemberByIdNumber,
  findMemberByNo,
  type MemberRow,
} from '../members-repository.js';
import {
  checkApplication,
  coverEnd,
  copiesOf,
  idRefusal,
  isIdLike,
  loadApplicationFacts,
  statusZh,
  type Checked,
  type Refusal,
} from './check-application.js';
import type {
  ZApplicationBody,
  ZApplicationListQuery,
  ZApplicationSearch,
  ZForMembersBody,
  ZRenewBody,
  ZUnionApplication,
} from '../applications-schemas.js';

export type Plan = NonNullable<Awaited<ReturnType<typeof findListedPlan>>>;
type Search = z.output<typeof ZApplicationSearch>;
type View = z.output<typeof ZUnionApplication>;

/** Where 新建 and 打回 applications can be edited or deleted (MA-4). */
const EDITABLE: ApplicationStatus[] = ['draft', 'returned'];
const NUMBER_PREFIX = 'MA';

const toFen = (yuan: number) => Math.round(yuan * 100);

/** The operator's base unit: only a registered 基层工会's operator applies. */
async function baseUnitOf(ctx: AppContext, user: AuthUser, executor: Executor = ctx.db): Promise<UnitRow> {
  assertRole(user, BASE_ROLES);
  const unit = user.orgId ? await findUnit(executor, user.orgId) : null;
  if (!unit) throw new AppError('FORBIDDEN', { message: '当前账号不属于已登记的基层工会，不能办理投保' });
  return unit;
}

async function planOf(ctx: AppContext, productId: string, executor?: Executor): Promise<Plan> {
  const plan = await findListedPlan(ctx, productId, executor);
  if (!plan) throw new AppError('VALIDATION_FAILED', { message: '请选择已上架的互助保障计划' });
  return plan;
}

/**
 * The plan's uniform start date when it has an enrollment window, else the date given (not in
 * the past, `today` being Beijing today); pure, for the template's row check too.
 */
export function effectiveDateFor(
  plan: Plan,
  given: string | undefined,
  today: string,
): { ok: true; date: string } | { ok: false; message: string } {
  const uniform = plan.version.content.enrollment?.uniformStartDate;
  if (uniform) return { ok: true, date: uniform };
  if (!given) return { ok: false, message: '请填写预期生效时间' };
  if (given < today) return { ok: false, message: '预期生效时间不能早于今天' };
  return { ok: true, date: given };
}

function effectiveDateOf(ctx: AppContext, plan: Plan, given: string | undefined): string {
  const result = effectiveDateFor(plan, given, beijingDate(ctx.now()));
  if (!result.ok) throw new AppError('VALIDATION_FAILED', { message: result.message });
  return result.date;
}

export function refused(refusal: Refusal): AppError {
  return new AppError('APPLICATION_REFUSED', { message: refusal.message, details: { refusal } });
}

function newApplication(
  plan: Plan,
  unit: { orgId: string },
  member: MemberRow,
  idNumber: string,
  checked: Extract<Checked, { ok: true }>,
  details: Record<string, unknown>,
): NewApplication {
  return {
    line: UNION_LINE,
    numberPrefix: NUMBER_PREFIX,
    userId: null,
    orgId: unit.orgId,
    productId: plan.id,
    productVersionId: plan.version.id,
    insurerOrgId: plan.insurerOrgId,
    productYear: null,
    status: 'draft',
    applicant: {
      name: member.name,
      idType: member.idType,
      idNumber,
      gender: member.gender,
      birthDate: member.birthDate,
      mobile: null,
    },
    insured: [],
    answers: {},
    quote: { input: { kind: 'per-copy', copies: Number(details.copies) }, premium: checked.premium },
    details: { memberId: member.id, memberNo: member.memberNo, ...details },
  };
}

// ── views ──────────────────────────────────────────────────────────────────────────────────────

async function viewsOf(ctx: AppContext, executor: Executor, list: ApplicationRecord[]): Promise<View[]> {
  const planNames = await products.findProductNames(
    executor,
    list.map((a) => a.productId),
  );
  const units = new Map<string, UnitRow | null>();
  const out: View[] = [];
  for (const a of list) {
    if (a.orgId && !units.has(a.orgId)) units.set(a.orgId, await findUnit(executor, a.orgId));
    const unit = a.orgId ? units.get(a.orgId) : null;
    const d = a.details;
    out.push({
      id: a.id,
      applicationNo: a.applicationNo,
      status: a.status,
      statusLabel: statusZh(a.status),
      productId: a.productId,
      productName: planNames.get(a.productId) ?? '',
      memberId: typeof d.memberId === 'string' ? d.memberId : null,
      memberNo: typeof d.memberNo === 'string' ? d.memberNo : null,
      name: a.applicant.name,
      idNumberMasked: a.applicant.idNumberMasked,
      gender: a.applicant.gender,
      copies: copiesOf(a),
      amountFen: a.premiumFen,
      expectedEffectiveDate: typeof d.expectedEffectiveDate === 'string' ? d.expectedEffectiveDate : null,
      returnReason: typeof d.returnReason === 'string' ? d.returnReason : null,
      renewsPolicyNo: typeof d.renewsPolicyNo === 'string' ? d.renewsPolicyNo : null,
      overAgeConfirmed: d.overAgeConfirmed === true,
      unitNo: unit?.unitNo ?? null,
      unitName: unit?.name ?? null,
      createdAt: a.createdAt.toISOString(),
    });
  }
  return out;
}

// ── member lookup (the form fills in on blur) ───────────────────────────────────────────────────

export async function lookupMember(ctx: AppContext, user: AuthUser, memberNoOrId: string) {
  const scope = unionScopeOf(user);
  const key = memberNoOrId.trim();
  let member: MemberRow | null;
  if (isIdLike(key)) {
    const bad = idRefusal(key);
    if (bad) throw refused(bad);
    member = await findMemberByIdNumber(ctx.db, ctx.crypto, scope, key.toUpperCase());
    if (!member) {
      const facts = await loadApplicationFacts(
        ctx.db,
        ctx.crypto,
        scope,
        '00000000-0000-0000-0000-000000000000',
        [key],
      );
      const other = facts.elsewhere.get(ctx.crypto.blindIndex(key.toUpperCase()));
      if (other)
        throw refused({
          code: 'MEMBER_NOT_IN_UNIT',
          message: `该会员不在本单位（现属${other.unitName ?? '其他单位'}，单位编号 ${other.unitNo ?? '—'}），请先办理调入调出申请`,
          fix: { action: 'transfer', label: '创建调入调出申请', unitNo: other.unitNo },
        });
    }
  } else member = await findMemberByNo(ctx.db, scope, key);
  if (!member)
    throw refused({
      code: 'MEMBER_NOT_FOUND',
      message: `会员不存在：${key} 尚未入会，请先办理入会`,
      fix: { action: 'enroll', label: '办理入会' },
    });
  return {
    memberId: member.id,
    memberNo: member.memberNo,
    name: member.name,
    idNumberMasked: member.idNumberMasked,
    gender: member.gender,
    birthDate: member.birthDate,
    unitNo: member.unitNo,
    unitName: member.unitName,
    status: member.status,
    hasOverAgeFile: !!member.overAgeFileId,
  };
}

// ── one by one (【添加】), edit, delete ────────────────────────────────────────────────────────────

export async function createUnionApplication(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  body: z.output<typeof ZApplicationBody>,
  editing?: ApplicationRecord,
): Promise<View> {
  const unit = await baseUnitOf(ctx, user);
  const scope = unionScopeOf(user);
  const plan = await planOf(ctx, body.productId);
  const date = effectiveDateOf(ctx, plan, body.expectedEffectiveDate);
  return ctx.db.transaction(async (tx) => {
    const facts = await loadApplicationFacts(tx, ctx.crypto, scope, plan.id, [body.memberNoOrId]);
    const checked = checkApplication(
      { name: plan.name, content: plan.version.content },
      {
        memberNoOrId: body.memberNoOrId,
        name: body.name ?? null,
        copies: body.copies,
        amountFen: toFen(body.amount),
        expectedEffectiveDate: date,
        overAgeConfirmed: body.overAgeConfirmed,
        excludeApplicationId: editing?.id,
      },
      facts,
      ctx.crypto,
    );
    if (!checked.ok) throw refused(checked.refusal);
    const details = {
      copies: body.copies,
      expectedEffectiveDate: date,
      ...(checked.warnings.length ? { overAgeConfirmed: true } : {}),
    };
    const idNumber = ctx.crypto.decrypt(checked.member.idNumberEnc);
    const input = newApplication(plan, unit, checked.member, idNumber, checked, details);
    let record: ApplicationRecord;
    if (editing) {
      if (editing.applicant.idNumberIdx !== checked.member.idNumberIdx)
        throw new AppError('VALIDATION_FAILED', { message: '修改投保申请时不能更换会员，请删除后重新添加' });
      record = await apps.reviseApplication(tx, actor, editing, EDITABLE, {
        productId: input.productId,
        productVersionId: input.productVersionId,
        insurerOrgId: input.insurerOrgId,
        quote: input.quote,
        details: { ...editing.details, ...input.details },
      });
    } else record = await apps.createApplication(ctx, tx, actor, input);
    const [view] = await viewsOf(ctx, tx, [record]);
    return { ...view!, warnings: checked.warnings };
  });
}

async function editableApplication(
  ctx: AppContext,
  user: AuthUser,
  applicationNo: string,
): Promise<ApplicationRecord> {
  const a = await apps.getApplication(ctx.db, unionScopeOf(user), applicationNo);
  if (a.line !== UNION_LINE) throw notFound('投保申请');
  if (!EDITABLE.includes(a.status))
    throw new AppError('INVALID_STATE', {
      message: `投保申请 ${applicationNo} 当前为「${statusZh(a.status)}」，只有新建或打回的申请可以修改或删除`,
    });
  return a;
}

export async function updateUnionApplication(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  applicationNo: string,
  body: z.output<typeof ZApplicationBody>,
): Promise<View> {
  await baseUnitOf(ctx, user);
  const current = await editableApplication(ctx, user, applicationNo);
  return createUnionApplication(ctx, user, actor, body, current);
}

export async function deleteUnionApplication(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  applicationNo: string,
): Promise<{ moved: number }> {
  await baseUnitOf(ctx, user);
  const current = await editableApplication(ctx, user, applicationNo);
  const moved = await ctx.db.transaction((tx) =>
    apps.moveOrgApplications(
      tx,
      actor,
      unionScopeOf(user),
      { line: UNION_LINE, status: current.status, ids: [current.id] },
      'cancelled',
    ),
  );
  return { moved: moved.length };
}

// ── the search and what acts on it ──────────────────────────────────────────────────────────────

type Filter = OrgApplicationSearch & { status: readonly ApplicationStatus[] };

async function filterOf(ctx: AppContext, user: AuthUser, search: Search): Promise<Filter> {
  const filter: Filter = {
    line: UNION_LINE,
    status:
      search.status === 'all'
        ? ['draft', 'returned', 'submitted', 'underwriting', 'accepted', 'paid', 'issued']
        : search.status === 'issued'
          ? ['accepted', 'paid', 'issued']
          : [search.status],
  };
  if (search.productId) filter.productId = search.productId;
  const key = search.memberNoOrId?.trim();
  if (key) {
    if (isIdLike(key)) filter.applicantIdNumberIdx = ctx.crypto.blindIndex(key.toUpperCase());
    else filter.details = { memberNo: key };
  }
  if (search.unitNo) {
    const unit = await findUnitByNo(ctx.db, search.unitNo);
    filter.orgId = unit?.orgId ?? '00000000-0000-0000-0000-000000000000';
  }
  if (user.role === 'union_base_operator' && user.orgId) filter.orgId = user.orgId;
  return filter;
}

export async function listUnionApplications(
  ctx: AppContext,
  user: AuthUser,
  query: z.output<typeof ZApplicationListQuery>,
) {
  const filter = await filterOf(ctx, user, query);
  const page = await apps.searchOrgApplications(ctx.db, unionScopeOf(user), filter, query);
  return {
    items: await viewsOf(ctx, ctx.db, page.items),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** 【汇总金额】: amount and head-count of the current search. */
export async function summarizeSearch(ctx: AppContext, user: AuthUser, search: Search) {
  const filter = await filterOf(ctx, user, search);
  const s = await apps.totalOrgApplications(ctx.db, unionScopeOf(user), filter);
  return { count: s.count, people: s.headCount, amountFen: s.premiumFen };
}

/** Only the 新建 (and, where it says so, 打回) applications of the search. */
async function narrowed(ctx: AppContext, user: AuthUser, search: Search, states: ApplicationStatus[]) {
  const filter = await filterOf(ctx, user, search);
  const statuses = filter.status.filter((s) => states.includes(s));
  return { filter: { ...filter, status: statuses }, statuses };
}

/** 【当前查询结果上报】: every 新建/打回 application of the search → 上报. */
export async function submitSearch(ctx: AppContext, user: AuthUser, actor: Actor, search: Search) {
  await baseUnitOf(ctx, user);
  const { filter, statuses } = await narrowed(ctx, user, search, EDITABLE);
  if (!statuses.length) return { moved: 0 };
  const moved = await ctx.db.transaction((tx) =>
    apps.moveOrgApplications(tx, actor, unionScopeOf(user), filter, 'submitted', {
      details: { submittedAt: ctx.now().toISOString() },
    }),
  );
  return { moved: moved.length };
}

/** 【批量删除】 (typed 全部删除): every 新建/打回 application of the search → 已删除. */
export async function batchDelete(ctx: AppContext, user: AuthUser, actor: Actor, search: Search) {
  await baseUnitOf(ctx, user);
  const { filter, statuses } = await narrowed(ctx, user, search, EDITABLE);
  if (!statuses.length) return { moved: 0 };
  const moved = await ctx.db.transaction((tx) =>
    apps.moveOrgApplications(tx, actor, unionScopeOf(user), filter, 'cancelled'),
  );
  return { moved: moved.length };
}

/** 【修改预期生效时间】: the 新建 applications of the search. */
export async function changeEffectiveDate(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  search: Search,
  date: string,
) {
  await baseUnitOf(ctx, user);
  if (date < beijingDate(ctx.now()))
    throw new AppError('VALIDATION_FAILED', { message: '预期生效时间不能早于今天' });
  const { filter, statuses } = await narrowed(ctx, user, search, ['draft']);
  if (!statuses.length) return { moved: 0 };
  const moved = await ctx.db.transaction((tx) =>
    apps.patchOrgApplications(tx, actor, unionScopeOf(user), filter, { expectedEffectiveDate: date }),
  );
  return { moved };
}

// ── bulk: 新会员投保, 批量续转, the template ─────────────────────────────────────────────────────

export type BulkRow = {
  memberNoOrId: string;
  name?: string | null;
  gender?: 'M' | 'F' | null;
  copies: number;
  amountFen: number;
  expectedEffectiveDate: string;
  extra?: Record<string, unknown>;
};

export type BulkFailure = { row: number; memberNo: string | null; name: string | null } & Refusal;

/**
 * The member already has an application for the plan in this batch (the same file, the same
 * selection): one 新建 per member and plan. `rowNo`: the sheet row that has it, when known.
 */
export function inBatchRefusal(planName: string, rowNo?: number): Refusal {
  return {
    code: 'APPLICATION_IN_PROGRESS',
    message: `该会员在本批中已有一条「${planName}」的投保${rowNo ? `（第 ${rowNo} 行）` : ''}，同一会员同一计划只能有一份新建投保申请`,
    fix: { action: 'submitPending', label: '删除重复的一条' },
  };
}

/**
 * Checks every row with checkApplication (facts loaded at once) and writes nothing: the failures
 * with their reasons and fixes, and the applications the passing rows would make (`row` is the
 * 1-based index in `rows`). A member may appear once per call: a later row of the same member is
 * refused as in progress, as a second one-by-one 添加 would be.
 */
export async function checkInBulk(
  ctx: AppContext,
  executor: Executor,
  user: AuthUser,
  plan: Plan,
  rows: BulkRow[],
): Promise<{ passing: { row: number; input: NewApplication }[]; failed: BulkFailure[] }> {
  const unit = await baseUnitOf(ctx, user, executor);
  const scope = unionScopeOf(user);
  const facts = await loadApplicationFacts(
    executor,
    ctx.crypto,
    scope,
    plan.id,
    rows.map((r) => r.memberNoOrId),
  );
  const pendingInBatch = new Map<string, number>();
  const firstRowOf = new Map<string, number>();
  const failed: BulkFailure[] = [];
  const passing: { row: number; input: NewApplication }[] = [];
  rows.forEach((row, i) => {
    const checked = checkApplication(
      { name: plan.name, content: plan.version.content },
      { ...row, overAgeConfirmed: false },
      facts,
      ctx.crypto,
      { pendingInBatch },
    );
    const first = checked.member ? firstRowOf.get(checked.member.idNumberIdx) : undefined;
    const refusal: Refusal | null = !checked.ok
      ? checked.refusal
      : first !== undefined
        ? inBatchRefusal(plan.name)
        : null;
    if (refusal) {
      failed.push({
        row: i + 1,
        memberNo: checked.member?.memberNo ?? (isIdLike(row.memberNoOrId) ? null : row.memberNoOrId),
        name: checked.member?.name ?? row.name ?? null,
        ...refusal,
      });
      return;
    }
    if (!checked.ok) return;
    firstRowOf.set(checked.member.idNumberIdx, i + 1);
    passing.push({
      row: i + 1,
      input: newApplication(
        plan,
        unit,
        checked.member,
        ctx.crypto.decrypt(checked.member.idNumberEnc),
        checked,
        { copies: row.copies, expectedEffectiveDate: row.expectedEffectiveDate, ...row.extra },
      ),
    });
  });
  return { passing, failed };
}

/**
 * checkInBulk, then the passing rows recorded as 新建 applications in bulk; returns the failures
 * with their reasons and fixes, and what was created (`row`: 1-based index in `rows`).
 */
export async function createInBulk(
  ctx: AppContext,
  executor: Executor,
  user: AuthUser,
  actor: Actor,
  plan: Plan,
  rows: BulkRow[],
): Promise<{
  created: number;
  failed: BulkFailure[];
  records: { row: number; id: string; applicationNo: string }[];
}> {
  const { passing, failed } = await checkInBulk(ctx, executor, user, plan, rows);
  const made = await apps.createApplications(
    ctx,
    executor,
    actor,
    passing.map((p) => p.input),
  );
  const records = made.map((m, i) => ({ row: passing[i]!.row, ...m }));
  return { created: records.length, failed, records };
}

/** The failures as a workbook (会员编号, 姓名, 原因, 处理方法) for download. */
export async function failuresWorkbook(
  ctx: AppContext,
  executor: Executor,
  user: AuthUser,
  failed: BulkFailure[],
  title: string,
): Promise<string | null> {
  if (!failed.length) return null;
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('失败明细');
  sheet.addRow(['序号', '会员编号', '姓名', '错误代码', '失败原因', '处理方法']);
  sheet.getRow(1).font = { bold: true };
  for (const f of failed)
    sheet.addRow(exportRow([String(f.row), f.memberNo ?? '', f.name ?? '', f.code, f.message, f.fix.label]));
  sheet.columns.forEach((c, i) => (c.width = [6, 18, 12, 24, 60, 20][i]));
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const file = await ctx.files.saveGenerated(executor, {
    data,
    originalName: `${title}-失败明细.xlsx`,
    mime: XLSX_MIME,
    purpose: 'union.application_failures',
    ownerUserId: user.id,
    ownerOrgId: user.orgId,
  });
  return file.id;
}

/** 新会员投保: the selected 财务确认 members → 新建 applications of one plan. */
export async function insureMembers(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  body: z.output<typeof ZForMembersBody>,
) {
  await baseUnitOf(ctx, user);
  const plan = await planOf(ctx, body.productId);
  const date = effectiveDateOf(ctx, plan, body.expectedEffectiveDate);
  const scope = unionScopeOf(user);
  return ctx.db.transaction(async (tx) => {
    const rows: BulkRow[] = [];
    const missing: BulkFailure[] = [];
    const found = await findMembersByIds(tx, scope, body.memberIds);
    for (const [i, id] of body.memberIds.entries()) {
      const m = found.get(id);
      if (!m) {
        missing.push({
          row: i + 1,
          memberNo: null,
          name: null,
          code: 'MEMBER_NOT_FOUND',
          message: '会员不存在或不在本单位',
          fix: { action: 'enroll', label: '办理入会' },
        });
        continue;
      }
      rows.push({
        memberNoOrId: m.memberNo,
        copies: body.copies,
        amountFen: toFen(body.amount),
        expectedEffectiveDate: date,
      });
    }
    const result = await createInBulk(ctx, tx, user, actor, plan, rows);
    const failed = [...missing, ...result.failed];
    const failuresFileId = await failuresWorkbook(ctx, tx, user, failed, '新会员投保');
    return { created: result.created, failed: failed.map(publicFailure), failuresFileId };
  });
}

function publicFailure(f: BulkFailure) {
  return { memberNo: f.memberNo, name: f.name, code: f.code, message: f.message, fix: f.fix };
}

/**
 * 【批量续转】: the members of the plan's earlier period (its applications 打印生效 with that
 * 预期生效时间, in this unit) → new 新建 applications with the same copies and amount, starting
 * the day after that period ends (or the date given). Within renewalGraceDays the cover keeps
 * its continuity (no new waiting period): details.continuity.
 */
export async function renewPeriod(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  body: z.output<typeof ZRenewBody>,
) {
  const unit = await baseUnitOf(ctx, user);
  const plan = await planOf(ctx, body.productId);
  const content = plan.version.content;
  const scope = unionScopeOf(user);
  const previousEnd = coverEnd(body.fromEffectiveDate, content.coverMonths);
  const start = body.expectedEffectiveDate ?? addDays(previousEnd, 1);
  if (start <= body.fromEffectiveDate)
    throw new AppError('VALIDATION_FAILED', { message: '续转的预期生效时间应晚于原保障期间的开始日期' });
  const continuity = start <= addDays(previousEnd, 1 + content.renewalGraceDays);
  return ctx.db.transaction(async (tx) => {
    const earlier = await apps.listOrgApplications(tx, scope, {
      line: UNION_LINE,
      orgId: unit.orgId,
      productId: plan.id,
      status: ['issued'],
      details: { expectedEffectiveDate: body.fromEffectiveDate },
    });
    if (!earlier.length)
      throw new AppError('VALIDATION_FAILED', {
        message: `本单位没有「${plan.name}」预期生效时间为 ${body.fromEffectiveDate} 的打印生效保单，无可续转的会员`,
      });
    const policyNos = await apps.policyNumbersOf(tx, earlier);
    const rows: BulkRow[] = earlier.map((a) => ({
      memberNoOrId: String(a.details.memberNo ?? ''),
      copies: copiesOf(a),
      amountFen: copiesOf(a) * content.rateTable.premiumPerCopyFen,
      expectedEffectiveDate: start,
      extra: {
        continuity,
        renewsApplicationNo: a.applicationNo,
        ...(a.policyId && policyNos.get(a.policyId) ? { renewsPolicyNo: policyNos.get(a.policyId) } : {}),
      },
    }));
    const result = await createInBulk(ctx, tx, user, actor, plan, rows);
    const failuresFileId = await failuresWorkbook(ctx, tx, user, result.failed, '批量续转');
    return { created: result.created, failed: result.failed.map(publicFailure), failuresFileId, continuity };
  });
}

export { toFen };

/** The listed mutual-aid plans an operator chooses from (产品名称). */
export async function listPlans(ctx: AppContext) {
  return (await listedPlans(ctx)).map((plan) => {
    const c = plan.version.content;
    return {
      productId: plan.id,
      name: plan.name,
      premiumPerCopyFen: c.rateTable.premiumPerCopyFen,
      maxCopies: c.rateTable.maxCopies,
      eligibleSexes: c.eligibleSexes,
      uniformStartDate: c.enrollment?.uniformStartDate ?? null,
      coverMonths: c.coverMonths,
    };
  });
}

/** Every listed mutual-aid plan with its current version (the form's and the template's choices). */
export async function listedPlans(ctx: AppContext): Promise<Plan[]> {
  const out: Plan[] = [];
  for (const id of await products.findListedProductIds(ctx.db, UNION_LINE)) {
    const plan = await findListedPlan(ctx, id);
    if (plan) out.push(plan);
  }
  return out;
}
