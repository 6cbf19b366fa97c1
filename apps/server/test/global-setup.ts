import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase, migrateDatabase } from '../src/platform/db/index.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgAdminUrl: string;
    pgTemplateDb: string;
  }
}

/**
 * Migrates one template database per run; every test file gets its own copy (a PGlite data dump,
 * or a PostgreSQL `CREATE DATABASE … TEMPLATE`), so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const templateDb = `policyhub_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDb}`);
    await admin.query(`create database ${templateDb}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${templateDb}`;
    const database = await openDatabase({ databaseUrl: u.toString() });
    await migrateDatabase(database);
    await database.close();
    project.provide('pgAdminUrl', url);
    project.provide('pgTemplateDb', templateDb);
    project.provide('pgliteTemplate', '');
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const dbs = await c.query(
        `select datname from pg_database where datname like 'policyhub_t_%' or datname = $1`,
        [templateDb],
      );
      for (const row of dbs.rows)
        await c.query(`drop database if exists ${row.datname} with (force)`).catch(() => undefined);
      await c.end();
    };
  }
  const database = await openDatabase({ pgliteDir: 'memory://' });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-tpl-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('pgAdminUrl', '');
  project.provide('pgTemplateDb', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
