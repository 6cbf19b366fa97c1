import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../../platform/workers/start-worker.js';
import type { RenderJob, RenderReply } from './render-worker.js';

/** Renders and signs documents on worker threads (one per core), so bulk issuing uses every core. */
export type RenderPool = {
  size: number;
  render(job: Omit<RenderJob, 'id'>): Promise<Uint8Array>;
  close(): Promise<void>;
};

type Slot = { worker: Worker; inFlight: number };

/**
 * Documents queued at each worker: a worker that finishes one starts the next at once, without
 * waiting for the main thread to hand it over. The main thread is busy for 10–20 ms at a time
 * while it archives a chunk (file writes, statements); with two per worker the workers idled
 * for a sixth of a bulk run.
 */
const PER_WORKER = 6;

export function createRenderPool(size = Math.max(1, os.availableParallelism())): RenderPool {
  let nextId = 1;
  const waiting = new Map<number, { resolve(pdf: Uint8Array): void; reject(e: Error): void; slot: Slot }>();
  const queue: { job: RenderJob; resolve(pdf: Uint8Array): void; reject(e: Error): void }[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const pump = () => {
    while (queue.length) {
      const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight >= PER_WORKER) return;
      const next = queue.shift()!;
      slot.inFlight++;
      waiting.set(next.job.id, { resolve: next.resolve, reject: next.reject, slot });
      slot.worker.postMessage(next.job);
    }
  };

  for (let i = 0; i < size; i++) {
    const worker = startWorker(new URL('./render-worker.js', import.meta.url));
    const slot: Slot = { worker, inFlight: 0 };
    worker.on('message', (reply: RenderReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      w.slot.inFlight--;
      if (reply.pdf) w.resolve(reply.pdf);
      else w.reject(new Error(reply.error ?? '单证生成失败'));
      pump();
    });
    worker.on('error', (error) => {
      for (const [id, w] of waiting) {
        if (w.slot !== slot) continue;
        waiting.delete(id);
        w.reject(error);
      }
    });
    worker.unref();
    slots.push(slot);
  }

  return {
    size,
    render(job) {
      if (closed) return Promise.reject(new Error('渲染线程池已关闭'));
      return new Promise((resolve, reject) => {
        queue.push({ job: { ...job, id: nextId++ } as RenderJob, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

let shared: { pool: RenderPool; users: number; timer?: NodeJS.Timeout } | undefined;
const IDLE_MS = 60_000;

/**
 * The process-wide pool, started on first use; `release()` when done. Its workers stop after a
 * minute without users, so an idle server does not keep two extra threads and their fonts.
 */
export function acquireRenderPool(): { pool: RenderPool; release(): void } {
  shared ??= { pool: createRenderPool(), users: 0 };
  const current = shared;
  current.users++;
  if (current.timer) clearTimeout(current.timer);
  let released = false;
  return {
    pool: current.pool,
    release() {
      if (released) return;
      released = true;
      if (--current.users > 0) return;
      current.timer = setTimeout(() => {
        if (current.users > 0) return;
        if (shared === current) shared = undefined;
        void current.pool.close();
      }, IDLE_MS);
      current.timer.unref();
    },
  };
}
