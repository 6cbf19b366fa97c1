import { z } from 'zod';
import { ZPage } from '../../platform/http/schemas.js';

/** A task as 我的任务 shows it; the payload (which may hold personal data) is not listed. */
export const ZTask = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
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
