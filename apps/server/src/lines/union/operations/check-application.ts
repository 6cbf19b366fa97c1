import {
  addDays,
  applicationMachine,
  birthAndGenderOf,
  checkAge,
  checkCopiesCap,
  ratePremium,
  residentIdCheckChar,
  validateResidentId,
  type ApplicationStatus,
  type Premium,
} from '@policyhub/domain';
import { and, eq, inArray, or } from 'drizzle-orm';
import { organizations } from '../../../platform/identity/tables.js';
import type { Executor } from '../../../platform/db/index.js';
import type { DataScope } from '../../../platform/access.js';
import type { FieldCrypto } from '../../../platform/crypto/field-crypto.js';
import * as applicationsModule from '../../../modules/applications/index.js';
import type { ApplicationRecord } from '../../../modules/applications/index.js';
import { unionMembers, unionUnits } from '../tables.js';
import { memberScope, memberSelect, type MemberRow } from '../members-repository.js';
import { ageRuleOf, UNION_LINE, type UnionPlanContent } from '../product-content.js';

/**
 * MA-5: every reason an application of a member to a plan is refused, each with its own code, the
 * Chinese message the user sees and the fix the UI offers (a link or a button). One function
 * (`checkApplication`) decides for every path — one by one, 新会员投保, 批量续转 and the 批量投保
 * template — over facts loaded in bulk (`loadApplicationFacts`), so 10,000 rows cost a few queries.
 */
export type FixAction =
  | 'transfer' // 调入调出申请 (the member belongs to another unit)
  | 'enroll' // 入会 (not a member yet)
  | 'fixIdNumber' // correct the ID number
  | 'useMemberName' // take the member record's name
  | 'submitMember' // the member is not 财务确认 yet
  | 'submitPending' // a 新建 application exists: submit it first (当前查询结果上报)
  | 'viewApplications' // see the existing application / copies held
  | 'fixCopies'
  | 'fixAmount'
  | 'fixGender'
  | 'confirmOverAge' // 此会员超出投保年龄，是否继续投保
  | 'uploadOverAgeFile'
  | 'choosePlan';

export type Refusal = {
  code: string;
  message: string;
  fix: { action: FixAction; label: string; applicationNo?: string; unitNo?: string | null };
  /** true for the over-age warning, which an explicit confirmation can lift. */
  warning?: boolean;
};

export type CheckInput = {
  /** 会员编号 or 身份证号 as typed. */
  memberNoOrId: string;
  /** The name as written (template, form); compared with the member record when given. */
  name?: string | null;
  /** The gender as written (template); compared with the one the ID number says. */
  gender?: 'M' | 'F' | null;
  copies: number;
  /** 投保金额 in fen: must be copies × premium per copy. */
  amountFen: number;
  expectedEffectiveDate: string;
  overAgeConfirmed?: boolean;
  /** When editing: the application itself is not "in progress" against itself. */
  excludeApplicationId?: string;
};

export type Facts = {
  /** Members in scope by id, 会员编号 and ID-number blind index. */
  byNo: Map<string, MemberRow>;
  byIdx: Map<string, MemberRow>;
  /** Existing applications of the plan by applicant blind index. */
  applications: Map<string, ApplicationRecord[]>;
  /** Someone outside the scope: their unit (no data). */
  elsewhere: Map<string, { unitNo: string | null; unitName: string | null }>;
};

const PENDING: ApplicationStatus[] = ['draft', 'returned', 'submitted', 'underwriting', 'accepted', 'paid'];
const DUPLICATE_OF: ApplicationStatus[] = ['submitted', 'underwriting', 'accepted', 'paid'];

export function isIdLike(value: string): boolean {
  return /^\d{15,}[\dXx]?$/.test(value.trim()) && value.trim().length >= 15;
}

