import { eq } from 'drizzle-orm';
import { ageOn, beijingDate, validateEmail, validateMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { users } from '../../../platform/identity/tables.js';
import type { AuthContext } from '../../../platform/http/session.js';
import { actorOf } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { loadMe } from '../repository.js';
import type { Me, ProfileInput } from '../schemas.js';

function refuse(field: 'gender' | 'age', message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
}

/**
 * Updates the signed-in user's own details (我的信息). Only the fields given change. Gender and
 * age that the ID document gives (stored with it) cannot be changed by typing: a different value
 * is refused, the same one is a no-op.
 */
export async function updateProfile(
  ctx: AppContext,
  auth: AuthContext,
  input: ProfileInput,
  ip: string | null,
): Promise<Me> {
  const set: Partial<typeof users.$inferInsert> = {};
  if (input.displayName !== undefined) set.displayName = input.displayName;
  if (input.gender !== undefined) set.gender = input.gender;
  if (input.mobile !== undefined) {
    const mobile = validateMobile(input.mobile);
    if (!mobile.ok)
      throw new AppError('VALIDATION_FAILED', {
        message: mobile.reason,
        details: [{ field: 'mobile', message: mobile.reason }],
      });
    set.mobile = mobile.value;
  }
  if (input.email !== undefined) {
    if (input.email === null || input.email === '') set.email = null;
    else {
      const email = validateEmail(input.email);
      if (!email.ok)
        throw new AppError('VALIDATION_FAILED', {
          message: email.reason,
          details: [{ field: 'email', message: email.reason }],
        });
      set.email = email.value;
    }
  }
  if (input.smsTwoFactor !== undefined) set.smsTwoFactor = input.smsTwoFactor;

  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        profile: users.profile,
        gender: users.gender,
        birthDate: users.birthDate,
        idNumberMasked: users.idNumberMasked,
      })
      .from(users)
      .where(eq(users.id, auth.user.id))
      .for('update');
    if (!current) throw new AppError('UNAUTHENTICATED');
    const profile = { ...current.profile };
    const fromId = Boolean(current.idNumberMasked && current.birthDate && current.gender);
    if (fromId) {
      if (input.gender !== undefined && input.gender !== current.gender)
        throw refuse('gender', '性别已由证件号码确定，不能修改');
      if (input.age !== undefined && input.age !== ageOn(current.birthDate!, beijingDate(ctx.now())))
        throw refuse('age', '年龄按证件号码中的出生日期计算，不能修改');
      delete set.gender;
    }
    const keys: readonly ('age' | 'jobCategory' | 'address' | 'language')[] = fromId
      ? ['jobCategory', 'address', 'language']
      : ['age', 'jobCategory', 'address', 'language'];
    for (const key of keys) {
      const value = input[key];
      if (value === undefined) continue;
      if (value === null || value === '') delete profile[key];
      else profile[key] = value;
    }
    await tx
      .update(users)
      .set({ ...set, profile })
      .where(eq(users.id, auth.user.id));
    // Field names only: the audit log must not become a second copy of personal data.
    const fields = Object.keys(input).filter((k) => input[k as keyof ProfileInput] !== undefined);
    await recordAudit(tx, actorOf(auth.user, ip), {
      action: 'user.profile_update',
      entityType: 'user',
      entityId: auth.user.id,
      detail: { fields },
    });
    return loadMe(tx, auth.user.id, auth.stage, ctx.now());
  });
}
