import { and, eq, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { files } from '../../platform/files/tables.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file the user may read: its owner, or a user whose data scope covers the owning organization. */
export async function findVisibleFile(executor: Executor, scope: DataScope, userId: string, fileId: string) {
  if (!UUID.test(fileId)) return null;
  const [row] = await executor
    .select({
      id: files.id,
      originalName: files.originalName,
      mime: files.mime,
      size: files.size,
      purpose: files.purpose,
    })
    .from(files)
    .where(
      and(
        eq(files.id, fileId),
        or(
          eq(files.ownerUserId, userId),
          scopeCondition(scope, { orgIdColumn: files.ownerOrgId, userIdColumn: files.ownerUserId }),
        ),
      ),
    )
    .limit(1);
  return row ?? null;
}
