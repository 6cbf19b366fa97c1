import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { getTemplateFor, IMPORT_JOB_TYPE, type ImportJobPayload } from '../../../platform/excel/index.js';
import { claimForExecution, getOwnImport, setImportTask } from '../repository.js';

/**
 * 业务办理: queues the execution of a validated import without error rows as a job (我的任务).
 * Refused (IMPORT_NOT_VALIDATED) in any other state, so an import is never queued twice.
 */
export async function executeImport(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  ip: string | null,
): Promise<{ taskId: string }> {
  const imp = await getOwnImport(ctx.db, user, id);
  const template = getTemplateFor(user, imp.template);
  // Scope may have changed since the upload (e.g. the organization moved or was disabled).
  await template.prepare(ctx, user, template.contextSchema.parse(imp.context));
  return ctx.db.transaction(async (tx) => {
    if (!(await claimForExecution(tx, user, id, template.partial === true))) {
      const message =
        imp.status === 'invalid'
          ? `校验发现 ${imp.errorRows} 行有错误，请修改后重新上传并校验`
          : imp.status === 'executing' || imp.status === 'done'
            ? '该导入已提交办理，请勿重复提交'
            : undefined;
      throw new AppError('IMPORT_NOT_VALIDATED', { message });
    }
    const payload: ImportJobPayload = { importId: id, ip };
    const taskId = await ctx.jobs.enqueue(tx, {
      type: IMPORT_JOB_TYPE,
      title: `${template.title}：业务办理（${imp.totalRows} 行）`,
      titleParams: { template: template.name, rows: imp.totalRows },
      payload,
      ownerUserId: user.id,
      orgId: imp.orgId,
    });
    await setImportTask(tx, id, taskId);
    await recordAudit(tx, actorOf(user, ip), {
      action: 'import.execute',
      entityType: 'import',
      entityId: id,
      detail: { template: template.name, taskId, totalRows: imp.totalRows },
    });
    return { taskId };
  });
}
