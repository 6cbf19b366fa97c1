import { z } from 'zod';
import { ZCalendarDate, ZPage, pageResult } from '../../platform/http/schemas.js';

/**
 * 保单提前终止申请 states: 新建 → 上报 (at the agency office) → 代办处已上报 (at HQ) → 已终止
 * (approved: the policy ends on the termination date with a signed 电子批单); 打回 from either
 * level (reason shown; edit nothing, resubmit).
 */
export const TERMINATION_STATUSES = ['new', 'submitted', 'forwarded', 'approved', 'returned'] as const;
export type TerminationStatus = (typeof TERMINATION_STATUSES)[number];
export const TERMINATION_STATUS_LABELS: Record<TerminationStatus, string> = {
  new: '新建',
  submitted: '上报',
  forwarded: '代办处已上报',
  approved: '已终止',
  returned: '打回',
};
/** States in which a request is still open (a policy has at most one). */
export const OPEN_TERMINATION_STATUSES: readonly TerminationStatus[] = [
  'new',
  'submitted',
  'forwarded',
  'returned',
];

const ZText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过 ${max} 个字`).optional();

/** Search conditions shared by 创建保单终止申请 and 即将到期保单 (blank = any). */
export const ZPolicyFilter = z.object({
  productCode: ZText('产品代码', 40),
  policyNo: ZText('保单号', 64),
  memberNo: ZText('会员编号', 40),
  idNumber: ZText('身份证号', 32),
});

export const ZTerminablePolicyQuery = ZPage.extend(ZPolicyFilter.shape);

/** A union policy as the termination and expiry pages list it (ID number masked). */
export const ZUnionPolicyRow = z.object({
  policyId: z.uuid(),
  policyNo: z.string(),
  productCode: z.string(),
  productName: z.string(),
  memberNo: z.string().nullable(),
  name: z.string(),
  idNumberMasked: z.string(),
  copies: z.number().int().nullable(),
  premiumFen: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  unitNo: z.string().nullable(),
  unitName: z.string().nullable(),
  /** 打印生效 while in force. */
  statusLabel: z.string(),
  /** The open termination request of the policy, if any. */
  openRequestNo: z.string().nullable(),
});

export const ZCreateTerminations = z.object({
  policyIds: z
    .array(z.uuid({ message: '保单编号格式不正确' }))
    .min(1, '请选择要终止的保单')
    .max(200, '一次最多终止 200 张保单'),
  terminationDate: ZCalendarDate,
  reason: z.string().trim().min(1, '请填写终止原因').max(200, '终止原因不超过 200 个字'),
});

export const ZTerminationQuery = ZPage.extend({
  ...ZPolicyFilter.shape,
  status: z.enum(TERMINATION_STATUSES).optional(),
  /** Agency / HQ: only the requests waiting at my level. */
  awaitingMe: z.enum(['true', 'false']).optional(),
});

export const ZTermination = z.object({
  id: z.uuid(),
  requestNo: z.string(),
  status: z.enum(TERMINATION_STATUSES),
  statusLabel: z.string(),
  terminationDate: z.string(),
  reason: z.string(),
  /** Why the agency office or HQ returned it (打回), while returned. */
  returnReason: z.string().nullable(),
  /** The level it waits at (代办处审核 / 总会审批), while submitted. */
  awaitingLevel: z.string().nullable(),
  /** May the signed-in user approve or return it now? */
  canDecide: z.boolean(),
  refundFen: z.number().int(),
  formDocumentId: z.uuid().nullable(),
  endorsementNo: z.string().nullable(),
  endorsementDocumentId: z.uuid().nullable(),
  approvalId: z.uuid().nullable(),
  createdAt: z.string(),
  policy: ZUnionPolicyRow,
});

export const ZTerminationPage = pageResult(ZTermination);
export const ZTerminationList = z.object({ items: z.array(ZTermination) });

export const ZTerminationIds = z.object({
  ids: z
    .array(z.uuid({ message: '申请编号格式不正确' }))
    .min(1, '请勾选保单提前终止申请')
    .max(200, '一次最多 200 条'),
});

export const ZDecideTerminations = ZTerminationIds.extend({
  action: z.enum(['approve', 'return']),
  reason: z.string().trim().max(500, '意见不超过 500 个字').optional(),
});

/** 批量导出打印: one signed 保单提前终止申请表 per request, each with its download link. */
export const ZTerminationForms = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      requestNo: z.string(),
      policyNo: z.string(),
      documentId: z.uuid(),
      downloadUrl: z.string(),
    }),
  ),
});

export const ZExpiringQuery = ZPage.extend({
  ...ZPolicyFilter.shape,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM（如 2026-12）'),
});
export const ZExpiringPage = pageResult(ZUnionPolicyRow);
