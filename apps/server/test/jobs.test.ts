import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import pino from 'pino';
import { tasks } from '../src/tables.js';
import type { Database } from '../src/platform/db/index.js';
import { AppError } from '../src/platform/errors.js';
import { createJobs, type Jobs } from '../src/platform/jobs/index.js';
import { createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';

const until = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

async function taskRow(t: TestApp, id: string) {
  const [row] = await t.ctx.db.select().from(tasks).where(eq(tasks.id, id));
  return row!;
}

async function jobRow(t: TestApp, id: string) {
  const { rows } = await t.database.executeSql('select state, retry_count from pgboss.job where id = $1', [
    id,
  ]);
  return rows[0] as { state: string; retry_count: number } | undefined;
}

function enqueue(
  t: TestApp,
  type: string,
  payload: Record<string, unknown> = {},
  ownerUserId: string | null = null,
) {
  return t.ctx.db.transaction((tx) =>
    t.ctx.jobs.enqueue(tx, { type, title: `测试任务 ${type}`, payload, ownerUserId, orgId: null }),
  );
}

describe('jobs: queueing inside a transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.ctx.jobs.define('test.noop', async () => ({ result: { ok: true } }));
  });
  afterAll(async () => t.close());

  it('queues the task row and the pg-boss job in the caller transaction without hanging', async () => {
    const started = Date.now();
    const id = await enqueue(t, 'test.noop', { n: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await taskRow(t, id)).status).toBe('queued');
    expect((await jobRow(t, id))?.state).toBe('created');
  });

  it('queues nothing when the transaction rolls back', async () => {
    const before = await t.ctx.db.select({ id: tasks.id }).from(tasks);
    let queuedId = '';
    await expect(
      t.ctx.db.transaction(async (tx) => {
        queuedId = await t.ctx.jobs.enqueue(tx, {
          type: 'test.noop',
          title: '回滚',
          payload: {},
          ownerUserId: null,
          orgId: null,
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(queuedId).not.toBe('');
    expect(await t.ctx.db.select({ id: tasks.id }).from(tasks)).toHaveLength(before.length);
    expect(await jobRow(t, queuedId)).toBeUndefined();
  });

  it('refuses an undefined job type', async () => {
    await expect(enqueue(t, 'test.unknown')).rejects.toThrow(/未定义的后台任务类型/);
  });
});

describe('jobs: workers', () => {
  let t: TestApp;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    t = await createTestApp();
    t.ctx.jobs.define('test.progress', async (job) => {
      const total = Number(job.payload.total);
      for (let i = 1; i <= total; i++) {
        await job.progress(i, total);
        if (i === 3) await gate; // hold mid-way so the test can observe persisted progress
      }
      return { result: { rows: total } };
    });
    t.ctx.jobs.define('test.app-error', async () => {
      throw new AppError('EXCEL_EMPTY', { message: '工作簿中没有数据行' });
    });
    t.ctx.jobs.define('test.crash', async (job) => {
      await job.progress(2, 5);
      throw new Error('磁盘已满');
    });
    await t.ctx.jobs.start();
  });
  afterAll(async () => {
    release();
    await t.close();
  });

  it('persists progress while running and ends succeeded with the result', async () => {
    const id = await enqueue(t, 'test.progress', { total: 8 });
    await until(async () => (await taskRow(t, id)).progressDone === 3);
    const running = await taskRow(t, id);
    expect(running.status).toBe('running');
    expect(running.progressTotal).toBe(8);
    expect(running.startedAt).not.toBeNull();
    release();
    expect(await t.ctx.jobs.waitFor(id)).toEqual({ status: 'succeeded', error: null });
    const done = await taskRow(t, id);
    expect(done).toMatchObject({ progressDone: 8, progressTotal: 8, result: { rows: 8 }, attempts: 1 });
    expect(done.finishedAt).not.toBeNull();
    await until(async () => (await jobRow(t, id))?.state === 'completed');
  });

  it("ends failed with an AppError's Chinese message, not retried", async () => {
    const id = await enqueue(t, 'test.app-error');
    expect(await t.ctx.jobs.waitFor(id)).toEqual({ status: 'failed', error: '工作簿中没有数据行' });
    expect((await taskRow(t, id)).attempts).toBe(1);
  });

  it('ends failed with 「任务执行失败：…」 for an unexpected error, keeping the progress reached', async () => {
    const id = await enqueue(t, 'test.crash');
    expect(await t.ctx.jobs.waitFor(id)).toEqual({ status: 'failed', error: '任务执行失败：磁盘已满' });
    expect(await taskRow(t, id)).toMatchObject({ progressDone: 2, progressTotal: 5 });
  });
});

describe('jobs: exactly once with two app instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  const runs = new Map<string, string[]>();

  const define = (jobs: Jobs, name: string) =>
    jobs.define('test.count', async (job) => {
      runs.set(job.taskId, [...(runs.get(job.taskId) ?? []), name]);
      await new Promise((r) => setTimeout(r, 20));
      return {};
    });

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ database: a.database });
    define(a.ctx.jobs, 'a');
    define(b.ctx.jobs, 'b');
    await Promise.all([a.ctx.jobs.start(), b.ctx.jobs.start()]);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('runs each of 30 tasks exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await enqueue(i % 2 ? a : b, 'test.count', { i }));
    for (const id of ids) expect((await a.ctx.jobs.waitFor(id)).status).toBe('succeeded');
    await new Promise((r) => setTimeout(r, 1_500)); // a duplicate would show up within a poll interval
    for (const id of ids) expect(runs.get(id)).toHaveLength(1);
    expect(runs.size).toBe(30);
    const rows = await a.ctx.db
      .select({ attempts: tasks.attempts })
      .from(tasks)
      .where(inArray(tasks.id, ids));
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
  });
});

