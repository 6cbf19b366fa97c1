import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import { acquireDirLock, type DirLock } from './lock.js';

/**
 * The database handle every repository receives: a drizzle database or a transaction. The tables
 * live in the tables.ts of the part that owns them (apps/server/src/tables.ts gathers them for
 * drizzle-kit); queries name their tables, so the handle carries no schema.
 */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
export type Executor = Db | Tx;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL with positional parameters, shared with pg-boss. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

export type OpenOptions = {
  databaseUrl?: string;
  /** Folder of the embedded database; ignored for PostgreSQL. `memory://` for an in-memory one. */
  pgliteDir?: string;
  /** Load an existing PGlite data dump (tests clone a migrated template this way). */
  loadDataDir?: Blob;
  poolSize?: number;
};

/** Opens PostgreSQL when a URL is given, else the embedded PGlite (locked against a second process). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
    pool.on('error', () => undefined); // idle client errors must not crash the process
    const db = drizzlePg(pool) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      pool,
      executeSql: async (text, values) => pool.query(text, values as unknown[]),
      close: () => pool.end(),
    };
  }
  const dir = options.pgliteDir ?? 'memory://';
  let lock: DirLock | undefined;
  if (!dir.startsWith('memory://')) lock = acquireDirLock(path.dirname(path.resolve(dir)));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir.startsWith('memory://') ? undefined : dir, {
      loadDataDir: options.loadDataDir,
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(pglite) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    executeSql: async (text, values) => pglite.query(text, values as unknown[]),
    close: async () => {
      await pglite.close();
      lock?.release();
    },
  };
}

/** Applies the generated SQL migrations (same folder for both databases). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    await migratePg(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  }
}
