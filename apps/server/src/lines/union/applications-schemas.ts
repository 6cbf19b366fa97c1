import { z } from 'zod';
import { ZApplicationStatus } from '../../modules/applications/index.js';
import { ZCalendarDate, ZPage } from '../../platform/http/schemas.js';

/** 投保金额 in yuan as typed (up to two decimals) → fen. */
export const ZAmountYuan = z.coerce
  .number({ message: '请填写投保金额' })
  .nonnegative('投保金额不能为负数')
  .max(10_000_000, '投保金额过大')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '投保金额最多两位小数');

export const ZFix = z.object({
  action: z.enum([
    'transfer',
    'enroll',
    'fixIdNumber',
    'useMemberName',
    'submitMember',
    'submitPending',
    'viewApplications',
    'fixCopies',
    'fixAmount',
    'fixGender',
    'confirmOverAge',
    'uploadOverAgeFile',
    'choosePlan',
  ]),
  label: z.string(),
  applicationNo: z.string().optional(),
  unitNo: z.string().nullable().optional(),
});

/** An MA-5 refusal: its code, the Chinese message and the fix the UI offers. */
export const ZRefusal = z.object({
  code: z.string(),
  message: z.string(),
  fix: ZFix,
  warning: z.boolean().optional(),
});

export const ZMemberLookupQuery = z.object({
  memberNoOrId: z.string().trim().min(1, '请填写会员编号或身份证号').max(40),
});

export const ZMemberLookup = z.object({
  memberId: z.uuid(),
  memberNo: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['M', 'F']),
  birthDate: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  status: z.enum(['new', 'submitted', 'confirmed', 'returned']),
  hasOverAgeFile: z.boolean(),
});

export const ZApplicationBody = z.object({
  productId: z.uuid({ message: '请选择产品' }),
  memberNoOrId: z.string().trim().min(1, '请填写会员编号或身份证号').max(40),
  name: z.string().max(60).optional(),
  amount: ZAmountYuan,
  copies: z.coerce.number().int('份数应为整数').min(1, '份数至少 1 份').max(99),
  expectedEffectiveDate: ZCalendarDate.optional(),
  overAgeConfirmed: z.boolean().default(false),
});

export const ZUnionApplication = z.object({
  id: z.uuid(),
  applicationNo: z.string(),
  status: ZApplicationStatus,
  statusLabel: z.string(),
  productId: z.string(),
  productName: z.string(),
  memberId: z.string().nullable(),
  memberNo: z.string().nullable(),
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['M', 'F']).nullable(),
  copies: z.number().int(),
  amountFen: z.number().int(),
  expectedEffectiveDate: z.string().nullable(),
  returnReason: z.string().nullable(),
  renewsPolicyNo: z.string().nullable(),
  overAgeConfirmed: z.boolean(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  createdAt: z.string(),
  warnings: z.array(z.string()).optional(),
});

/** The search of 投保管理 (its filters are what 汇总金额, 上报, 修改预期生效时间, 批量删除 act on). */
export const ZApplicationSearch = z.object({
  status: z
    .enum(['draft', 'returned', 'submitted', 'underwriting', 'issued', 'cancelled', 'all'])
    .default('all'),
  productId: z.uuid().optional(),
  memberNoOrId: z.string().trim().max(40).optional(),
  unitNo: z.string().trim().max(40).optional(),
});

export const ZApplicationListQuery = ZApplicationSearch.extend(ZPage.shape);

export const ZSummary = z.object({
  count: z.number().int(),
  people: z.number().int(),
  amountFen: z.number().int(),
});

export const ZMoved = z.object({ moved: z.number().int() });

export const ZBatchDeleteBody = ZApplicationSearch.extend({
  confirm: z.literal('全部删除', { message: '请输入「全部删除」确认' }),
});

export const ZChangeDateBody = ZApplicationSearch.extend({
  expectedEffectiveDate: ZCalendarDate,
});

export const ZForMembersBody = z.object({
  productId: z.uuid({ message: '请选择产品' }),
  memberIds: z.array(z.uuid()).min(1, '请选择会员').max(10_000),
  amount: ZAmountYuan,
  copies: z.coerce.number().int().min(1).max(99).default(1),
  expectedEffectiveDate: ZCalendarDate.optional(),
});

export const ZRowFailure = z.object({
  memberNo: z.string().nullable(),
  name: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  fix: ZFix,
});

export const ZBulkResult = z.object({
  created: z.number().int(),
  failed: z.array(ZRowFailure),
  /** A workbook of the failures (GET /api/files/:id), when there are some. */
  failuresFileId: z.string().nullable(),
});

export const ZRenewBody = z.object({
  /** The plan whose earlier period is renewed (the new applications are of its current version). */
  productId: z.uuid({ message: '请选择产品' }),
  /** The earlier period's effective date (its 预期生效时间). */
  fromEffectiveDate: ZCalendarDate,
  /** The new period's start; default the day after the earlier period ends. */
  expectedEffectiveDate: ZCalendarDate.optional(),
});

export const ZRenewResult = ZBulkResult.extend({ continuity: z.boolean() });
