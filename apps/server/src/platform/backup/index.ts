import crypto from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Database } from '../db/index.js';
import type { ObjectStore } from '../files/types.js';
import { createFieldCrypto, type FieldCrypto } from '../crypto/field-crypto.js';
import type { FieldKeyMaterial } from '../crypto/dev-keys.js';

/**
 * Logical backup in one portable file (gzip'd JSON lines), so a backup taken on the embedded
 * database restores on PostgreSQL and back. Contents: every table of the `public` schema and the
 * bytes of every stored file. Job queue internals (schema pgboss) are not included: queued jobs
 * are re-created from their task rows' state by the modules that own them.
 *
 * The field-encryption keys are NOT data: without them the restored personal data, card numbers,
 * insurer secrets and signing keys cannot be read. So the last line (version 2) records which key
 * ids the data's ciphertexts use, with a check value per key and for the blind-index key (an HMAC
 * of a fixed text: proves possession, reveals nothing), and a restore refuses — before changing
 * anything — unless the configured keys (or keys carried in the backup under a passphrase, see
 * `includeKeys`) pass every check.
 */
const FORMAT = 'policyhub-backup';
const VERSION = 2;
const BATCH = 1000;

type Header = { format: string; version: number; createdAt: string; database: string; tables: string[] };

/** Which keys the backed-up data needs, and how to recognise them. */
type KeyManifest = {
  fieldKeys: { id: string; check: string | null }[];
  blindIndexCheck: string | null;
};

/** Field keys wrapped under a passphrase: scrypt → AES-256-GCM. */
type KeyEnvelope = {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
};

// A field-crypto ciphertext (v1.<keyId>.<iv 12 B>.<ct>.<tag 16 B>, base64url) inside a JSON row.
const CIPHERTEXT = /"v1\.([^".\\]+)\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})"/g;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const ENVELOPE_AAD = Buffer.from('policyhub backup field keys v1');
const MIN_PASSPHRASE = 12;
const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  return scrypt(passphrase, salt, 32, { ...params, maxmem: 256 * params.N * params.r });
}

async function wrapKeys(material: FieldKeyMaterial, passphrase: string): Promise<KeyEnvelope> {
  if (passphrase.length < MIN_PASSPHRASE)
    throw new Error(`备份口令至少 ${MIN_PASSPHRASE} 个字符（口令用于保护随备份携带的加密密钥）`);
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = await deriveKey(passphrase, salt, SCRYPT);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(ENVELOPE_AAD);
  const data = Buffer.concat([cipher.update(JSON.stringify(material), 'utf8'), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

async function unwrapKeys(envelope: KeyEnvelope, passphrase: string): Promise<FieldKeyMaterial> {
  if (envelope.kdf !== 'scrypt' || envelope.N > 2 ** 20 || envelope.r > 32 || envelope.p > 16)
    throw new Error('备份中的密钥封装格式不受支持，未做任何修改');
  const key = await deriveKey(passphrase, Buffer.from(envelope.salt, 'base64'), envelope);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'));
    decipher.setAAD(ENVELOPE_AAD);
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as FieldKeyMaterial;
  } catch {
    throw new Error('备份口令错误，无法解开备份携带的加密密钥，未做任何修改');
  }
}

/** Key ids of the ciphertexts in one JSON row, with one sample ciphertext per id. */
function scanCiphertexts(json: string, samples: Map<string, string>): void {
  for (const m of json.matchAll(CIPHERTEXT)) {
    if (!samples.has(m[1]!)) samples.set(m[1]!, m[0].slice(1, -1));
  }
}

export type BackupOptions = {
  /** The configured field crypto: records the check values of the keys the data uses. */
  crypto?: FieldCrypto;
  /** Carry the field keys in the backup, wrapped under this passphrase (development keys). */
  includeKeys?: { material: FieldKeyMaterial; passphrase: string };
};

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
  options: BackupOptions = {},
): Promise<{ tables: number; rows: number; files: number; keyIds: string[]; keysIncluded: boolean }> {
  const tables = await listTables(database);
  let rowCount = 0;
  let fileCount = 0;
  const samples = new Map<string, string>();
  let envelope: KeyEnvelope | undefined;
  if (options.includeKeys) {
    const { material, passphrase } = options.includeKeys;
    createFieldCrypto(material.keys, material.blindIndexKey); // refuses malformed keys before writing
    envelope = await wrapKeys(material, passphrase);
  }
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
          scanCiphertexts(row.j as string, samples);
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
    const keys: KeyManifest = {
      fieldKeys: [...samples.keys()]
        .sort()
        .map((id) => ({ id, check: options.crypto?.keyCheck(id) ?? null })),
      blindIndexCheck: options.crypto?.blindIndexCheck() ?? null,
    };
    yield JSON.stringify({ end: true, rows: rowCount, files: fileCount, keys, keyEnvelope: envelope }) + '\n';
  }
  await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(file));
  return {
    tables: tables.length,
    rows: rowCount,
    files: fileCount,
    keyIds: [...samples.keys()].sort(),
    keysIncluded: Boolean(envelope),
  };
}

