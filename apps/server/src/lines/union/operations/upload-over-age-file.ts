import type { AppContext } from '../../../platform/context.js';
import type { AuthUser } from '../../../platform/access.js';
import { actorOf } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Upload } from '../../../platform/files/index.js';
import { OVER_AGE_FILE_PURPOSE, operatorUnit } from './enroll-member.js';

/** 超龄参保证明 (MA-3): the agency-approved document an over-age member is admitted with (PDF or image). */
export async function uploadOverAgeFile(
  ctx: AppContext,
  user: AuthUser,
  readFile: () => Promise<Upload>,
  ip: string | null,
): Promise<{ fileId: string; name: string }> {
  const unit = await operatorUnit(ctx.db, user);
  const upload = await readFile();
  return ctx.db.transaction(async (tx) => {
    const file = await ctx.files.saveUpload(tx, {
      data: upload.data,
      originalName: upload.filename,
      purpose: OVER_AGE_FILE_PURPOSE,
      allowed: ['pdf', 'png', 'jpeg'],
      ownerUserId: user.id,
      ownerOrgId: unit.orgId,
    });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'union.over_age_file_upload',
      entityType: 'file',
      entityId: file.id,
      detail: { name: file.originalName, unitNo: unit.unitNo },
    });
    return { fileId: file.id, name: file.originalName };
  });
}
