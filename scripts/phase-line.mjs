// The build phase's line of `npm start`, in the format of the server's start phases
// (apps/server/src/platform/startup-phases.ts; scripts/start.test.ts keeps the two equal).

export const PHASE_PREFIX = 'PolicyHub ▸ ';

/** `1234` → `1.2 s`. */
export function formatSeconds(ms) {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

export function phaseHead(label) {
  return `${PHASE_PREFIX}${label} … `;
}

export function phaseTail(ms, note, failed = false) {
  return `${failed ? '失败 failed after ' : ''}${formatSeconds(ms)}${note ? ` (${note})` : ''}`;
}

/**
 * One phase line on `out`: begun now, ended by `end()`. Anything else written meanwhile goes
 * through `interrupt()` first, which ends the open line; `end()` then prints the line again, whole.
 */
export function beginPhase(out, label, now = Date.now) {
  const head = phaseHead(label);
  const began = now();
  let interrupted = false;
  let open = true;
  out.write(head);
  return {
    interrupt() {
      if (open && !interrupted) {
        out.write('\n');
        interrupted = true;
      }
    },
    end(note, failed = false) {
      if (!open) return;
      const tail = phaseTail(now() - began, note, failed);
      out.write(interrupted ? `${head}${tail}\n` : `${tail}\n`);
      open = false;
    },
  };
}
