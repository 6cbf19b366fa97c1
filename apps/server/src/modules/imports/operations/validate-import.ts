import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { getTemplateFor, validateWorkbook } from '../../../platform/excel/index.js';
import { detectFileKind, type Upload } from '../../../platform/files/index.js';
import { getOwnImport, insertImport } from '../repository.js';
import type { ImportView } from '../schemas.js';
import { toImportView } from '../views.js';

/**
 * Refuses what is not a workbook before reading it. A wrong extension is a wrong choice of file
 * (415); content that is not an .xlsx behind an .xlsx name is a broken or disguised file.
 */
function checkWorkbookFile(upload: Upload): void {
  const name = upload.filename.toLowerCase();
  if (name.endsWith('.xls')) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      message: '不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后上传',
    });
  }
  if (!name.endsWith('.xlsx')) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      message: '文件类型不符合要求：请上传 Excel 工作簿（.xlsx）',
    });
  }
  if (upload.data.length === 0) throw new AppError('FILE_EMPTY', { message: '文件为空，请选择有内容的文件' });
  const kind = detectFileKind(upload.data);
  if (kind === 'ole') {
    throw new AppError('EXCEL_CORRUPT', {
      message: '这是旧版 .xls 或设置了密码的 Excel 文件，请另存为 .xlsx（且不设密码）后再上传',
    });
  }
  if (kind !== 'xlsx') throw new AppError('EXCEL_CORRUPT');
}

/**
 * 业务校验: checks an uploaded workbook row by row against a template. Writes no business data:
 * only the uploaded file and the import record with its status, counts and problems.
 */
export async function validateImport(
  ctx: AppContext,
  user: AuthUser,
  input: { template: string; context: Record<string, unknown>; readFile: () => Promise<Upload> },
  ip: string | null,
): Promise<ImportView> {
  const template = getTemplateFor(user, input.template);
  const parsed = template.contextSchema.safeParse(input.context);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION_FAILED', {
      message: `请求参数有误：${issues.map((i) => (i.field ? `${i.field}：${i.message}` : i.message)).join('；')}`,
      details: issues,
    });
  }
  const context = await template.prepare(ctx, user, parsed.data);
  // The body is read only now, so refused callers never upload anything.
  const upload = await input.readFile();
  checkWorkbookFile(upload);
  const result = await validateWorkbook(ctx, template, context, upload.data, {
    maxRows: ctx.config.excelMaxRows,
  });

  const id = await ctx.db.transaction(async (tx) => {
    const file = await ctx.files.saveUpload(tx, {
      data: upload.data,
      originalName: upload.filename,
      purpose: 'import.upload',
      allowed: ['xlsx'],
      ownerUserId: user.id,
      ownerOrgId: context.orgId,
    });
    const importId = await insertImport(tx, {
      template: template.name,
      context: parsed.data as Record<string, unknown>,
      fileId: file.id,
      status: result.errorRows > 0 && !template.partial ? 'invalid' : 'validated',
      totalRows: result.totalRows,
      errorRows: result.errorRows,
      problems: result.problems,
      problemCounts: result.problemCounts,
      ownerUserId: user.id,
      orgId: context.orgId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'import.validate',
      entityType: 'import',
      entityId: importId,
      detail: {
        template: template.name,
        fileId: file.id,
        totalRows: result.totalRows,
        errorRows: result.errorRows,
      },
    });
    return importId;
  });
  return toImportView(await getOwnImport(ctx.db, user, id));
}
