import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Database } from '../db/index.js';
import type { ObjectStore } from '../files/types.js';

/**
 * Logical backup in one portable file (gzip'd JSON lines), so a backup taken on the embedded
 * database restores on PostgreSQL and back. Contents: every table of the `public` schema and the
 * bytes of every stored file. Job queue internals (schema pgboss) are not included: queued jobs
 * are re-created from their task rows' state by the modules that own them.
 */
const FORMAT = 'policyhub-backup';
const VERSION = 1;
const BATCH = 1000;

type Header = { format: string; version: number; createdAt: string; database: string; tables: string[] };

async function listTables(database: Database): Promise<string[]> {
  const { rows } = await database.executeSql(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.table_name as string);
}

type Exec = (text: string, values?: unknown[]) => Promise<{ rows: any[] }>;

/** Runs statements on ONE connection inside one transaction (a pool would spread them). */
async function inTransaction(database: Database, fn: (exec: Exec) => Promise<void>): Promise<void> {
  if (database.pglite) {
    await database.pglite.transaction(async (tx) => fn((text, values) => tx.query(text, values)));
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('begin');
    await fn((text, values) => client.query(text, values));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes a backup of the database (and the file store's objects) to `file`. */
export async function backupDatabase(
  database: Database,
  store: ObjectStore | null,
  file: string,
): Promise<{ tables: number; rows: number; files: number }> {
  const tables = await listTables(database);
  let rowCount = 0;
  let fileCount = 0;
  async function* lines(): AsyncGenerator<string> {
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      database: database.kind,
      tables,
    };
    yield JSON.stringify({ header }) + '\n';
    for (const table of tables) {
      for (let offset = 0; ; offset += BATCH) {
        // ctid order is stable inside one snapshot-less read of an idle database; backups are taken
        // with the server stopped (embedded) or quiet (PostgreSQL).
        const { rows } = await database.executeSql(
          `select row_to_json(t)::text as j from ${ident(table)} t order by ctid limit ${BATCH} offset ${offset}`,
        );
        for (const row of rows) {
          rowCount++;
          yield `{"t":${JSON.stringify(table)},"r":${row.j as string}}\n`;
        }
        if (rows.length < BATCH) break;
      }
    }
    if (store && tables.includes('files')) {
      const { rows } = await database.executeSql(
        `select distinct storage_key from files order by storage_key`,
      );
      for (const row of rows) {
        const key = row.storage_key as string;
        if (!(await store.exists(key))) continue;
        const data = await store.get(key);
        fileCount++;
        yield JSON.stringify({ f: key, b: data.toString('base64') }) + '\n';
      }
    }
    yield JSON.stringify({ end: true, rows: rowCount, files: fileCount }) + '\n';
  }
  await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(file));
  return { tables: tables.length, rows: rowCount, files: fileCount };
}

/**
 * Replaces the database's contents with a backup (all tables truncated, rows loaded, sequences
 * reset) in one transaction; file objects are written back to the store.
 */
export async function restoreDatabase(
  database: Database,
  store: ObjectStore | null,
  file: string,
): Promise<{ tables: number; rows: number; files: number }> {
  const tables = new Set(await listTables(database));
  // Opened only after the await above: a readline interface starts reading at once, and lines
  // emitted before the loop starts would be lost.
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  let header: Header | undefined;
  let ended = false;
  let rows = 0;
  let files = 0;
  const pending = new Map<string, string[]>();
  const fileObjects: { key: string; data: Buffer }[] = [];

  const statements: { text: string; values?: unknown[] }[] = [];
  const flush = (table: string) => {
    const batch = pending.get(table);
    if (!batch?.length) return;
    statements.push({
      text: `insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, $1::json)`,
      values: [`[${batch.join(',')}]`],
    });
    pending.set(table, []);
  };

  try {
    for await (const line of input) {
      if (!line.trim()) continue;
      const item = JSON.parse(line);
      if (!header) {
        if (item.header?.format !== FORMAT) throw new Error('不是 PolicyHub 备份文件');
        if (item.header.version > VERSION)
          throw new Error(`备份文件版本 ${item.header.version} 高于本程序支持的版本 ${VERSION}`);
        header = item.header as Header;
        for (const t of header.tables) {
          if (!tables.has(t)) throw new Error(`备份中的表 ${t} 在当前数据库中不存在，请先执行 migrate`);
        }
        continue;
      }
      if (item.end) {
        ended = true;
        continue;
      }
      if (item.f) {
        fileObjects.push({ key: item.f as string, data: Buffer.from(item.b as string, 'base64') });
        continue;
      }
      const table = item.t as string;
      if (!header.tables.includes(table)) throw new Error(`备份文件损坏：未知表 ${table}`);
      // Re-serialise only the row object: the line carried it verbatim.
      const list = pending.get(table) ?? [];
      list.push(JSON.stringify(item.r));
      pending.set(table, list);
      rows++;
      if (list.length >= BATCH) flush(table);
    }
  } catch (error) {
    throw new Error(`备份文件无法读取：${(error as Error).message}`);
  }
  if (!header || !ended) throw new Error('备份文件不完整（缺少结尾标记），未做任何修改');
  for (const table of pending.keys()) flush(table);

  const all = [...tables].map(ident).join(', ');
  await inTransaction(database, async (exec) => {
    if (all) await exec(`truncate ${all}`);
    for (const s of statements) await exec(s.text, s.values);
    const { rows: serials } = await exec(
      `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
         from information_schema.columns where table_schema = 'public' and column_default like 'nextval%'`,
    );
    for (const s of serials) {
      if (!s.seq) continue;
      await exec(
        `select setval('${s.seq as string}', coalesce((select max(${ident(s.column_name)}) from ${ident(s.table_name)}), 0) + 1, false)`,
      );
    }
  });
  if (store) {
    for (const f of fileObjects) {
      await store.put(f.key, f.data);
      files++;
    }
  }
  return { tables: header.tables.length, rows, files };
}
