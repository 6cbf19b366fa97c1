import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Database, Db } from './db/index.js';
import type { FieldCrypto } from './crypto/field-crypto.js';
import type { Notifier } from './notify/index.js';
import type { FileService } from './files/index.js';
import type { Jobs } from './jobs/index.js';
import type { LineRegistry } from './lines.js';

/**
 * The services every module receives. Built once in app.ts; external systems (SMS, mail, file
 * storage) are chosen by configuration there and nowhere else (STYLE rule 6).
 */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  crypto: FieldCrypto;
  notify: Notifier;
  files: FileService;
  jobs: Jobs;
  log: FastifyBaseLogger;
  /** The lines of business (lines/registry.ts), for modules that need a line's declarations. */
  lines: LineRegistry;
  /** Injected clock, so tests can move time (lockouts, windows, retention). */
  now(): Date;
};
