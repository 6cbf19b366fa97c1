import type { Module } from '../index.js';
import { IMPORT_JOB_TYPE, registerTemplate, runImportJob } from '../../platform/excel/index.js';
import { registerImportRoutes } from './routes.js';
import { usersTemplate } from './templates/users.js';

/**
 * Excel imports (PL-10): template download, upload → 业务校验 → 业务办理 as a job → result
 * workbook, on the engine in platform/excel. Registers the 'users' template; owns, with the
 * engine, imports and import_rows (people lists are modules/rosters').
 */
export const importsModule: Module = async (app, ctx) => {
  registerTemplate(usersTemplate);
  ctx.jobs.define(IMPORT_JOB_TYPE, (job) => runImportJob(ctx, job));
  await registerImportRoutes(app, ctx);
};

export { usersTemplate, ROLE_BY_LABEL } from './templates/users.js';
export { loadTargetOrg, type TargetOrg } from './templates/target-org.js';
export { findImportUpload } from './repository.js';
