import { z } from 'zod';
import { isCalendarDate, startsLikeFormula } from '@policyhub/domain';

/** The error body every route may answer (documented in OpenAPI). */
export const ZErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});

export const ZOk = z.object({ ok: z.literal(true) });

/** The answer of a route that queued a background task (follow it at GET /api/tasks/{taskId}). */
export const ZTaskRef = z.object({ taskId: z.uuid() });

export const ZId = z.object({ id: z.uuid({ message: '编号格式不正确' }) });

export const ZPage = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageResult<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** A calendar date that exists, written YYYY-MM-DD (Beijing calendar; 2025-02-29 is refused). */
export const ZCalendarDate = z
  .string()
  .refine(isCalendarDate, { message: '日期格式应为 YYYY-MM-DD，且须是存在的日期（如 2026-01-31）' });

/**
 * A person's name as an account shows it. Looser than the roster rule (staff names may carry a
 * space or Latin letters), but never formula text: it reaches the rosters and workbooks that the
 * admin and the insurer open.
 */
export const ZDisplayName = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .max(50, '姓名不超过 50 个字')
  .refine((v) => !startsLikeFormula(v), '姓名不能以 = + - @ 开头（这是公式写法），请填写真实姓名');
