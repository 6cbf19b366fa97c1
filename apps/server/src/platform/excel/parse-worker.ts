import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { readSheetRows, type SheetReadLimits, type SheetRow } from './sheet-rows.js';

/** Messages of the workbook parse pool (parse-pool.ts) and its workers. */
export type ParseRequest =
  | { type: 'parse'; id: number; data: Uint8Array; limits: SheetReadLimits; batchRows: number }
  | { type: 'more'; id: number }
  | { type: 'cancel'; id: number };

export type ParseReply =
  | { type: 'rows'; id: number; rows: SheetRow[] }
  | { type: 'end'; id: number }
  | { type: 'error'; id: number; code: string; message: string; details?: unknown };

// Batches sent ahead of the consumer: enough to hide the round trip, few enough to keep memory flat.
const AHEAD = 2;

const port = parentPort!;
let current: { id: number; credit: number; cancelled: boolean; wake?: () => void } | null = null;

async function parse(request: Extract<ParseRequest, { type: 'parse' }>): Promise<void> {
  const job: NonNullable<typeof current> = { id: request.id, credit: AHEAD, cancelled: false };
  current = job;
  const send = (reply: ParseReply) => port.postMessage(reply);
  try {
    let batch: SheetRow[] = [];
    const flush = async () => {
      while (job.credit === 0 && !job.cancelled) await new Promise<void>((r) => (job.wake = r));
      if (job.cancelled) return;
      job.credit--;
      send({ type: 'rows', id: job.id, rows: batch });
      batch = [];
    };
    for await (const row of readSheetRows(
      Buffer.from(request.data.buffer, request.data.byteOffset, request.data.byteLength),
      request.limits,
    )) {
      batch.push(row);
      if (batch.length >= request.batchRows) await flush();
      if (job.cancelled) break;
    }
    if (!job.cancelled && batch.length) await flush();
    send({ type: 'end', id: job.id });
  } catch (error) {
    if (isAppError(error)) {
      send({ type: 'error', id: job.id, code: error.code, message: error.message, details: error.details });
    } else {
      send({ type: 'error', id: job.id, code: 'EXCEL_CORRUPT', message: '' });
    }
  } finally {
    current = null;
  }
}

port.on('message', (message: ParseRequest) => {
  if (message.type === 'parse') {
    void parse(message);
    return;
  }
  if (!current || current.id !== message.id) return;
  if (message.type === 'more') current.credit++;
  else current.cancelled = true;
  current.wake?.();
});
