import type { Readable } from 'node:stream';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { notFound } from '../../../platform/errors.js';
import { findVisibleFile } from '../repository.js';

/**
 * Opens a stored file for download by its owner or a user whose scope covers the owning
 * organization; anyone else gets 404 (PL-2). Uploads hold personal data (rosters, ID scans),
 * so every download is audited (PL-3).
 */
export async function openFileDownload(
  ctx: AppContext,
  user: AuthUser,
  fileId: string,
  ip: string | null,
): Promise<{ name: string; mime: string; size: number; stream: Readable }> {
  const file = await findVisibleFile(ctx.db, scopeOf(user), user.id, fileId);
  if (!file) throw notFound('文件');
  const stream = await ctx.files.openStream(file.id);
  try {
    await recordAudit(ctx.db, actorOf(user, ip), {
      action: 'file.download',
      entityType: 'file',
      entityId: file.id,
      detail: { name: file.originalName, purpose: file.purpose },
    });
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return { name: file.originalName, mime: file.mime, size: file.size, stream };
}