describe('jobs: surviving a restart', () => {
  let first: TestApp;
  let second: TestApp;
  const attempts = new Map<string, number[]>();

  const define = (jobs: Jobs) => {
    const options = { leaseSeconds: 1, retryDelaySeconds: 1 };
    jobs.define(
      'test.resume',
      async (job) => {
        attempts.set(job.taskId, [...(attempts.get(job.taskId) ?? []), job.attempt]);
        return { result: { attempt: job.attempt } };
      },
      options,
    );
    jobs.define(
      'test.handover',
      async (job) => {
        attempts.set(job.taskId, [...(attempts.get(job.taskId) ?? []), job.attempt]);
        if (job.attempt === 1) return new Promise(() => undefined); // never ends: the process is going away
        return { result: { attempt: job.attempt } };
      },
      { retryDelaySeconds: 1 },
    );
  };

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp({ database: first.database });
    define(first.ctx.jobs);
    define(second.ctx.jobs);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('resumes a task whose worker process died (lease expired) on another process', async () => {
    const id = await enqueue(first, 'test.resume');
    // A worker takes the job and marks the task running, then its process dies.
    const dead = new PgBoss({
      db: { executeSql: (text, values) => first.database.executeSql(text, values) },
      schema: 'pgboss',
    });
    const [taken] = await dead.fetch('test.resume');
    expect(taken?.id).toBe(id);
    await first.ctx.db.update(tasks).set({ status: 'running', attempts: 1 }).where(eq(tasks.id, id));
    await new Promise((r) => setTimeout(r, 1_200)); // the 1 s lease runs out

    await second.ctx.jobs.start();
    await second.ctx.jobs.maintain(); // what the periodic maintenance does: expire → retry
    expect((await jobRow(second, id))?.state).toBe('retry');
    expect(await second.ctx.jobs.waitFor(id, 20_000)).toEqual({ status: 'succeeded', error: null });
    expect(attempts.get(id)).toEqual([2]);
    expect(await taskRow(second, id)).toMatchObject({ attempts: 2, result: { attempt: 2 } });
    await second.ctx.jobs.stop();
  });

  it('hands a running task over when a process shuts down before it ends', async () => {
    const id = await enqueue(first, 'test.handover');
    await first.ctx.jobs.start();
    await until(async () => (await taskRow(first, id)).status === 'running');
    await first.ctx.jobs.stop({ timeoutMs: 200 });
    expect((await jobRow(first, id))?.state).toBe('retry');

    await second.ctx.jobs.start();
    expect(await second.ctx.jobs.waitFor(id, 20_000)).toEqual({ status: 'succeeded', error: null });
    expect(attempts.get(id)).toEqual([1, 2]);
    expect((await taskRow(second, id)).attempts).toBe(2);
  });

  it('marks a task failed once pg-boss gives up on it', async () => {
    const id = await enqueue(first, 'test.resume');
    await first.database.executeSql(
      `update pgboss.job set state = 'failed', completed_on = now() where id = $1`,
      [id],
    );
    await second.ctx.jobs.maintain();
    const row = await taskRow(second, id);
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/处理进程多次中断/);
  });
});

