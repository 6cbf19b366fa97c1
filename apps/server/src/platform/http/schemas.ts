import { z } from 'zod';
import { isCalendarDate } from '@policyhub/domain';

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
