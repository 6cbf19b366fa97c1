import type { Module } from '../index.js';
import { registerTaskRoutes } from './routes.js';

/**
 * 我的任务 (PL-6): the signed-in user's background tasks with progress and results. The jobs
 * themselves run in platform/jobs; this module also makes sure pg-boss's tables exist, so that
 * every process — also one that never starts workers — can queue work inside a transaction.
 */
export const tasksModule: Module = async (app, ctx) => {
  await ctx.jobs.install();
  await registerTaskRoutes(app, ctx);
};

export { ZTask, type TaskView } from './schemas.js';