describe('jobs: a worker process killed mid-task (kill -9) at the default lease', () => {
  let survivor: TestApp;
  let dead: Jobs;
  let killed = false;
  const runs: { attempt: number; at: number }[] = [];

  beforeAll(async () => {
    survivor = await createTestApp({ env: { JOB_POLL_SECONDS: '1' } }); // default lease and poll
    // The doomed process: its own job workers on the same database. "kill -9" = from that moment
    // none of its statements reaches the database again (no heartbeat, no completion, no fail).
    const real = survivor.database;
    const severed: Database = {
      kind: real.kind,
      db: real.db,
      executeSql: (text, values) => (killed ? new Promise(() => undefined) : real.executeSql(text, values)),
      close: async () => undefined,
    };
    dead = createJobs({
      config: survivor.config,
      database: severed,
      db: real.db,
      log: pino({ level: 'silent' }),
      now: () => new Date(),
      files: survivor.ctx.files,
    });
    const handler = (name: string) => async (job: Parameters<Parameters<Jobs['define']>[1]>[0]) => {
      runs.push({ attempt: job.attempt, at: Date.now() });
      await job.progress(name === 'dead' ? 8 : 20, 20);
      if (name === 'dead') return new Promise<never>(() => undefined); // killed before it ends
      return { result: { attempt: job.attempt } };
    };
    dead.define('test.killed', handler('dead'));
    survivor.ctx.jobs.define('test.killed', handler('survivor'));
  });
  afterAll(async () => survivor.close());

  it('is resumed within 30 s by the restarted process, and the task says it was resumed', async () => {
    await dead.start();
    const id = await enqueue(survivor, 'test.killed');
    await until(async () => (await taskRow(survivor, id)).progressDone === 8);
    await new Promise((r) => setTimeout(r, 6_000)); // it ran a while: at least one heartbeat went out
    killed = true;
    const killedAt = Date.now();

    await survivor.ctx.jobs.start(); // the restarted server process
    const me = await createUser(survivor, { role: 'individual' });
    await survivor.ctx.db.update(tasks).set({ ownerUserId: me.id }).where(eq(tasks.id, id));
    await until(async () => runs.length === 2, 75_000);
    const resumedAfterMs = runs[1]!.at - killedAt;
    console.info(`resumed ${(resumedAfterMs / 1000).toFixed(1)} s after the kill`);
    expect(runs.map((r) => r.attempt)).toEqual([1, 2]);
    expect(resumedAfterMs).toBeLessThan(30_000);
    expect(survivor.config.jobLeaseSeconds).toBe(15); // measured at the default
    expect(await survivor.ctx.jobs.waitFor(id)).toEqual({ status: 'succeeded', error: null });
    const res = await survivor.request({
      method: 'GET',
      url: `/api/tasks/${id}`,
      as: await sessionFor(survivor, me),
    });
    expect(res.json()).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      progressDone: 20,
      result: { attempt: 2 },
    });
  }, 100_000);
});

