import { parentPort, type Transferable, type Worker } from 'node:worker_threads';
import { startWorker } from './start-worker.js';

/**
 * A small pool of worker threads for CPU-bound work that must not run on the event loop serving
 * every request (signature verification of uploaded files). Jobs wait in a bounded queue; a job
 * that runs past its time budget has its worker terminated (and replaced) and fails with
 * `WorkerTimeoutError`. Idle workers do not keep the process alive, and all of them stop after
 * `idleMs` without work.
 */
export type WorkerPool<Job, Result> = {
  size: number;
  run(job: Job, transfer?: Transferable[]): Promise<Result>;
  close(): Promise<void>;
};

export type WorkerPoolOptions = {
  /**
   * The worker module as built JavaScript next to the caller: `new URL('./x-worker.js', import.meta.url)`.
   * From the TypeScript sources (development, tests) its `.ts` twin is loaded through tsx.
   */
  module: URL;
  size: number;
  /** Running time allowed per job; the budget starts when a worker takes the job. */
  timeoutMs?: number;
  /** Jobs allowed to wait for a worker; one more fails at once with `WorkerPoolBusyError`. */
  maxQueue?: number;
  /** Workers stop after this long without a job (started again on the next one). */
  idleMs?: number;
};

export class WorkerTimeoutError extends Error {}
export class WorkerPoolBusyError extends Error {}

type Request = { id: number; job: unknown };
/** A job's answer, or (id 0) the worker saying it has loaded and takes jobs. */
type Reply = { id: number; value?: unknown; error?: string };

/**
 * The worker side: answers each job with `handler`'s value (its `transfer` list moved, not
 * copied) or with the error's message.
 */
export function serveJobs<Job, Result>(
  handler: (job: Job) => Promise<{ value: Result; transfer?: Transferable[] }>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs inside a worker thread');
  port.postMessage({ id: 0 } satisfies Reply);
  port.on('message', (request: Request) => {
    void handler(request.job as Job).then(
      ({ value, transfer }) => port.postMessage({ id: request.id, value } satisfies Reply, transfer ?? []),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          error: (error as Error)?.message ?? String(error),
        } satisfies Reply),
    );
  });
}

type Pending = {
  id: number;
  job: unknown;
  transfer: Transferable[];
  resolve(value: unknown): void;
  reject(error: Error): void;
};

/** `ready` once the worker has loaded its module: a job's budget never pays for a worker's start. */
type Slot = { worker: Worker; ready: boolean; job?: Pending; timer?: NodeJS.Timeout };

export function createWorkerPool<Job, Result>(options: WorkerPoolOptions): WorkerPool<Job, Result> {
  const size = Math.max(1, options.size);
  const queue: Pending[] = [];
  let slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let idleTimer: NodeJS.Timeout | undefined;

  const settle = (slot: Slot) => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    return job;
  };

  /** Replaces a worker that died or overran its budget, failing the job it had. */
  const replace = (slot: Slot, error: Error) => {
    const job = settle(slot);
    slots = slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    job?.reject(error);
    // A worker that fails while loading would fail again: the waiting jobs fail with it.
    if (!slot.ready) for (const waiting of queue.splice(0)) waiting.reject(error);
    pump();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(options.module), ready: false };
    slot.worker.on('message', (reply: Reply) => {
      if (reply.id === 0) {
        slot.ready = true;
        pump();
        return;
      }
      if (slot.job?.id !== reply.id) return;
      const job = settle(slot)!;
      if (reply.error !== undefined) job.reject(new Error(reply.error));
      else job.resolve(reply.value);
      pump();
    });
    slot.worker.on('error', (error) => replace(slot, error));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) replace(slot, new Error(`工作线程意外退出（${code}）`));
    });
    slots.push(slot);
    return slot;
  };

  const stopIdle = () => {
    if (slots.some((s) => s.job) || queue.length) return;
    const idle = slots;
    slots = [];
    for (const s of idle) void s.worker.terminate();
  };

  function pump(): void {
    while (queue.length && !closed) {
      const slot = slots.find((s) => s.ready && !s.job);
      if (!slot) {
        // Start the missing workers; the job waits until one has loaded.
        while (slots.length < size) spawn();
        break;
      }
      const job = queue.shift()!;
      slot.job = job;
      const running = slot;
      if (options.timeoutMs)
        running.timer = setTimeout(
          () => replace(running, new WorkerTimeoutError(`超过 ${options.timeoutMs} 毫秒`)),
          options.timeoutMs,
        );
      slot.worker.postMessage({ id: job.id, job: job.job } satisfies Request, job.transfer);
    }
    // Only a worker with work (or starting for waiting work) keeps the process alive: an idle
    // one must not hold a CLI command or a test run open.
    for (const s of slots) {
      if (s.job || (!s.ready && queue.length)) s.worker.ref();
      else s.worker.unref();
    }
    if (idleTimer) clearTimeout(idleTimer);
    if (options.idleMs && !closed) {
      idleTimer = setTimeout(stopIdle, options.idleMs);
      idleTimer.unref();
    }
  }

  return {
    size,
    run(job, transfer = []) {
      if (closed) return Promise.reject(new Error('工作线程池已关闭'));
      // Jobs that a free (or starting) worker takes at once do not count as waiting.
      const free = size - slots.filter((s) => s.job).length;
      if (options.maxQueue !== undefined && queue.length >= options.maxQueue + free)
        return Promise.reject(new WorkerPoolBusyError('排队的任务已满'));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, job, transfer, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      for (const job of queue.splice(0)) job.reject(new Error('工作线程池已关闭'));
      const all = slots;
      slots = [];
      for (const s of all) settle(s)?.reject(new Error('工作线程池已关闭'));
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
