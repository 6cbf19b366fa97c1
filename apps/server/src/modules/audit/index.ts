import type { Module } from '../index.js';
import { registerAuditRoutes } from './routes.js';

/**
 * Audit log pages for security admins (PL-3): search and chain verification. The log itself is
 * written by platform/audit (recordAudit) inside each state change's transaction.
 */
export const auditModule: Module = async (app, ctx) => {
  await registerAuditRoutes(app, ctx);
};