describe('tasks routes (我的任务)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.ctx.jobs.define('test.mine', async () => ({ result: { ok: 1 } }));
  });
  afterAll(async () => t.close());

  it('lists only the caller’s tasks, newest first, and hides others’ tasks as 404', async () => {
    const me = await createUser(t, { role: 'individual' });
    const other = await createUser(t, { role: 'individual' });
    const first = await enqueue(t, 'test.mine', { secret: '110101199003070011' }, me.id);
    await new Promise((r) => setTimeout(r, 5));
    const second = await enqueue(t, 'test.mine', {}, me.id);
    const theirs = await enqueue(t, 'test.mine', {}, other.id);
    const as = await sessionFor(t, me);

    const list = await t.request({ method: 'GET', url: '/api/tasks', as });
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.total).toBe(2);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([second, first]);
    expect(body.items[0]).toMatchObject({
      type: 'test.mine',
      status: 'queued',
      progressDone: 0,
      resultFileId: null,
    });
    expect(JSON.stringify(body)).not.toContain('110101199003070011'); // payload is never listed

    const one = await t.request({ method: 'GET', url: `/api/tasks/${first}`, as });
    expect(one.statusCode).toBe(200);
    expect(one.json().id).toBe(first);

    const foreign = await t.request({ method: 'GET', url: `/api/tasks/${theirs}`, as });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
    const malformed = await t.request({ method: 'GET', url: '/api/tasks/not-a-uuid', as });
    expect(malformed.statusCode).toBe(400);
  });

  it('lists the values of the translated title, and nothing else of the payload', async () => {
    const me = await createUser(t, { role: 'individual' });
    const withParams = await t.ctx.db.transaction((tx) =>
      t.ctx.jobs.enqueue(tx, {
        type: 'test.mine',
        title: '批量签发电子保单（12 份）',
        titleParams: { count: 12, orderNo: 'EX-1' },
        payload: { idNumber: '110101199003070011' },
        ownerUserId: me.id,
        orgId: null,
      }),
    );
    const without = await enqueue(t, 'test.mine', { titleParams: { name: { nested: true } } }, me.id);
    const as = await sessionFor(t, me);
    const one = await t.request({ method: 'GET', url: `/api/tasks/${withParams}`, as });
    expect(one.json()).toMatchObject({
      title: '批量签发电子保单（12 份）',
      titleParams: { count: 12, orderNo: 'EX-1' },
    });
    expect(JSON.stringify(one.json())).not.toContain('110101199003070011');
    const other = await t.request({ method: 'GET', url: `/api/tasks/${without}`, as });
    expect(other.json().titleParams).toEqual({});
    const [row] = await t.ctx.db.select().from(tasks).where(eq(tasks.id, withParams));
    expect(row!.payload).toEqual({
      idNumber: '110101199003070011',
      titleParams: { count: 12, orderNo: 'EX-1' },
    });
  });

  it('requires a signed-in user', async () => {
    expect((await t.request({ method: 'GET', url: '/api/tasks' })).statusCode).toBe(401);
    const res = await t.request({ method: 'GET', url: `/api/tasks/${crypto.randomUUID()}` });
    expect(res.statusCode).toBe(401);
  });

  it('shows the result after the task ran', async () => {
    const me = await createUser(t, { role: 'individual' });
    const id = await enqueue(t, 'test.mine', {}, me.id);
    await t.ctx.jobs.start();
    await t.ctx.jobs.waitFor(id);
    const res = await t.request({ method: 'GET', url: `/api/tasks/${id}`, as: await sessionFor(t, me) });
    expect(res.json()).toMatchObject({ status: 'succeeded', result: { ok: 1 } });
    expect(res.json().finishedAt).toEqual(expect.any(String));
    await t.ctx.jobs.stop();
  });
});

describe('jobs: system jobs (no tasks row)', () => {
  let t: TestApp;
  const runs: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestApp();
    t.ctx.jobs.defineSystem(
      'test.system',
      async ({ payload }) => {
        const key = String(payload.key);
        runs[key] = (runs[key] ?? 0) + 1;
        if (payload.failOnce && runs[key] === 1) throw new Error('数据库暂时不可用');
      },
      { retryDelaySeconds: 1 },
    );
    await t.ctx.jobs.start();
  });
  afterAll(async () => t.close());

  it('runs without a tasks row; a second enqueue of the same id queues nothing; rolled back = never', async () => {
    const before = await t.ctx.db.select({ id: tasks.id }).from(tasks);
    const id = '6d7b2f0e-0b7a-4c56-9b8e-1f2d3c4b5a60';
    expect(await t.ctx.jobs.enqueueSystem(t.ctx.db, { type: 'test.system', id, payload: { key: 'a' } })).toBe(
      true,
    );
    expect(await t.ctx.jobs.enqueueSystem(t.ctx.db, { type: 'test.system', id, payload: { key: 'a' } })).toBe(
      false,
    );
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await t.ctx.jobs.enqueueSystem(tx, { type: 'test.system', payload: { key: 'rolled-back' } });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await until(async () => (await jobRow(t, id))?.state === 'completed');
    expect(runs.a).toBe(1);
    expect(runs['rolled-back']).toBeUndefined();
    const { rows } = await t.database.executeSql(
      `select id from pgboss.job where name = 'test.system' and data->>'key' = 'rolled-back'`,
    );
    expect(rows).toEqual([]);
    expect(await t.ctx.db.select({ id: tasks.id }).from(tasks)).toHaveLength(before.length);
  });

  it('a handler that throws is retried by pg-boss', async () => {
    const id = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
    await t.ctx.jobs.enqueueSystem(t.ctx.db, {
      type: 'test.system',
      id,
      payload: { key: 'b', failOnce: true },
    });
    await until(async () => (await jobRow(t, id))?.state === 'completed', 20_000);
    expect(runs.b).toBe(2);
    expect((await jobRow(t, id))?.retry_count).toBe(1);
  });
});
