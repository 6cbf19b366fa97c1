import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import PgBoss from 'pg-boss';
import type { AppContext } from '../context.js';
import type { Database, Executor } from '../db/index.js';
import { tasks } from './tables.js';
import { isAppError } from '../errors.js';
import type { JobHandler, JobOptions, Jobs, SystemJobHandler } from './types.js';

export type {
  Jobs,
  JobContext,
  JobHandler,
  JobResult,
  JobOptions,
  SystemJobContext,
  SystemJobHandler,
} from './types.js';

/** pg-boss keeps its tables in their own schema, next to ours. */
export const JOB_SCHEMA = 'pgboss';
const PROGRESS_THROTTLE_MS = 500;
const DEFAULTS = { retryLimit: 3, retryDelaySeconds: 1 };
// Queue housekeeping (archive, drop); lease expiry runs far more often (see start()).
const HOUSEKEEPING_MS = 60_000;
const QUEUE_LOCK_KEY = 7_341_002;
const GAVE_UP = '任务执行失败：处理进程多次中断，已停止重试，请重新发起';

type SqlRunner = { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }> };
type JobsContext = Pick<AppContext, 'config' | 'database' | 'db' | 'log' | 'now' | 'files'>;

/**
 * pg-boss's database outside any transaction. On PGlite, statements without parameters go
 * through `exec`, because pg-boss sends multi-statement scripts (install, maintenance) that the
 * extended protocol refuses; a failed script is rolled back so the single connection stays usable.
 */
