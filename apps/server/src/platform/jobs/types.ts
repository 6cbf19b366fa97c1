import type { Executor } from '../db/index.js';

/** What a job handler gets: its task row, and a way to report progress (shown in 我的任务). */
export type JobContext = {
  taskId: string;
  payload: Record<string, unknown>;
  ownerUserId: string | null;
  orgId: string | null;
  /** Persists progress; cheap enough to call every few hundred rows. */
  progress(done: number, total: number): Promise<void>;
};

export type JobResult = { result?: Record<string, unknown>; resultFileId?: string | null };

export type JobHandler = (job: JobContext) => Promise<JobResult>;

export type Jobs = {
  /** Registers the handler of a job type (modules call this at start-up). */
  define(type: string, handler: JobHandler): void;
  /**
   * Creates a task row and queues it inside the caller's transaction (pg-boss through the same
   * transaction — see STACK-NOTES), so a rolled-back request queues nothing.
   */
  enqueue(
    executor: Executor,
    input: { type: string; title: string; payload: Record<string, unknown>; ownerUserId: string | null; orgId: string | null },
  ): Promise<string>;
  /** Starts workers (pg-boss); a server process that only serves HTTP may skip this. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Tests: wait until a task has finished (succeeded or failed). */
  waitFor(taskId: string, timeoutMs?: number): Promise<{ status: string; error: string | null }>;
};
