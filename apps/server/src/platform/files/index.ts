// PLACEHOLDER until the files helper lands its implementation: replace this whole file.
import type { AppContext } from '../context.js';
import type { FileService } from './types.js';
export type { FileService, FileKind, ObjectStore, StoredFile } from './types.js';
export function createFileService(_ctx: Pick<AppContext, 'config' | 'db' | 'log' | 'now'>): FileService {
  const missing = () => {
    throw new Error('files not implemented yet');
  };
  return { store: undefined as never, saveUpload: missing, saveGenerated: missing, getMeta: missing, read: missing };
}
