import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import {
  validateCreditCode,
  validateEmail,
  validateMobile,
  validateOrgCode,
  validatePassword,
  validatePersonName,
} from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { exchangeRegistrations } from '../tables.js';
import { organizations, users } from '../../../platform/identity/tables.js';
import { hashPassword } from '../../../platform/auth/password.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { consumeCaptcha, createPendingAccount, usernameProblem } from '../../../modules/accounts/index.js';
import { insertOrganization } from '../../../modules/organizations/index.js';
import { submitForApproval } from '../../../modules/approvals/index.js';
import { registrationApproval } from '../registration-approval.js';

// 营业执照注册号 (15 digits before 2015) and 税务登记证号 (15–20 characters: region + org code).
const LICENCE_NO = /^[0-9A-Z]{13,18}$/;
const TAX_NO = /^[0-9A-Z]{15,20}$/;

export type EnterpriseRegistrationInput = {
  username: string;
  password: string;
  passwordConfirm: string;
  companyName: string;
  creditCode?: string | null;
  orgCode?: string | null;
  licenceNo?: string | null;
  taxNo?: string | null;
  email: string;
  contactName: string;
  contactMobile: string;
  captchaId: string;
  captchaAnswer: string;
};

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
}

const blank = (v: string | null | undefined) => v == null || v.trim() === '';

/** Domain checks of a registration (check characters, password rules); throws VALIDATION_FAILED. */
export function checkRegistration(input: EnterpriseRegistrationInput) {
  const username = input.username.trim().toLowerCase();
  const usernameRefused = usernameProblem(username);
  if (usernameRefused) throw invalid('username', usernameRefused);
  if (input.password !== input.passwordConfirm) throw invalid('passwordConfirm', '两次输入的密码不一致');
  const password = validatePassword(input.password, { username });
  if (!password.ok) throw new AppError('PASSWORD_WEAK', { message: password.reason });
  const companyName = input.companyName.trim();
  if (Array.from(companyName).length < 2 || Array.from(companyName).length > 100)
    throw invalid('companyName', '企业名称应为 2–100 个字');

  let creditCode: string | null = null;
  let orgCode: string | null = null;
  let licenceNo: string | null = null;
  let taxNo: string | null = null;
  if (!blank(input.creditCode)) {
    const result = validateCreditCode(input.creditCode!);
    if (!result.ok) throw invalid('creditCode', result.reason);
    creditCode = result.value;
  } else {
    if (blank(input.orgCode) || blank(input.licenceNo) || blank(input.taxNo))
      throw invalid(
        'creditCode',
        '请填写统一社会信用代码；尚未三证合一的企业请填写组织机构代码、营业执照注册号和税务登记证号',
      );
    const org = validateOrgCode(input.orgCode!);
    if (!org.ok) throw invalid('orgCode', org.reason);
    orgCode = org.value;
    licenceNo = input.licenceNo!.trim().toUpperCase();
    if (!LICENCE_NO.test(licenceNo)) throw invalid('licenceNo', '营业执照注册号应为 13–18 位数字或大写字母');
    taxNo = input.taxNo!.trim().toUpperCase();
    if (!TAX_NO.test(taxNo)) throw invalid('taxNo', '税务登记证号应为 15–20 位数字或大写字母');
    // The tax registration number of the old system embeds the organization code.
    if (!taxNo.includes(orgCode.replace('-', '')))
      throw invalid('taxNo', '税务登记证号应包含组织机构代码（9 位），请核对');
  }
  const email = validateEmail(input.email);
  if (!email.ok) throw invalid('email', email.reason);
  const contactName = validatePersonName(input.contactName);
  if (!contactName.ok) throw invalid('contactName', contactName.reason);
  const mobile = validateMobile(input.contactMobile);
  if (!mobile.ok) throw invalid('contactMobile', mobile.reason);
  return {
    username,
    companyName,
    creditCode,
    orgCode,
    licenceNo,
    taxNo,
    email: email.value,
    contactName: contactName.value,
    contactMobile: mobile.value,
  };
}

/**
 * 企业注册 (EX-3): a pending enterprise under the platform organization and its pending
 * operator account; the operator can sign in once an exchange admin approves. The captcha is
 * spent (and committed) before anything else, so a wrong answer cannot be retried.
 */
