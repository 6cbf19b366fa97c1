import { z } from 'zod';
import { ZApplicationStatus } from '../../modules/applications/index.js';

/** The agency office's and HQ's search over the units' applications (投保管理, MA-8). */
export const ZSubmissionSearch = z.object({
  /** 选择状态: 上报 (submitted) by default at the agency office, 代办处已上报 (underwriting) at HQ. */
  status: ZApplicationStatus.optional(),
  /** 产品名称 */
  productId: z.uuid({ message: '产品编号格式不正确' }).optional(),
  /** 当前单位编号 */
  unitNo: z
    .string()
    .trim()
    .max(40, '单位编号过长')
    .regex(/^[0-9A-Za-z]*$/, '单位编号只能包含数字和字母')
    .optional(),
});
export type SubmissionSearch = z.output<typeof ZSubmissionSearch>;

export const ZSubmissionQuery = ZSubmissionSearch.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ZSubmission = z.object({
  applicationNo: z.string(),
  status: ZApplicationStatus,
  unitOrgId: z.uuid().nullable(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  productId: z.uuid(),
  productName: z.string().nullable(),
  memberNo: z.string().nullable(),
  /** The member (投保人), masked. */
  name: z.string(),
  idNumberMasked: z.string(),
  gender: z.enum(['M', 'F']).nullable(),
  copies: z.number().int().nullable(),
  premiumFen: z.number().int(),
  expectedEffectiveDate: z.string().nullable(),
  /** Why it was returned (打回), shown on the row. */
  returnReason: z.string().nullable(),
  policyNo: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Submission = z.infer<typeof ZSubmission>;

export const ZSubmissionPage = z.object({
  items: z.array(ZSubmission),
  /** Exact up to 10,000; above that 10,000 with totalExact false (【汇总金额】 counts exactly). */
  total: z.number().int(),
  totalExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The status searched (the default of the caller's level when none was given). */
  status: ZApplicationStatus,
});

/** 汇总金额 of the current search. */
export const ZSubmissionTotals = z.object({
  status: ZApplicationStatus,
  count: z.number().int(),
  headCount: z.number().int(),
  premiumFen: z.number().int(),
});

export const ZMoveResult = z.object({ moved: z.number().int() });

export const ZReturnBody = ZSubmissionSearch.extend({
  reason: z
    .string({ message: '请填写打回原因' })
    .trim()
    .min(1, '请填写打回原因')
    .max(500, '打回原因不能超过 500 字'),
});

export const ZConfirmResult = z.object({
  moved: z.number().int(),
  /** The issuing task (我的任务), null when nothing matched. */
  taskId: z.uuid().nullable(),
});

// ── receipts (开具收据) ────────────────────────────────────────────────────────────────────────
export const ZReceiptBody = z.object({
  unitNo: z.string({ message: '请填写单位编号' }).trim().min(1, '请填写单位编号').max(40, '单位编号过长'),
  productId: z.uuid({ message: '产品编号格式不正确' }).optional(),
  /** 付款方式 printed on the receipt. */
  paymentMethod: z.string().trim().max(40, '付款方式不能超过 40 字').optional(),
});

export const ZReceipt = z.object({
  id: z.uuid(),
  receiptNo: z.string(),
  unitOrgId: z.uuid(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  productId: z.uuid().nullable(),
  productName: z.string().nullable(),
  amountFen: z.number().int(),
  headCount: z.number().int(),
  applicationCount: z.number().int(),
  documentId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});

export const ZReceiptList = z.object({
  items: z.array(ZReceipt),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZReceiptQuery = z.object({
  unitNo: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
