import { eq } from 'drizzle-orm';
import {
  maskIdNumber,
  parseResidentId,
  ROLE_ORG_TYPES,
  validateEmail,
  validateMobile,
  type OrgType,
  type Role,
} from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { organizations, users } from '../../../platform/identity/tables.js';
import { hashPassword } from '../../../platform/auth/password.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { generateInitialPassword } from '../credentials.js';
import { ORG_TYPE_LABELS, ROLE_LABELS } from '../labels.js';
import { isUniqueViolation, normalizeUsername } from '../repository.js';

/**
 * Stored for accounts created without sending a password: no password verifies against it (it is
 * not an argon2 hash), so the account cannot sign in until an administrator resets its password.
 * It also spares bulk imports one argon2 hash per row.
 */
export const NO_PASSWORD_HASH = '!no-password';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.@-]{2,31}$/;
export const USERNAME_RULE = '用户名须为 3–32 位小写字母、数字或 _ . @ -，并以字母或数字开头';
const MOBILE_IN_NAME = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/**
 * Why a (normalised) username cannot be used, or null. A username is shown in lists and
 * messages, so it may not carry a mobile number (personal data); it would also capture the
 * login by mobile number of whoever owns that number.
 */
export function usernameProblem(username: string): string | null {
  if (!USERNAME_PATTERN.test(username)) return USERNAME_RULE;
  if (MOBILE_IN_NAME.test(username)) return '用户名不能包含手机号（登录时可直接使用手机号）';
  return null;
}

export type CreateUserAccountInput = {
  orgId: string | null;
  role: Role;
  username: string;
  displayName: string;
  mobile: string;
  email?: string | null;
  idNumber?: string | null;
  sendInitialPassword: boolean;
};

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
}

/** Checks and normalises the input with the domain rules; throws VALIDATION_FAILED in Chinese. */
function checkInput(input: CreateUserAccountInput, today: Date) {
  const username = normalizeUsername(input.username);
  const problem = usernameProblem(username);
  if (problem) throw invalid('username', problem);
  const displayName = input.displayName.trim();
  if (displayName === '' || Array.from(displayName).length > 50)
    throw invalid('displayName', '姓名不能为空，且不超过 50 个字');
  const mobile = validateMobile(input.mobile);
  if (!mobile.ok) throw invalid('mobile', mobile.reason);
  let email: string | null = null;
  if (input.email != null && input.email.trim() !== '') {
    const result = validateEmail(input.email);
    if (!result.ok) throw invalid('email', result.reason);
    email = result.value;
  }
  let id: { number: string; gender: string; birthDate: string } | null = null;
  if (input.idNumber != null && input.idNumber.trim() !== '') {
    const result = parseResidentId(input.idNumber, { today });
    if (!result.ok) throw invalid('idNumber', result.reason);
    id = result.value;
  }
  return { username, displayName, mobile: mobile.value, email, id };
}

/**
 * Creates a user account (used by the admin page and the Excel user import). Idempotent: the
 * same username in the same organization with the same role returns the existing account and
 * sends nothing; the username anywhere else is a CONFLICT. The caller checks the actor's scope.
 */
export async function createUserAccount(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: CreateUserAccountInput,
): Promise<{ id: string; created: boolean }> {
  const checked = checkInput(input, ctx.now());
  const allowedTypes = ROLE_ORG_TYPES[input.role];

  return executor.transaction(async (tx) => {
    if (allowedTypes === null) {
      if (input.orgId !== null) throw invalid('orgId', `${ROLE_LABELS[input.role]}不属于任何机构`);
    } else {
      if (!input.orgId) throw invalid('orgId', `请选择${ROLE_LABELS[input.role]}所属的机构`);
      const [org] = await tx
        .select({ type: organizations.type, name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, input.orgId));
      if (!org) throw notFound('机构');
      if (!allowedTypes.includes(org.type as OrgType)) {
        const labels = allowedTypes.map((t) => `「${ORG_TYPE_LABELS[t]}」`).join('或');
        throw invalid(
          'role',
          `角色「${ROLE_LABELS[input.role]}」只能属于${labels}类型的机构，「${org.name}」是「${ORG_TYPE_LABELS[org.type as OrgType] ?? org.type}」`,
        );
      }
    }

    const [existing] = await tx
      .select({ id: users.id, orgId: users.orgId, role: users.role })
      .from(users)
      .where(eq(users.username, checked.username))
      .limit(1);
    if (existing) {
      if (existing.orgId === input.orgId && existing.role === input.role)
        return { id: existing.id, created: false };
      throw new AppError('CONFLICT', {
        message: `用户名「${checked.username}」已被其他账号使用，请换一个用户名`,
      });
    }

    const password = input.sendInitialPassword ? generateInitialPassword(checked.username) : null;
    const values: typeof users.$inferInsert = {
      orgId: input.orgId,
      username: checked.username,
      displayName: checked.displayName,
      role: input.role,
      passwordHash: password ? await hashPassword(password) : NO_PASSWORD_HASH,
      mustChangePassword: true,
      status: 'active',
      mobile: checked.mobile,
      email: checked.email,
      ...(checked.id
        ? {
            idNumberEnc: ctx.crypto.encrypt(checked.id.number),
            idNumberIdx: ctx.crypto.blindIndex(checked.id.number),
            idNumberMasked: maskIdNumber(checked.id.number),
            gender: checked.id.gender,
            birthDate: checked.id.birthDate,
          }
        : {}),
    };
    let id: string;
    try {
      // A savepoint, so that losing a race on the unique username leaves the caller's transaction usable.
      const [row] = await tx.transaction((sp) => sp.insert(users).values(values).returning({ id: users.id }));
      id = row!.id;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', {
          message: `用户名「${checked.username}」已被其他账号使用，请换一个用户名`,
        });
      throw error;
    }
    if (password) {
      await ctx.notify.enqueue(tx, {
        channel: 'sms',
        to: checked.mobile,
        template: 'account_created',
        params: { username: checked.username, password, url: ctx.config.publicUrl },
        userId: id,
        orgId: input.orgId,
      });
    }
    await recordAudit(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      detail: {
        username: checked.username,
        role: input.role,
        orgId: input.orgId,
        passwordSent: Boolean(password),
      },
    });
    return { id, created: true };
  });
}
