import crypto from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import { files } from './tables.js';
import { notFound } from '../errors.js';
import { checkUploadSize, checkUploadType, cleanFileName, FILE_KINDS } from './detect.js';
import { createLocalStore } from './local-store.js';
import { createS3Store } from './s3-store.js';
import type { FileService, GeneratedFileInput, ObjectStore, StoredFile } from './types.js';

export type { FileService, FileKind, ObjectStore, StoredFile } from './types.js';
export {
  FILE_KINDS,
  checkUploadSize,
  checkUploadType,
  cleanFileName,
  detectFileKind,
  zipEntryNames,
} from './detect.js';
export { readParts, readUpload, contentDisposition, sendPrivateFile, type Upload } from './upload.js';
export { createLocalStore } from './local-store.js';
export { createS3Store } from './s3-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one place where configuration chooses where bytes live (STYLE rule 6). */
export function selectObjectStore(config: AppContext['config']): ObjectStore {
  return config.files.store === 's3'
    ? createS3Store(config.files.s3)
    : createLocalStore(path.join(config.dataDir, 'files'));
}

/**
 * Objects are content-addressed (key = sha256, sharded by its first bytes): the same bytes are
 * stored once, and a stored object is never overwritten with different content (ED-5).
 */
export function storageKeyOf(sha256: string): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

const columns = {
  id: files.id,
  storageKey: files.storageKey,
  originalName: files.originalName,
  mime: files.mime,
  size: files.size,
  sha256: files.sha256,
  purpose: files.purpose,
  ownerUserId: files.ownerUserId,
  ownerOrgId: files.ownerOrgId,
  createdAt: files.createdAt,
};

function toStored({ storageKey: _key, ...row }: typeof files.$inferSelect): StoredFile {
  return row;
}

/** Uploads and generated documents (PL-5): bytes in the object store, metadata in `files`. */
export function createFileService(
  ctx: Pick<AppContext, 'config' | 'db' | 'log' | 'now'>,
  options: { store?: ObjectStore } = {},
): FileService {
  const store = options.store ?? selectObjectStore(ctx.config);

  async function insertRow(
    executor: Executor,
    input: GeneratedFileInput,
    sha256: string,
  ): Promise<StoredFile> {
    const [row] = await executor
      .insert(files)
      .values({
        storageKey: storageKeyOf(sha256),
        sha256,
        size: input.data.length,
        mime: input.mime,
        originalName: cleanFileName(input.originalName),
        purpose: input.purpose,
        ownerUserId: input.ownerUserId,
        ownerOrgId: input.ownerOrgId,
        createdAt: ctx.now(),
      })
      .returning();
    return toStored(row!);
  }

  const sha256Of = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

  async function save(executor: Executor, input: GeneratedFileInput): Promise<StoredFile> {
    const sha256 = sha256Of(input.data);
    // Bytes first: even outside a transaction there is never a row without its bytes.
    await store.put(storageKeyOf(sha256), input.data);
    return insertRow(executor, input, sha256);
  }

  /**
   * Writes the bytes while the rows are inserted, in one statement (inside the caller's
   * transaction, which awaits `written` before it commits, so no committed row lacks its bytes;
   * a rollback leaves at most unreferenced, content-addressed objects).
   */
  async function saveDeferred(
    executor: Executor,
    inputs: readonly GeneratedFileInput[],
  ): Promise<{ files: StoredFile[]; written: Promise<void> }> {
    if (!inputs.length) return { files: [], written: Promise.resolve() };
    const hashes = inputs.map((input) => sha256Of(input.data));
    const written = Promise.all(
      inputs.map((input, i) => store.put(storageKeyOf(hashes[i]!), input.data)),
    ).then(() => undefined);
    written.catch(() => undefined); // the caller awaits it; not an unhandled rejection meanwhile
    try {
      // Ids from here, so each input gets its own row whatever order RETURNING answers in.
      const ids = inputs.map(() => crypto.randomUUID());
      const now = ctx.now();
      const rows = await executor
        .insert(files)
        .values(
          inputs.map((input, i) => ({
            id: ids[i]!,
            storageKey: storageKeyOf(hashes[i]!),
            sha256: hashes[i]!,
            size: input.data.length,
            mime: input.mime,
            originalName: cleanFileName(input.originalName),
            purpose: input.purpose,
            ownerUserId: input.ownerUserId,
            ownerOrgId: input.ownerOrgId,
            createdAt: now,
          })),
        )
        .returning();
      const byId = new Map(rows.map((r) => [r.id, toStored(r)]));
      return { files: ids.map((id) => byId.get(id)!), written };
    } catch (error) {
      await written.catch(() => undefined);
      throw error;
    }
  }

  async function findRow(executor: Executor, fileId: string) {
    if (!UUID.test(fileId)) return null;
    const [row] = await executor.select(columns).from(files).where(eq(files.id, fileId)).limit(1);
    return row ?? null;
  }

  async function keyOf(fileId: string): Promise<string> {
    const row = await findRow(ctx.db, fileId);
    if (!row) throw notFound('文件');
    return row.storageKey;
  }

  return {
    store,
    async saveUpload(executor, input) {
      checkUploadSize(input.data.length, input.maxBytes ?? ctx.config.uploadMaxBytes);
      const kind = checkUploadType(input.data, input.originalName, input.allowed);
      return save(executor, { ...input, mime: FILE_KINDS[kind].mime });
    },
    saveGenerated: save,
    saveGeneratedDeferred: saveDeferred,
    async getMeta(executor, fileId) {
      const row = await findRow(executor, fileId);
      return row ? toStored(row) : null;
    },
    async read(fileId) {
      return store.get(await keyOf(fileId));
    },
    async openStream(fileId) {
      return store.stream(await keyOf(fileId));
    },
  };
}
