import { isCalendarDate } from '@policyhub/domain';
import { z } from 'zod';
import { ZPage } from '../../platform/http/schemas.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZWhen = z
  .string()
  .trim()
  .refine(
    (v) => (DATE.test(v) ? isCalendarDate(v) : !Number.isNaN(Date.parse(v))),
    '日期格式应为 YYYY-MM-DD 或 ISO 时间，且须是存在的日期',
  );

export const ZAuditQuery = ZPage.extend({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(200).optional(),
  from: ZWhen.optional(),
  to: ZWhen.optional(),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof ZAuditEntry>;

export const ZAuditVerifyResult = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAtSeq: z.number().int().optional(),
  reason: z.string().optional(),
});
