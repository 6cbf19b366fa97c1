import type { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import { AppError, type ErrorCode } from '../errors.js';
import { startWorker } from '../workers/start-worker.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';
import type { SheetReadLimits, SheetRow } from './sheet-rows.js';
import type { WorkbookLimits } from './zip-limits.js';

/** How many workbooks the server parses at once, with how much memory each, and how many may wait. */
export type ParsePoolSettings = { workers: number; heapMb: number; queue: number };

// Rows per message from a worker: large enough that cloning, not messaging, dominates.
const BATCH_ROWS = 500;
// Idle workers stop after this long, so an idle server keeps no parser heaps.
const IDLE_MS = 30_000;

function startParseWorker(heapMb: number): Worker {
  return startWorker(new URL('./parse-worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.max(4, heapMb >> 4) },
  });
}

type Listener = (reply: ParseReply | { type: 'died'; error: Error }) => void;
type Slot = { worker: Worker; listener: Listener | null; idle?: NodeJS.Timeout };

/**
 * Parses workbooks on worker threads, at most `workers` at once, each worker's heap capped at
 * `heapMb` (resourceLimits): whatever a file holds, it can exhaust only its worker, never the
 * server, and the event loop stays free for other requests. Up to `queue` reads wait for a
 * worker; more are refused (EXCEL_BUSY) with how many are ahead. A worker that met a hostile
 * file (limit refused, out of memory) is replaced, so its heap is given back.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly free: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private nextId = 1;

  constructor(readonly settings: ParsePoolSettings) {}

  /** Reads running and reads waiting (for tests and the busy message). */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.length - this.free.length, waiting: this.waiting.length };
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startParseWorker(this.settings.heapMb), listener: null };
    slot.worker.on('message', (reply: ParseReply) => slot.listener?.(reply));
    const died = (error: Error) => {
      this.remove(slot);
      slot.listener?.({ type: 'died', error });
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', (code) => died(new Error(`parse worker exited (${code})`)));
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const j = this.free.indexOf(slot);
    if (j >= 0) this.free.splice(j, 1);
    if (slot.idle) clearTimeout(slot.idle);
  }

  private async acquire(): Promise<Slot> {
    const slot = this.free.pop();
    if (slot) {
      clearTimeout(slot.idle);
      return slot;
    }
    if (this.slots.length < this.settings.workers) return this.spawn();
    if (this.waiting.length >= this.settings.queue) {
      throw new AppError('EXCEL_BUSY', {
        message: `系统繁忙，请稍后重试：当前有 ${this.slots.length} 个文件正在读取、${this.waiting.length} 个在排队`,
        details: { running: this.slots.length, waiting: this.waiting.length },
      });
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot, healthy: boolean): void {
    slot.listener = null;
    if (!healthy) {
      this.remove(slot);
      void slot.worker.terminate();
    }
    const next = this.waiting.shift();
    if (next) {
      next(healthy ? slot : this.spawn());
      return;
    }
    if (!healthy) return;
    this.free.push(slot);
    slot.idle = setTimeout(() => {
      this.remove(slot);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idle.unref();
  }

  /**
   * The rows of the first visible sheet of `data`, read on a worker. Stopping early (a header
   * mismatch, the row limit) cancels the worker's read.
   */
  async *read(data: Buffer, limits: SheetReadLimits): AsyncGenerator<SheetRow> {
    const slot = await this.acquire();
    const id = this.nextId++;
    const batches: SheetRow[][] = [];
    let outcome: { done: true } | { error: Error } | null = null;
    let wake: (() => void) | null = null;
    slot.listener = (reply) => {
      if (reply.type === 'died') {
        outcome = {
          error: new AppError('EXCEL_TOO_LARGE', {
            message: `文件内容过多，读取时超出了内存上限（${this.settings.heapMb} MB），已拒绝读取；请检查文件，或拆分后分批导入`,
            cause: reply.error,
          }),
        };
      } else if (reply.id !== id) return;
      else if (reply.type === 'rows') batches.push(reply.rows);
      else if (reply.type === 'end') outcome = { done: true };
      else {
        outcome = {
          error: new AppError(reply.code as ErrorCode, {
            message: reply.message || undefined,
            details: reply.details,
          }),
        };
      }
      wake?.();
    };
    const post = (message: ParseRequest, transfer: ArrayBuffer[] = []) =>
      slot.worker.postMessage(message, transfer);
    // The worker gets its own copy (the caller keeps the upload to store it).
    const copy = new Uint8Array(data);
    post({ type: 'parse', id, data: copy, limits, batchRows: BATCH_ROWS }, [copy.buffer]);
    let finished = false;
    try {
      for (;;) {
        const batch = batches.shift();
        if (batch) {
          post({ type: 'more', id });
          yield* batch;
          continue;
        }
        const end = outcome as { done: true } | { error: Error } | null;
        if (end) {
          if ('error' in end) throw end.error;
          finished = true;
          return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      if (!finished && !outcome) {
        // The consumer stopped early: wait for the worker to stop reading before reusing it.
        post({ type: 'cancel', id });
        while (!outcome) await new Promise<void>((resolve) => (wake = resolve));
      }
      const end = outcome as { done: true } | { error: Error } | null;
      this.release(slot, !!end && 'done' in end);
    }
  }

  async close(): Promise<void> {
    const all = [...this.slots];
    this.slots.length = 0;
    this.free.length = 0;
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}

const pools = new Map<string, ParsePool>();

/** The process-wide pool for these settings (one per server; tests may use several settings). */
export function parsePool(settings: ParsePoolSettings): ParsePool {
  const key = `${settings.workers}/${settings.heapMb}/${settings.queue}`;
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = new ParsePool(settings)));
  return pool;
}

/** Everything a workbook read needs from the configuration. */
export type WorkbookReading = { limits: WorkbookLimits; pool: ParsePoolSettings };

export function workbookReading(config: Config): WorkbookReading {
  return {
    limits: { maxUncompressedBytes: config.excel.maxUncompressedBytes, maxRatio: config.excel.maxRatio },
    pool: {
      workers: config.excel.parseWorkers,
      heapMb: config.excel.parseHeapMb,
      queue: config.excel.parseQueue,
    },
  };
}
