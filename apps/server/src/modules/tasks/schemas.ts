import { z } from 'zod';
import { ZPage } from '../../platform/http/schemas.js';

/** A task as 我的任务 shows it; the payload (which may hold personal data) is not listed. */
export const ZTask = z.object({
  id: z.string(),
  type: z.string(),
  /** The stored (Chinese) title; the web shows its own translation of `type` where it has one. */
  title: z.string(),
  /** The values of the translated title (e.g. `{ count: 12 }`); empty when the task has none. */
  titleParams: z.record(z.string(), z.union([z.string(), z.number()])),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  resultFileId: z.string().nullable(),
  /** Runs started so far: above 1 while running means it was resumed after an interrupted run. */
  attempts: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TaskView = z.infer<typeof ZTask>;

export const ZTaskQuery = ZPage;
export type TaskQuery = z.infer<typeof ZTaskQuery>;