/** `YYYY-MM-DD` + n months − 1 day: the last day of a cover starting on `start`. */
export function coverEnd(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return addDays(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    -1,
  );
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The seed's wording for a bad ID number, with the expected check character when that is it. */
export function idRefusal(raw: string): Refusal | null {
  const value = raw.trim().toUpperCase();
  const checked = validateResidentId(value);
  if (checked.ok) return null;
  const reason =
    checked.code === 'ID_CHECK_DIGIT'
      ? `检验位应为${residentIdCheckChar(value.slice(0, 17))}`
      : checked.reason;
  return {
    code: 'ID_INVALID',
    message: `投保人身份证不合法,错误原因:${reason}`,
    fix: { action: 'fixIdNumber', label: '修改身份证号' },
  };
}

/** Loads, in a few queries, what checkApplication needs for many rows of one plan. */
export async function loadApplicationFacts(
  executor: Executor,
  crypto: Pick<FieldCrypto, 'blindIndex'>,
  scope: DataScope,
  productId: string,
  keys: readonly string[],
): Promise<Facts> {
  const nos: string[] = [];
  const idxs: string[] = [];
  for (const raw of keys) {
    const key = raw.trim();
    if (!key) continue;
    if (isIdLike(key)) {
      if (validateResidentId(key.toUpperCase()).ok) idxs.push(crypto.blindIndex(key.toUpperCase()));
    } else nos.push(key);
  }
  const byNo = new Map<string, MemberRow>();
  const byIdx = new Map<string, MemberRow>();
  const elsewhere = new Map<string, { unitNo: string | null; unitName: string | null }>();
  const CH = 5000;
  for (let i = 0; i < Math.max(nos.length, idxs.length); i += CH) {
    const n = nos.slice(i, i + CH);
    const x = idxs.slice(i, i + CH);
    if (!n.length && !x.length) continue;
    const rows = (await memberSelect(executor).where(
      and(
        memberScope(scope),
        or(
          n.length ? inArray(unionMembers.memberNo, n) : undefined,
          x.length ? inArray(unionMembers.idNumberIdx, x) : undefined,
        ),
      ),
    )) as MemberRow[];
    for (const row of rows) {
      byNo.set(row.memberNo, row);
      byIdx.set(row.idNumberIdx, row);
    }
  }
  // Members outside the scope: only their unit is told (transfer), never their data.
  const missingIdx = idxs.filter((x) => !byIdx.has(x));
  for (let i = 0; i < missingIdx.length; i += CH) {
    const rows = await executor
      .select({ idx: unionMembers.idNumberIdx, unitNo: unionUnits.unitNo, unitName: organizations.name })
      .from(unionMembers)
      .leftJoin(unionUnits, eq(unionUnits.orgId, unionMembers.unitOrgId))
      .leftJoin(organizations, eq(organizations.id, unionMembers.unitOrgId))
      .where(inArray(unionMembers.idNumberIdx, missingIdx.slice(i, i + CH)));
    for (const r of rows) elsewhere.set(r.idx, { unitNo: r.unitNo, unitName: r.unitName });
  }
  const idxList = [...byIdx.keys()];
  const applications = new Map<string, ApplicationRecord[]>();
  for (let i = 0; i < idxList.length; i += CH) {
    const list = await applicationsModule.listOrgApplications(
      executor,
      { kind: 'all' },
      {
        line: UNION_LINE,
        status: applicationMachine.states,
        productId,
        applicantIdNumberIdxIn: idxList.slice(i, i + CH),
      },
    );
    for (const a of list) {
      const k = a.applicant.idNumberIdx ?? '';
      const arr = applications.get(k) ?? [];
      arr.push(a);
      applications.set(k, arr);
    }
  }
  return { byNo, byIdx, applications, elsewhere };
}

export type Checked =
  | { ok: true; member: MemberRow; premium: Premium; warnings: string[]; continuity?: boolean }
  | { ok: false; refusal: Refusal; member: MemberRow | null };

/** MA-5 on one row against the loaded facts (pure apart from `facts`). */
export function checkApplication(
  plan: { name: string; content: UnionPlanContent },
  input: CheckInput,
  facts: Facts,
  crypto: Pick<FieldCrypto, 'blindIndex' | 'decrypt'>,
  options: { pendingInBatch?: Map<string, number> } = {},
): Checked {
  const key = input.memberNoOrId.trim();
  const refuse = (refusal: Refusal, member: MemberRow | null = null): Checked => ({
    ok: false,
    refusal,
    member,
  });
  if (!key)
    return refuse({
      code: 'MEMBER_REQUIRED',
      message: '请填写会员编号或身份证号',
      fix: { action: 'fixIdNumber', label: '填写会员编号或身份证号' },
    });
  let member: MemberRow | undefined;
  if (isIdLike(key)) {
    const bad = idRefusal(key);
    if (bad) return refuse(bad);
    const idx = crypto.blindIndex(key.toUpperCase());
    const other = facts.elsewhere.get(idx);
    if (other)
      return refuse({
        code: 'MEMBER_NOT_IN_UNIT',
        message: `该会员不在本单位（现属${other.unitName ?? '其他单位'}，单位编号 ${other.unitNo ?? '—'}），请先办理调入调出申请`,
        fix: { action: 'transfer', label: '创建调入调出申请', unitNo: other.unitNo },
      });
    member = facts.byIdx.get(idx);
    if (!member)
      return refuse({
        code: 'MEMBER_NOT_FOUND',
        message: `会员不存在：身份证号 ${key.slice(0, 6)}********${key.slice(-4)} 尚未入会，请先办理入会`,
        fix: { action: 'enroll', label: '办理入会' },
      });
  } else {
    member = facts.byNo.get(key);
    if (!member)
      return refuse({
        code: 'MEMBER_NOT_FOUND',
        message: `会员不存在：本单位没有会员编号 ${key}，请先办理入会`,
        fix: { action: 'enroll', label: '办理入会' },
      });
  }
  if (input.name != null && input.name !== '' && input.name !== member.name) {
    const spaces = /\s/.test(input.name) ? '（填写的姓名中有空格）' : '（请检查空格或错别字）';
    return refuse(
      {
        code: 'NAME_MISMATCH',
        message: `会员姓名不一致：会员档案为「${member.name}」，填写为「${input.name}」${spaces}`,
        fix: { action: 'useMemberName', label: `改为「${member.name}」` },
      },
      member,
    );
  }
  if (member.status !== 'confirmed')
    return refuse(
      {
        code: 'MEMBER_NOT_CONFIRMED',
        message: `该会员尚未财务确认（当前为「${member.status === 'returned' ? '打回' : member.status === 'submitted' ? '上报' : '新建'}」），财务确认后才能投保`,
        fix: { action: 'submitMember', label: '去入会管理上报' },
      },
      member,
    );
  // Gender: the ID number decides (the member record and what was written must agree with it).
  const idNumber = crypto.decrypt(member.idNumberEnc);
  const idGender = /^\d{17}[\dX]$/.test(idNumber) ? birthAndGenderOf(idNumber).gender : member.gender;
  const written = input.gender ?? member.gender;
  if (written !== idGender)
    return refuse(
      {
        code: 'GENDER_MISMATCH',
        message: `性别与身份证号不符：身份证号显示为${idGender === 'F' ? '女' : '男'}，${input.gender ? '填写' : '会员档案'}为${written === 'F' ? '女' : '男'}`,
        fix: { action: 'fixGender', label: '按身份证号更正性别' },
      },
      member,
    );
  const content = plan.content;
  if (!content.eligibleSexes.includes(idGender))
    return refuse(
      {
        code: 'SEX_NOT_ELIGIBLE',
        message: `「${plan.name}」仅限${content.eligibleSexes.includes('F') ? '女' : '男'}职工参加`,
        fix: { action: 'choosePlan', label: '选择其他计划' },
      },
      member,
    );
  const age = checkAge(
    ageRuleOf(content),
    { birthDate: member.birthDate, gender: idGender },
    input.expectedEffectiveDate,
    {
      overAgeApproved: !!input.overAgeConfirmed && !!member.overAgeFileId,
    },
  );
  if (!age.ok) {
    if (age.code === 'AGE_OVER_NEEDS_APPROVAL') {
      if (input.overAgeConfirmed && !member.overAgeFileId)
        return refuse(
          {
            code: 'AGE_OVER_NO_DOCUMENT',
            message: `${age.reason}；该会员尚无代办处审批的超龄参保证明，请先上传`,
            fix: { action: 'uploadOverAgeFile', label: '上传超龄参保证明' },
          },
          member,
        );
      return refuse(
        {
          code: 'AGE_OVER_NEEDS_APPROVAL',
          message: `此会员超出投保年龄，是否继续投保？${age.reason}`,
          fix: { action: 'confirmOverAge', label: '确认继续投保' },
          warning: true,
        },
        member,
      );
    }
    return refuse(
      { code: age.code, message: age.reason, fix: { action: 'choosePlan', label: '查看投保年龄规定' } },
      member,
    );
  }
  const mine = (facts.applications.get(member.idNumberIdx) ?? []).filter(
    (a) => a.id !== input.excludeApplicationId,
  );
  const draft = mine.find((a) => a.status === 'draft');
  if (draft)
    return refuse(
      {
        code: 'APPLICATION_IN_PROGRESS',
        message: `该会员已有本计划的新建投保申请（${draft.applicationNo}），请先上报该申请`,
        fix: { action: 'submitPending', label: '去上报', applicationNo: draft.applicationNo },
      },
      member,
    );
  const table = content.rateTable;
  const start = input.expectedEffectiveDate;
  const unexpired = mine
    .filter((a) => a.status === 'issued' && coverEndOf(a, content.coverMonths) >= start)
    .reduce((s, a) => s + copiesOf(a), 0);
  const pending = mine.filter((a) => PENDING.includes(a.status)).reduce((s, a) => s + copiesOf(a), 0);
  const inBatch = options.pendingInBatch?.get(member.idNumberIdx) ?? 0;
  const cap = checkCopiesCap(table.maxCopies, unexpired + pending + inBatch, input.copies);
  if (!cap.ok)
    return refuse(
      {
        code: cap.code,
        message: cap.reason,
        fix: { action: cap.code === 'COPIES_EXCEEDED' ? 'viewApplications' : 'fixCopies', label: '修改份数' },
      },
      member,
    );
  const dup = mine.find(
    (a) =>
      DUPLICATE_OF.includes(a.status) ||
      (a.status === 'issued' &&
        String(a.details.expectedEffectiveDate ?? '') <= start &&
        coverEndOf(a, content.coverMonths) >= start),
  );
  if (dup)
    return refuse(
      {
        code: 'DUPLICATE_APPLICATION',
        message: `重复投保：该会员本计划已有投保申请（${dup.applicationNo}，${statusZh(dup.status)}），同一保障期间不能重复投保`,
        fix: { action: 'viewApplications', label: '查看已有申请', applicationNo: dup.applicationNo },
      },
      member,
    );
  const rated = ratePremium(table, { kind: 'per-copy', copies: input.copies });
  if (!rated.ok)
    return refuse(
      { code: rated.code, message: rated.reason, fix: { action: 'fixCopies', label: '修改份数' } },
      member,
    );
  if (input.amountFen !== rated.value.premiumFen)
    return refuse(
      {
        code: 'AMOUNT_MISMATCH',
        message: `投保金额应为 份数 × 每份保费：${input.copies} 份 × ${yuan(table.premiumPerCopyFen)} 元 = ${yuan(rated.value.premiumFen)} 元，填写为 ${yuan(input.amountFen)} 元`,
        fix: { action: 'fixAmount', label: `改为 ${yuan(rated.value.premiumFen)} 元` },
      },
      member,
    );
  options.pendingInBatch?.set(member.idNumberIdx, inBatch + input.copies);
  return { ok: true, member, premium: rated.value, warnings: age.warnings };
}

export function copiesOf(a: ApplicationRecord): number {
  const c = Number(a.details.copies);
  return Number.isSafeInteger(c) && c > 0 ? c : 0;
}

function coverEndOf(a: ApplicationRecord, months: number): string {
  const start = String(a.details.expectedEffectiveDate ?? '');
  return /^\d{4}-\d{2}-\d{2}$/.test(start) ? coverEnd(start, months) : '0000-00-00';
}

const STATUS_ZH: Partial<Record<ApplicationStatus, string>> = {
  draft: '新建',
  submitted: '上报',
  underwriting: '代办处已上报',
  accepted: '待打印生效',
  paid: '待打印生效',
  issued: '打印生效',
  returned: '打回',
  cancelled: '已删除',
};
export function statusZh(status: ApplicationStatus): string {
  return STATUS_ZH[status] ?? applicationMachine.label(status);
}