function rootRunner(database: Database): SqlRunner {
  const pglite = database.pglite;
  if (!pglite) return { executeSql: (text, values) => database.executeSql(text, values) };
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return pglite.query(text, values);
      try {
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      } catch (error) {
        if (/\bBEGIN\b/i.test(text)) await pglite.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

/**
 * pg-boss statements inside the caller's drizzle transaction: the transaction's own connection
 * (node-postgres PoolClient, or PGlite's Transaction) takes the same (text, values) pair. Going
 * around it would hang on PGlite, whose single connection is held by the open transaction
 * (STACK-NOTES), and would not roll back with it on PostgreSQL.
 */
export function transactionRunner(executor: Executor, root: SqlRunner): SqlRunner {
  if (!is(executor, PgTransaction)) return root;
  const client = (
    executor as unknown as {
      session: { client: { query(text: string, values?: unknown[]): Promise<{ rows: any[] }> } };
    }
  ).session.client;
  return { executeSql: (text, values) => client.query(text, values) };
}

function failureMessage(error: unknown): string {
  if (isAppError(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `任务执行失败：${message}`.slice(0, 1000);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Background jobs (PL-6) on pg-boss 10.4.2, the newest version for Node 20 (STACK-NOTES), over
 * PostgreSQL or the embedded PGlite. The `tasks` row is what users see (我的任务); the pg-boss job
 * (same id) is the delivery mechanism: one consumer per job across processes (FOR UPDATE SKIP
 * LOCKED), a lease renewed while the handler runs, and a retry when a process dies.
 */
export function createJobs(ctx: JobsContext): Jobs {
  // A task job (a `tasks` row users see) or a system job (the owning module keeps its state).
  type Definition =
    | { system: false; handler: JobHandler; options: Required<JobOptions> }
    | { system: true; handler: SystemJobHandler; options: Required<JobOptions> };
  const definitions = new Map<string, Definition>();
  const leaseSeconds = Math.max(1, Math.round(ctx.config.jobLeaseSeconds));
  const pending = new Set<Promise<unknown>>();
  const base = rootRunner(ctx.database);
  // Every pg-boss statement outside a transaction is tracked, so stop() can wait for them.
  const root: SqlRunner = {
    executeSql(text, values) {
      const promise = base.executeSql(text, values);
      pending.add(promise);
      void promise.catch(() => undefined).finally(() => pending.delete(promise));
      return promise;
    },
  };
  const boss = new PgBoss({
    db: root as PgBoss.Db,
    schema: JOB_SCHEMA,
    supervise: false, // maintenance runs in maintain() below, on our own timer and our own terms
    schedule: false,
    migrate: true,
  });
  boss.on('error', (error) => ctx.log.error({ err: error }, '后台任务队列错误'));

  const knownQueues = new Set<string>();
  let installing: Promise<void> | undefined;
  let installed = false;
  let controller: AbortController | undefined;
  let loops: Promise<void>[] = [];
  const inFlight = new Map<string, { type: string; heartbeat?: NodeJS.Timeout }>(); // by pg-boss job id
  let maintenanceTimer: NodeJS.Timeout | undefined;

  function install(): Promise<void> {
    installing ??= (async () => {
      await boss.start();
      for (const type of definitions.keys()) await ensureQueue(root, type);
      installed = true;
    })().catch((error) => {
      installing = undefined;
      throw error;
    });
    return installing;
  }

  /** Creates the queue of a type if missing (also inside a transaction, where it rolls back with it). */
  async function ensureQueue(runner: SqlRunner, type: string): Promise<void> {
    if (knownQueues.has(type)) return;
    const { rows } = await runner.executeSql(`select 1 from ${JOB_SCHEMA}.queue where name = $1`, [type]);
    if (rows.length > 0) {
      // Outside a transaction the row is committed; inside one it may be this transaction's own.
      if (runner === root) knownQueues.add(type);
      return;
    }
    // Serialised: two processes creating queues at once deadlock on pg-boss's partition DDL.
    // create_queue itself does nothing when the queue exists by the time the lock is ours.
    await runner.executeSql(
      `select ${JOB_SCHEMA}.create_queue($1, $2) from (select pg_advisory_xact_lock($3)) as serialised`,
      [type, { policy: 'standard' }, QUEUE_LOCK_KEY],
    );
  }

  async function setTask(id: string, values: Partial<typeof tasks.$inferInsert>) {
    await ctx.db
      .update(tasks)
      .set(values)
      .where(and(eq(tasks.id, id), eq(tasks.status, 'running')));
  }

  /**
   * Renews the short lease while a handler runs (a third of it, so two missed beats are
   * survived), so only a dead process loses its job — and loses it within seconds.
   */
  function renewLease(type: string, jobId: string, leaseSeconds: number, ref: string): NodeJS.Timeout {
    const heartbeatMs = Math.max(200, (leaseSeconds * 1000) / 3);
    let beating = false;
    const heartbeat = setInterval(() => {
      if (beating) return; // one renewal at a time: a slow database must not pile them up
      beating = true;
      root
        .executeSql(
          `update ${JOB_SCHEMA}.job set started_on = now() where name = $1 and id = $2 and state = 'active' returning id`,
          [type, jobId],
        )
        .then(({ rows }) => {
          if (rows.length === 0)
            ctx.log.warn({ taskId: ref, type }, '后台任务租约已失效，任务可能已由其他进程接手');
        })
        .catch((error) => ctx.log.warn({ err: error, taskId: ref }, '后台任务续期失败'))
        .finally(() => (beating = false));
    }, heartbeatMs);
    heartbeat.unref();
    const entry = inFlight.get(jobId);
    if (entry) entry.heartbeat = heartbeat;
    return heartbeat;
  }

  /** A system job: no task row; a thrown error fails the pg-boss job, which retries it. */
  async function runSystemJob(
    type: string,
    jobId: string,
    handler: SystemJobHandler,
    options: Required<JobOptions>,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const heartbeat = renewLease(type, jobId, options.leaseSeconds, jobId);
    try {
      await handler({ jobId, payload });
    } catch (error) {
      clearInterval(heartbeat);
      ctx.log.error({ err: error, jobId, type }, '系统后台任务执行失败，稍后重试');
      await boss.fail(type, jobId, { message: failureMessage(error) });
      return;
    }
    clearInterval(heartbeat);
    await boss.complete(type, jobId);
  }

  async function runJob(type: string, jobId: string, taskId: string): Promise<void> {
    const definition = definitions.get(type)!;
    if (definition.system) throw new Error(`system job ${type} run as a task`);
    const [task] = await ctx.db
      .update(tasks)
      .set({
        status: 'running',
        attempts: sql`${tasks.attempts} + 1`,
        startedAt: sql`coalesce(${tasks.startedAt}, ${ctx.now()})`,
        error: null,
      })
      .where(and(eq(tasks.id, taskId), inArray(tasks.status, ['queued', 'running'])))
      .returning();
    if (!task) {
      // Already finished by an earlier run whose completion did not reach pg-boss: nothing to do.
      await boss.complete(type, jobId);
      return;
    }

    const heartbeat = renewLease(type, jobId, definition.options.leaseSeconds, taskId);
    // Progress is written at most every PROGRESS_THROTTLE_MS; a skipped value is written by a
    // trailing timer, so the page never lags behind a handler that pauses on a slow step.
    let latest = { done: task.progressDone, total: task.progressTotal };
    let written = { ...latest };
    let lastWrite = 0;
    let trailing: NodeJS.Timeout | undefined;
    const flush = async () => {
      if (trailing) clearTimeout(trailing);
      trailing = undefined;
      if (latest.done === written.done && latest.total === written.total) return;
      written = { ...latest };
      lastWrite = Date.now();
      await setTask(taskId, { progressDone: written.done, progressTotal: written.total });
    };
    const settle = () => {
      clearInterval(heartbeat);
      if (trailing) clearTimeout(trailing);
      trailing = undefined;
    };

    try {
      const outcome = await definition.handler({
        taskId,
        payload: task.payload,
        ownerUserId: task.ownerUserId,
        orgId: task.orgId,
        attempt: task.attempts,
        async progress(done, total) {
          latest = { done: Math.max(0, Math.trunc(done)), total: Math.max(0, Math.trunc(total)) };
          const wait = lastWrite + PROGRESS_THROTTLE_MS - Date.now();
          if (wait <= 0 || latest.done >= latest.total) return flush();
          trailing ??= setTimeout(() => {
            trailing = undefined;
            flush().catch((error) => ctx.log.warn({ err: error, taskId }, '任务进度写入失败'));
          }, wait);
        },
      });
      settle();
      await setTask(taskId, {
        status: 'succeeded',
        progressDone: latest.done,
        progressTotal: latest.total,
        result: outcome.result ?? null,
        resultFileId: outcome.resultFileId ?? null,
        finishedAt: ctx.now(),
      });
    } catch (error) {
      settle();
      if (!isAppError(error)) ctx.log.error({ err: error, taskId, type }, '后台任务执行失败');
      await setTask(taskId, {
        status: 'failed',
        progressDone: latest.done,
        progressTotal: latest.total,
        error: failureMessage(error),
        finishedAt: ctx.now(),
      });
    }
    await boss.complete(type, jobId);
  }

  async function loop(type: string, signal: AbortSignal): Promise<void> {
    const pollMs = Math.max(100, ctx.config.jobPollSeconds * 1000);
    while (!signal.aborted) {
      let worked = false;
      try {
        const [job] = await boss.fetch<Record<string, unknown>>(type, { batchSize: 1 });
        if (job) {
          worked = true;
          inFlight.set(job.id, { type });
          const definition = definitions.get(type)!;
          try {
            if (definition.system)
              await runSystemJob(type, job.id, definition.handler, definition.options, job.data ?? {});
            else await runJob(type, job.id, typeof job.data?.taskId === 'string' ? job.data.taskId : job.id);
          } catch (error) {
            // The task row could not be written (database trouble): let pg-boss retry the job.
            ctx.log.error({ err: error, jobId: job.id }, '后台任务状态写入失败，稍后重试');
            await boss.fail(type, job.id, { message: String(error) }).catch(() => undefined);
          } finally {
            inFlight.delete(job.id);
          }
        }
      } catch (error) {
        ctx.log.error({ err: error, type }, '后台任务轮询失败');
      }
      if (!worked) await sleep(pollMs, signal);
    }
  }

  /** Hands the jobs of dead workers (lease not renewed) back to the queue: pg-boss retries them. */
  async function expireLeases(): Promise<void> {
    await install();
    // expire directly: boss.maintain() turns into a no-op once a PgBoss was stopped.
    await boss.expire();
  }

  async function maintain(): Promise<void> {
    await expireLeases();
    await boss.archive();
    await (boss as unknown as { drop(): Promise<void> }).drop(); // untyped in 10.4.2, present at runtime
    // pg-boss gave up on a job (retries used up by dead processes): the task must not stay "running".
    await ctx.db.execute(sql`
      update ${tasks} set status = 'failed', error = ${GAVE_UP}, finished_at = ${ctx.now()}
      where ${tasks.status} in ('queued', 'running')
        and ${tasks.id} in (
          select id from ${sql.raw(JOB_SCHEMA)}.job where state = 'failed'
          union all
          select id from ${sql.raw(JOB_SCHEMA)}.archive where state = 'failed'
        )`);
  }

  return {
    define(type, handler, options = {}) {
      if (definitions.has(type)) throw new Error(`后台任务类型重复定义：${type}`);
      definitions.set(type, { system: false, handler, options: { ...DEFAULTS, leaseSeconds, ...options } });
    },

    defineSystem(type, handler, options = {}) {
      if (definitions.has(type)) throw new Error(`后台任务类型重复定义：${type}`);
      definitions.set(type, { system: true, handler, options: { ...DEFAULTS, leaseSeconds, ...options } });
    },

    async enqueueSystem(executor, input) {
      const definition = definitions.get(input.type);
      if (!definition?.system) throw new Error(`未定义的系统后台任务类型：${input.type}`);
      if (!installed) {
        if (ctx.database.kind === 'pglite' && is(executor, PgTransaction)) {
          throw new Error('后台任务表尚未安装：请先调用 jobs.install()（tasks 模块在启动时调用）');
        }
        await install();
      }
      const runner = transactionRunner(executor, root);
      await ensureQueue(runner, input.type);
      const { leaseSeconds: expireInSeconds, retryLimit, retryDelaySeconds } = definition.options;
      const jobId = await boss.send(input.type, input.payload, {
        ...(input.id ? { id: input.id } : {}),
        ...(input.startAfter ? { startAfter: input.startAfter } : {}),
        db: runner as PgBoss.Db,
        expireInSeconds,
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
      } as PgBoss.SendOptions);
      if (jobId) return true;
      if (input.id) {
        // ON CONFLICT DO NOTHING: the job of that id is already queued (or ran).
        const { rows } = await runner.executeSql(
          `select 1 from ${JOB_SCHEMA}.job where name = $1 and id = $2`,
          [input.type, input.id],
        );
        if (rows.length > 0) return false;
      }
      knownQueues.delete(input.type);
      throw new Error(`后台任务入队失败：${input.type}`);
    },

    async findActive(executor, input) {
      const [task] = await executor
        .select({ id: tasks.id })
        .from(tasks)
        .where(
          and(
            eq(tasks.type, input.type),
            eq(tasks.ownerUserId, input.ownerUserId),
            inArray(tasks.status, ['queued', 'running']),
          ),
        )
        .orderBy(desc(tasks.createdAt))
        .limit(1);
      return task?.id ?? null;
    },

    async enqueue(executor, input) {
      const definition = definitions.get(input.type);
      if (!definition) throw new Error(`未定义的后台任务类型：${input.type}`);
      if (!installed) {
        // On PGlite the caller's open transaction holds the only connection: installing now would hang.
        if (ctx.database.kind === 'pglite' && is(executor, PgTransaction)) {
          throw new Error('后台任务表尚未安装：请先调用 jobs.install()（tasks 模块在启动时调用）');
        }
        await install();
      }
      const [task] = await executor
        .insert(tasks)
        .values({
          type: input.type,
          title: input.title,
          payload: input.titleParams ? { ...input.payload, titleParams: input.titleParams } : input.payload,
          ownerUserId: input.ownerUserId,
          orgId: input.orgId,
          createdAt: ctx.now(),
        })
        .returning({ id: tasks.id });
      const runner = transactionRunner(executor, root);
      await ensureQueue(runner, input.type);
      const { leaseSeconds: expireInSeconds, retryLimit, retryDelaySeconds } = definition.options;
      const jobId = await boss.send(input.type, { taskId: task!.id }, {
        id: task!.id,
        db: runner as PgBoss.Db,
        // pg-boss's "expire" is our lease: the heartbeat moves started_on, so a job runs as long
        // as it needs and is taken back only when its worker stops renewing it.
        expireInSeconds,
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
      } as PgBoss.SendOptions);
      if (!jobId) {
        knownQueues.delete(input.type); // the queue vanished (e.g. storage cleared): look again next time
        throw new Error(`后台任务入队失败：${input.type}`);
      }
      return task!.id;
    },

    install,

    async start() {
      if (controller) return;
      await install();
      for (const type of definitions.keys()) await ensureQueue(root, type); // types defined after install()
      controller = new AbortController();
      const signal = controller.signal;
      loops = [...definitions.keys()].map((type) => loop(type, signal));
      // Leases are checked every third of a lease, starting now: a task whose process died is
      // back in the queue at most lease + lease/3 after its last heartbeat (≈ 20 s by default),
      // also when the process that comes up is the restarted one. Housekeeping runs every minute.
      const expiryMs = Math.max(200, (leaseSeconds * 1000) / 3);
      let lastHousekeeping = Date.now();
      const tick = (delayMs: number) => {
        maintenanceTimer = setTimeout(() => {
          const housekeeping = Date.now() - lastHousekeeping >= HOUSEKEEPING_MS;
          if (housekeeping) lastHousekeeping = Date.now();
          (housekeeping ? maintain() : expireLeases())
            .catch((error) => ctx.log.error({ err: error }, '后台任务维护失败'))
            .finally(() => {
              if (!signal.aborted) tick(expiryMs);
            });
        }, delayMs);
        maintenanceTimer.unref();
      };
      tick(0);
    },

    async stop(options = {}) {
      const timeoutMs = options.timeoutMs ?? 30_000;
      if (controller) {
        controller.abort();
        controller = undefined;
        if (maintenanceTimer) clearTimeout(maintenanceTimer);
        const all = Promise.all(loops);
        const timedOut = await Promise.race([
          all.then(() => false),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
        ]);
        if (timedOut) {
          // Hand unfinished tasks back to pg-boss: they are retried by a running process.
          for (const [jobId, { type, heartbeat }] of inFlight) {
            clearInterval(heartbeat);
            await boss.fail(type, jobId, { message: 'worker stopped' }).catch(() => undefined);
          }
          inFlight.clear();
        }
        loops = [];
      }
      // pg-boss itself holds no timers or connections here (supervise off, our database), so only
      // the statements still in flight are awaited; the instance can be started again.
      await Promise.allSettled([...pending]);
    },

    maintain,

    async waitFor(taskId, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await ctx.db
          .select({ status: tasks.status, error: tasks.error })
          .from(tasks)
          .where(eq(tasks.id, taskId))
          .limit(1);
        if (row && (row.status === 'succeeded' || row.status === 'failed')) return row;
        if (Date.now() > deadline)
          throw new Error(`等待后台任务超时：${taskId}（状态 ${row?.status ?? '不存在'}）`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
