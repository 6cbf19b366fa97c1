import type { Executor } from '../db/index.js';

/**
 * What a job handler gets: its task row, and a way to report progress (shown in 我的任务).
 *
 * Handlers MUST be idempotent. A task runs once in the normal case — pg-boss hands each job to
 * exactly one worker across all processes — but when a process dies mid-task (or shuts down
 * before the task ends) the job is handed out again after its lease expires, and the handler
 * runs a second time over whatever the first run already wrote. Record per-item progress in
 * the database (e.g. `import_rows`) and skip items already done.
 */
export type JobContext = {
  taskId: string;
  payload: Record<string, unknown>;
  ownerUserId: string | null;
  orgId: string | null;
  /** 1 on the first run; higher when the task is resumed after an interrupted run. */
  attempt: number;
  /** Persists progress (throttled, so it is cheap to call for every row). */
  progress(done: number, total: number): Promise<void>;
};

export type JobResult = { result?: Record<string, unknown>; resultFileId?: string | null };

/**
 * Does the work of one task. Returning ends the task 'succeeded'; throwing ends it 'failed' with
 * the error's Chinese message (an AppError's message, else 「任务执行失败：…」) — a thrown error
 * is not retried, because business errors would fail again the same way.
 */
export type JobHandler = (job: JobContext) => Promise<JobResult>;

/**
 * What a system job's handler gets (a job no user waits on: no `tasks` row, nothing in 我的任务;
 * the owning module keeps whatever state it needs to show, e.g. webhook_deliveries).
 */
export type SystemJobContext = {
  /** The pg-boss job id (stable across the retries of one job). */
  jobId: string;
  payload: Record<string, unknown>;
};

/**
 * Does the work of one system job. MUST be idempotent like a task's handler. Returning completes
 * the job; throwing fails it and pg-boss runs it again later (retryLimit, doubling
 * retryDelaySeconds) — so throw only on trouble worth retrying (the database), and record
 * business outcomes instead.
 */
export type SystemJobHandler = (job: SystemJobContext) => Promise<void>;

export type JobOptions = {
  /**
   * Lease of a running task: a worker that stops renewing it (a crashed process) loses the task
   * after this long and another worker resumes it. Running workers renew it every third of it,
   * however long the task runs. Default JOB_LEASE_SECONDS (15); tests shorten it.
   */
  leaseSeconds?: number;
  /** How many times an interrupted task is resumed before it is given up as failed. Default 3. */
  retryLimit?: number;
  /** First delay before resuming an interrupted task (1–2× this, doubling each time). Default 1. */
  retryDelaySeconds?: number;
};

export type Jobs = {
  /** Registers the handler of a job type (modules call this at start-up). */
  define(type: string, handler: JobHandler, options?: JobOptions): void;
  /** Registers the handler of a system job type (no `tasks` row; see SystemJobHandler). */
  defineSystem(type: string, handler: SystemJobHandler, options?: JobOptions): void;
  /**
   * Creates a task row and queues it inside the caller's transaction (pg-boss through the same
   * transaction — see STACK-NOTES), so a rolled-back request queues nothing. Returns the task id.
   */
  enqueue(
    executor: Executor,
    input: {
      type: string;
      /** The Chinese title 我的任务 shows (kept for types the web does not translate). */
      title: string;
      /**
       * Non-personal values the web fills into its translated title of the type
       * (`task.type.<type>` in the i18n catalogues), e.g. `{ count: 12 }`; kept in the payload
       * as `titleParams` (no column of its own).
       */
      titleParams?: Record<string, string | number>;
      payload: Record<string, unknown>;
      ownerUserId: string | null;
      orgId: string | null;
    },
  ): Promise<string>;
  /**
   * Queues a system job inside the caller's transaction (rolled back with it), to run no earlier
   * than `startAfter`. With an `id`, a job of that id already queued is not queued again (the
   * answer is then false): a caller can re-queue without doubling work.
   */
  enqueueSystem(
    executor: Executor,
    input: { type: string; payload: Record<string, unknown>; id?: string; startAfter?: Date },
  ): Promise<boolean>;
  /** The newest task of a type that a user started and that is still queued or running, if any. */
  findActive(executor: Executor, input: { type: string; ownerUserId: string }): Promise<string | null>;
  /** Creates pg-boss's tables and the queues of the defined types (idempotent; no workers). */
  install(): Promise<void>;
  /** Starts workers (pg-boss); a server process that only serves HTTP may skip this. */
  start(): Promise<void>;
  /**
   * Stops the workers: waits up to `timeoutMs` (default 30 s) for running tasks, then hands the
   * unfinished ones back to the queue so another process resumes them.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** Expires tasks of dead processes and marks tasks failed whose retries ran out (runs periodically after start). */
  maintain(): Promise<void>;
  /** Tests: wait until a task has finished (succeeded or failed). */
  waitFor(taskId: string, timeoutMs?: number): Promise<{ status: string; error: string | null }>;
};
