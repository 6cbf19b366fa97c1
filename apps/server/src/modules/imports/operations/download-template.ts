import type { AuthUser } from '../../../platform/access.js';
import { buildTemplateWorkbook, getTemplateFor } from '../../../platform/excel/index.js';

/** The template workbook to fill in (unknown template → 404, role not allowed → 403). */
export async function downloadImportTemplate(
  user: AuthUser,
  name: string,
): Promise<{ filename: string; data: Buffer }> {
  const template = getTemplateFor(user, name);
  return { filename: `${template.title}模板.xlsx`, data: await buildTemplateWorkbook(template) };
}
