/**
 * The human lines a starting server prints: one per phase (migrating, seeding) and one when it is
 * ready, e.g.
 *
 *     PolicyHub ▸ 迁移数据库 migrating … 0.2 s
 *     PolicyHub ▸ 写入演示数据 seeding demo data … 2.3 s (新增 created: 20)
 *     PolicyHub ▸ 就绪 ready at http://127.0.0.1:3000 in 9.8 s
 *
 * A phase's line is begun when the phase starts (so a slow phase says what it is doing) and ended
 * with its duration. A log record written meanwhile (a warning during seeding) first ends the
 * open line; the phase's line is then printed again, whole, when it ends. scripts/start.mjs
 * prints the build line in the same format (scripts/phase-line.mjs; a test keeps them equal).
 * The structured log is unchanged: the reporter only adds these lines, and takes the place of the
 * startup records that would say the same thing (see `quietStartupRecords`).
 */
export type StartupPhases = {
  /** False when nothing is printed: the structured log then carries the startup records as before. */
  readonly enabled: boolean;
  /** Runs one phase, printing its line; `describe` turns the phase's result into a note. */
  phase<T>(label: string, run: () => Promise<T>, describe?: (result: T) => string | undefined): Promise<T>;
  /** The last line: where the server answers and how long since the start (`startedAt`). */
  ready(url: string): void;
  /** Ends an open phase line before something else is written to the same console. */
  interrupt(): void;
};

export const PHASE_PREFIX = 'PolicyHub ▸ ';

/** `1234` → `1.2 s`: one decimal is what a person waiting reads. */
export function formatSeconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** The begun part of a phase's line. */
export function phaseHead(label: string): string {
  return `${PHASE_PREFIX}${label} … `;
}

/** The ending of a phase's line (without the newline). */
export function phaseTail(ms: number, note?: string, failed = false): string {
  return `${failed ? '失败 failed after ' : ''}${formatSeconds(ms)}${note ? ` (${note})` : ''}`;
}

export function readyLine(url: string, sinceStartMs: number): string {
  return `${PHASE_PREFIX}就绪 ready at ${url} in ${formatSeconds(sinceStartMs)}`;
}

export const SILENT_PHASES: StartupPhases = {
  enabled: false,
  phase: (_label, run) => run(),
  ready: () => undefined,
  interrupt: () => undefined,
};

/** A reporter writing to `out` (the process's stdout); `startedAt` is when the start began (epoch ms). */
export function createStartupPhases(options: {
  out: { write(text: string): unknown };
  startedAt: number;
  now?: () => number;
}): StartupPhases {
  const now = options.now ?? Date.now;
  let open: { head: string; interrupted: boolean } | undefined;
  const write = (text: string) => void options.out.write(text);
  const end = (tail: string) => {
    if (!open) return;
    write(open.interrupted ? `${open.head}${tail}\n` : `${tail}\n`);
    open = undefined;
  };
  return {
    enabled: true,
    async phase(label, run, describe) {
      const began = now();
      open = { head: phaseHead(label), interrupted: false };
      write(open.head);
      try {
        const result = await run();
        end(phaseTail(now() - began, describe?.(result)));
        return result;
      } catch (error) {
        end(phaseTail(now() - began, undefined, true));
        throw error;
      }
    },
    ready(url) {
      this.interrupt();
      write(`${readyLine(url, now() - options.startedAt)}\n`);
    },
    interrupt() {
      if (open && !open.interrupted) {
        write('\n');
        open.interrupted = true;
      }
    },
  };
}

/**
 * The reporter the server process uses: printing when started by scripts/start.mjs (which passes
 * its start time as POLICYHUB_STARTED_AT) or in a terminal; silent otherwise (a service manager,
 * the browser suite), so the console there holds only the structured log, as before.
 */
export function startupPhasesFor(
  startedAt: number | undefined,
  out: { write(text: string): unknown; isTTY?: boolean },
  processStartedAt: number,
): StartupPhases {
  if (startedAt === undefined && !out.isTTY) return SILENT_PHASES;
  return createStartupPhases({ out, startedAt: startedAt ?? processStartedAt });
}

/** Fastify's listen record in phase mode (`listenTextResolver`): marked so the log stream can leave it out. */
export const LISTEN_MARKER = '[listen] ';
export const listenText = (address: string) => `${LISTEN_MARKER}${address}`;

/**
 * The log destination while phases are printed: the structured log still goes to `out`, as JSON,
 * but each record first ends an open phase line, and Fastify's "listening at" record (see
 * `listenText`) is left out — the ready line says it.
 */
export function phaseAwareLogStream(
  phases: StartupPhases,
  out: { write(text: string): unknown },
): { write(record: string): void } {
  const listenRecord = `"msg":"${LISTEN_MARKER}`;
  return {
    write(record) {
      if (record.includes(listenRecord)) return;
      phases.interrupt();
      out.write(record);
    },
  };
}
