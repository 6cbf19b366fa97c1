import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import { AppError } from '../../../platform/errors.js';
import { findTemplate } from '../../../platform/excel/index.js';
import { getOwnImport } from '../repository.js';

/** The result workbook of an executed import: the failed rows with their reasons. */
export async function downloadImportResult(
  ctx: AppContext,
  user: AuthUser,
  id: string,
): Promise<{ filename: string; data: Buffer }> {
  const imp = await getOwnImport(ctx.db, user, id);
  if (imp.status !== 'done' || !imp.resultFileId) {
    throw new AppError('INVALID_STATE', { message: '导入尚未办理完成，暂无结果文件' });
  }
  const title = findTemplate(imp.template)?.title ?? imp.template;
  return { filename: `${title}-办理结果.xlsx`, data: await ctx.files.read(imp.resultFileId) };
}