export async function registerEnterprise(
  ctx: AppContext,
  input: EnterpriseRegistrationInput,
  ip: string | null,
): Promise<{ registrationId: string; status: 'pending' }> {
  const checked = checkRegistration(input);
  if (!(await consumeCaptcha(ctx, ctx.db, input.captchaId, input.captchaAnswer)))
    throw new AppError('CAPTCHA_INVALID');
  const passwordHash = await hashPassword(input.password);
  const actor: Actor = { userId: null, name: checked.contactName, orgId: null, ip };

  return ctx.db.transaction((tx) => insertPendingEnterprise(ctx, tx, checked, passwordHash, actor));
}

export type CheckedRegistration = ReturnType<typeof checkRegistration>;

/**
 * Inserts the pending organization, operator and registration (inside the caller's
 * transaction); CONFLICT in Chinese for a taken username, code or company name. Also used by
 * the demo seed.
 */
export async function insertPendingEnterprise(
  ctx: AppContext,
  tx: Executor,
  checked: CheckedRegistration,
  passwordHash: string,
  actor: Actor,
): Promise<{ registrationId: string; status: 'pending' }> {
  const [platform] = await tx
    .select({ id: organizations.id, path: organizations.path })
    .from(organizations)
    .where(
      and(
        eq(organizations.type, 'platform'),
        isNull(organizations.parentId),
        eq(organizations.status, 'active'),
      ),
    )
    .orderBy(asc(organizations.createdAt))
    .limit(1);
  if (!platform) throw new AppError('UNAVAILABLE', { message: '平台尚未初始化，暂不能注册' });
  // Serialises registrations, so two at once cannot both take the same code or name.
  await tx.execute(sql`select id from ${organizations} where id = ${platform.id} for update`);

  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, checked.username))
    .limit(1);
  if (taken)
    throw new AppError('CONFLICT', { message: `用户名「${checked.username}」已被注册，请换一个用户名` });
  const code = checked.creditCode ?? checked.orgCode!;
  const [codeHolder] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.code, code), ne(organizations.status, 'rejected')))
    .limit(1);
  if (codeHolder)
    throw new AppError('CONFLICT', {
      message: `${checked.creditCode ? '统一社会信用代码' : '组织机构代码'} ${code} 已有企业注册（「${codeHolder.name}」），如需开通请联系交易所管理员`,
    });
  const [nameHolder] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.parentId, platform.id),
        eq(organizations.name, checked.companyName),
        ne(organizations.status, 'rejected'),
      ),
    )
    .limit(1);
  if (nameHolder)
    throw new AppError('CONFLICT', {
      message: `企业「${checked.companyName}」已注册，如需开通请联系交易所管理员`,
    });

  const org = await insertOrganization(tx, {
    parent: platform,
    type: 'enterprise',
    name: checked.companyName,
    code,
    status: 'pending',
    contact: { name: checked.contactName, mobile: checked.contactMobile, email: checked.email },
  });
  const orgId = org.id;
  // The operator chose this password, so no change is forced at the first login.
  const user = await createPendingAccount(tx, {
    orgId,
    role: 'enterprise_operator',
    username: checked.username,
    displayName: checked.contactName,
    passwordHash,
    mobile: checked.contactMobile,
    email: checked.email,
    now: ctx.now(),
  });
  const [registration] = await tx
    .insert(exchangeRegistrations)
    .values({
      orgId,
      userId: user.id,
      companyName: checked.companyName,
      creditCode: checked.creditCode,
      orgCode: checked.orgCode,
      licenceNo: checked.licenceNo,
      taxNo: checked.taxNo,
      email: checked.email,
      contactName: checked.contactName,
      contactMobile: checked.contactMobile,
      createdAt: ctx.now(),
    })
    .returning({ id: exchangeRegistrations.id });
  // The registering contact submits (no session yet: the account is pending until approved).
  await submitForApproval(ctx, tx, {
    ...registrationApproval(registration!.id, orgId),
    by: { kind: 'recorded', userId: user.id, name: checked.contactName, role: 'enterprise_operator', orgId },
    ip: actor.ip,
  });
  await recordAudit(tx, actor, {
    action: 'exchange.registration_submit',
    entityType: 'exchange_registration',
    entityId: registration!.id,
    detail: { companyName: checked.companyName, code, username: checked.username, orgId },
  });
  return { registrationId: registration!.id, status: 'pending' as const };
}
