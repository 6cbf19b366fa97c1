import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread on `module`, the JavaScript file the build puts beside its caller. In
 * the built server that file exists and runs as it is; from the TypeScript sources (development,
 * tests) it does not, and the `.ts` twin is loaded through tsx with the `development` condition,
 * so the workspace packages resolve to their sources too. The one way every pool starts workers.
 */
export function startWorker(module: URL, options: { resourceLimits?: ResourceLimits } = {}): Worker {
  if (fs.existsSync(fileURLToPath(module))) return new Worker(module, options);
  const target = new URL(module.href.replace(/\.js$/, '.ts')).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`;
  const conditions = process.execArgv.some((a) => a.startsWith('--conditions'))
    ? []
    : ['--conditions=development'];
  return new Worker(code, { ...options, eval: true, execArgv: [...process.execArgv, ...conditions] });
}
