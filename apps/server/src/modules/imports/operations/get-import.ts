import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import { getOwnImport, listOwnImports } from '../repository.js';
import type { ImportView } from '../schemas.js';
import { toImportView, toSummaryView } from '../views.js';

/** One of the user's imports with its problems and, once executed, its outcome. */
export async function getImport(ctx: AppContext, user: AuthUser, id: string): Promise<ImportView> {
  return toImportView(await getOwnImport(ctx.db, user, id));
}

/** The user's imports, newest first. */
export async function listImports(
  ctx: AppContext,
  user: AuthUser,
  query: { template?: string; page: number; pageSize: number },
) {
  const { items, total } = await listOwnImports(ctx.db, user, query);
  return { items: items.map(toSummaryView), total, page: query.page, pageSize: query.pageSize };
}
