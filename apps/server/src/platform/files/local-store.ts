import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { notFound } from '../errors.js';
import type { ObjectStore } from './types.js';

const KEY = /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/;

/** Keys are relative paths we generate; anything that could climb out of the root is refused. */
export function assertSafeKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`非法的存储键：${key}`);
  }
}

/**
 * Files in a local folder (the default, DATA_DIR/files). A write goes to a temporary file that
 * is renamed into place, so a crash never leaves a half-written object under its key.
 */
export function createLocalStore(root: string): ObjectStore {
  const fileOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    kind: 'local',
    async put(key, data) {
      const target = fileOf(key);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.tmp-${process.pid}-${crypto.randomBytes(6).toString('hex')}`;
      try {
        await fsp.writeFile(temp, data, { flag: 'wx' });
        await fsp.rename(temp, target);
      } catch (error) {
        await fsp.rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await fsp.readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('文件');
        throw error;
      }
    },
    async stream(key): Promise<Readable> {
      const file = fileOf(key);
      try {
        await fsp.access(file);
      } catch {
        throw notFound('文件');
      }
      return fs.createReadStream(file);
    },
    async exists(key) {
      try {
        await fsp.access(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async delete(key) {
      await fsp.rm(fileOf(key), { force: true });
    },
  };
}
