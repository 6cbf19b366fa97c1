// PLACEHOLDER until the jobs helper lands its implementation: replace this whole file.
import type { AppContext } from '../context.js';
import type { Jobs } from './types.js';
export type { Jobs, JobContext, JobHandler, JobResult } from './types.js';
export function createJobs(_ctx: Pick<AppContext, 'config' | 'database' | 'db' | 'log' | 'now' | 'files'>): Jobs {
  const missing = () => {
    throw new Error('jobs not implemented yet');
  };
  return { define: () => undefined, enqueue: missing, start: async () => undefined, stop: async () => undefined, waitFor: missing };
}
