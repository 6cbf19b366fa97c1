import type { Config } from '../../../platform/config.js';
import { AppError } from '../../../platform/errors.js';
import {
  createWorkerPool,
  WorkerPoolBusyError,
  WorkerTimeoutError,
  type WorkerPool,
} from '../../../platform/workers/pool.js';
import type { VerifyJob, VerifyJobResult } from './verify-worker.js';

/**
 * Uploaded files are checked on worker threads, never on the event loop that serves everyone
 * (issue 8): a file built to be slow costs its worker at most VERIFY_TIMEOUT_MS, then the worker
 * is replaced. One pool per process (per configuration), started on first use, stopped when idle.
 */
const pools = new Map<string, WorkerPool<VerifyJob, VerifyJobResult>>();
const IDLE_MS = 5 * 60_000;

function poolFor(config: Config): WorkerPool<VerifyJob, VerifyJobResult> {
  const { workers, timeoutMs, queue } = config.verify;
  const key = `${workers}/${timeoutMs}/${queue}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = createWorkerPool<VerifyJob, VerifyJobResult>({
      module: new URL('./verify-worker.js', import.meta.url),
      size: workers,
      timeoutMs,
      maxQueue: queue,
      idleMs: IDLE_MS,
    });
    pools.set(key, pool);
  }
  return pool;
}

/** Runs the signature checks of one file on the verification pool; Chinese errors when refused. */
export async function verifyOnWorker(config: Config, job: VerifyJob): Promise<VerifyJobResult> {
  try {
    return await poolFor(config).run(job);
  } catch (error) {
    if (error instanceof WorkerTimeoutError)
      throw new AppError('VERIFY_TIMEOUT', {
        message: `验证超时：文件结构异常，${Math.round(config.verify.timeoutMs / 100) / 10} 秒内未能完成校验（本平台签发的单证几毫秒即可验完）`,
      });
    if (error instanceof WorkerPoolBusyError) throw new AppError('VERIFY_BUSY');
    throw error;
  }
}
