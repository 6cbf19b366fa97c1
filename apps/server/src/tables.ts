/**
 * Every table of the one schema (PGlite and PostgreSQL), gathered from the tables.ts files of the
 * platform parts, modules and lines that own them. drizzle-kit reads this file to generate migrations;
 * tests, the seed and the CLI import from it. Code inside modules and lines imports its own tables.ts.
 */
export * from './platform/identity/tables.js';
export * from './modules/accounts/tables.js';
export * from './platform/audit/tables.js';
export * from './platform/notify/tables.js';
export * from './platform/files/tables.js';
export * from './platform/jobs/tables.js';
export * from './platform/excel/tables.js';
export * from './modules/rosters/tables.js';
export * from './platform/db/settings.js';
export * from './modules/policies/tables.js';
export * from './modules/documents/tables.js';
export * from './modules/products/tables.js';
export * from './modules/insurer-gateway/tables.js';
export * from './modules/applications/tables.js';
export * from './modules/approvals/tables.js';
export * from './lines/exchange/tables.js';
export * from './lines/union/tables.js';