export type RestoreOptions = {
  /** The configured field crypto: the data must be readable with it (or with carried keys). */
  crypto: FieldCrypto;
  /** Opens keys carried in the backup (`includeKeys`). */
  passphrase?: string;
  /**
   * Installs carried keys (the development key file); absent when the environment sets the keys,
   * which a file cannot override.
   */
  installKeys?: (material: FieldKeyMaterial) => { file: string; previous: string | null };
};

/** Why a key set cannot read the backup's data: one entry per missing or different key. */
function keyProblems(
  c: FieldCrypto,
  needed: Map<string, { check: string | null; sample?: string }>,
  blindIndexCheck: string | null,
): string[] {
  const problems: string[] = [];
  const configured = new Set(c.keyIds());
  for (const [id, { check, sample }] of needed) {
    if (!configured.has(id)) {
      problems.push(`字段加密密钥 ${id}（未配置）`);
      continue;
    }
    let opens = check ? c.keyCheck(id) === check : true;
    if (opens && !check && sample) {
      try {
        c.decrypt(sample);
      } catch {
        opens = false;
      }
    }
    if (!opens) problems.push(`字段加密密钥 ${id}（与备份时的密钥不同）`);
  }
  if (needed.size > 0 && blindIndexCheck && c.blindIndexCheck() !== blindIndexCheck)
    problems.push('盲索引密钥 BLIND_INDEX_KEY（与备份时的密钥不同，按证件号查找会全部落空）');
  return problems;
}

/**
 * Replaces the database's contents with a backup (all tables truncated, rows loaded, sequences
 * reset) in one transaction; file objects are written back to the store.
 */
export async function restoreDatabase(
  database: Database,
  store: ObjectStore | null,
  file: string,
  options: RestoreOptions,
): Promise<{
  tables: number;
  rows: number;
  files: number;
  keysInstalled: { file: string; previous: string | null; keyIds: string[] } | null;
}> {
  const tables = new Set(await listTables(database));
  // Opened only after the await above: a readline interface starts reading at once, and lines
  // emitted before the loop starts would be lost.
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  let header: Header | undefined;
  let ended = false;
  let manifest: KeyManifest | undefined;
  let envelope: KeyEnvelope | undefined;
  const samples = new Map<string, string>();
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
        manifest = item.keys as KeyManifest | undefined;
        envelope = item.keyEnvelope as KeyEnvelope | undefined;
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
      const json = JSON.stringify(item.r);
      scanCiphertexts(json, samples);
      list.push(json);
      pending.set(table, list);
      rows++;
      if (list.length >= BATCH) flush(table);
    }
  } catch (error) {
    throw new Error(`备份文件无法读取：${(error as Error).message}`);
  }
  if (!header || !ended) throw new Error('备份文件不完整（缺少结尾标记），未做任何修改');

  // Every key the data needs must open it — checked before anything is changed.
  const needed = new Map<string, { check: string | null; sample?: string }>();
  for (const k of manifest?.fieldKeys ?? []) needed.set(k.id, { check: k.check, sample: samples.get(k.id) });
  for (const [id, sample] of samples) if (!needed.has(id)) needed.set(id, { check: null, sample });
  const blindIndexCheck = manifest?.blindIndexCheck ?? null;
  let carried: FieldKeyMaterial | undefined;
  const problems = keyProblems(options.crypto, needed, blindIndexCheck);
  if (problems.length > 0) {
    const list = problems.join('、');
    if (!envelope)
      throw new Error(
        `恢复已拒绝，未做任何修改：当前配置的密钥无法解开备份中的加密数据，缺少 ${list}。请配置备份时使用的 FIELD_ENCRYPTION_KEYS 与 BLIND_INDEX_KEY（生产环境从密钥托管处取回），或用 policyhub backup --include-keys --passphrase-file 制作携带密钥的备份`,
      );
    if (!options.passphrase)
      throw new Error(
        `恢复已拒绝，未做任何修改：当前配置的密钥无法解开备份中的加密数据（缺少 ${list}）；备份携带了加密密钥，请用 --passphrase-file 提供备份口令`,
      );
    carried = await unwrapKeys(envelope, options.passphrase);
    const carriedProblems = keyProblems(
      createFieldCrypto(carried.keys, carried.blindIndexKey),
      needed,
      blindIndexCheck,
    );
    if (carriedProblems.length > 0)
      throw new Error(
        `恢复已拒绝，未做任何修改：备份携带的密钥也无法解开其中的数据（${carriedProblems.join('、')}）`,
      );
    if (!options.installKeys)
      throw new Error(
        `恢复已拒绝，未做任何修改：密钥由环境变量 FIELD_ENCRYPTION_KEYS / BLIND_INDEX_KEY 设定，与备份不符（${list}）；请改为设定备份所用的密钥后再恢复`,
      );
  }
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
  const installed = carried && options.installKeys ? options.installKeys(carried) : null;
  return {
    tables: header.tables.length,
    rows,
    files,
    keysInstalled: installed ? { ...installed, keyIds: [...needed.keys()].sort() } : null,
  };
}
