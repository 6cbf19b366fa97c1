import { z } from 'zod';
import { ZDisplayName } from '../../platform/http/schemas.js';
import { MESSAGE_LOCALES } from '../../platform/notify/index.js';
import { ORG_TYPES, ROLES, USER_STATUSES } from '@policyhub/domain';

export const ZStage = z.enum(['sms', 'password', 'active']);
export const ZRole = z.enum(ROLES);
export const ZPortal = z.enum(['enterprise', 'personal', 'admin', 'union', 'insurer', 'travel']);
const ZGender = z.enum(['M', 'F']);

export const ZProfile = z.object({
  gender: ZGender.nullable(),
  age: z
    .number()
    .int()
    .nullable()
    .describe('周岁：证件给出出生日期时按北京时间今天计算，否则为本人填写的年龄'),
  birthDate: z.string().nullable().describe('出生日期（由身份证号读出，或员工名单中登记）'),
  idNumberMasked: z.string().nullable(),
  fromId: z
    .boolean()
    .describe('出生日期与性别来自证件（身份证号或员工名单）：只读，“我的信息”与投保页不再询问'),
  jobCategory: z.string().nullable(),
  address: z.string().nullable(),
  language: z
    .enum(MESSAGE_LOCALES)
    .nullable()
    .describe('界面语言（页眉中文/EN 切换时保存）：短信与邮件按此语言发送，未设置时为中文'),
});

/** The signed-in user as the web sees it; personal data masked. */
export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  portal: ZPortal,
  stage: ZStage,
  org: z.object({ id: z.string(), name: z.string(), type: z.enum(ORG_TYPES) }).nullable(),
  mobileMasked: z.string().nullable(),
  email: z.string().nullable(),
  smsTwoFactor: z.boolean(),
  smsRequired: z.boolean(),
  profile: ZProfile,
});
export type Me = z.infer<typeof ZMe>;

export const ZCaptcha = z.object({ captchaId: z.string(), svg: z.string(), answer: z.string().optional() });

export const ZLoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名或手机号').max(64),
  // Bounded so that hashing cost stays bounded; the rules themselves apply when a password is set.
  password: z.string().min(1, '请输入密码').max(128),
  captchaId: z.string().min(1, '请获取图形验证码').max(64),
  captchaAnswer: z.string().trim().min(1, '请输入图形验证码').max(16),
});

export const ZLoginResult = z.object({
  stage: ZStage,
  mobileMasked: z.string().optional(),
  /** SMS step only: whether this login sent a new code (false: the one sent within the last minute stands). */
  smsSent: z.boolean().optional(),
  /** SMS step only: seconds until another code may be requested. */
  smsResendInSeconds: z.number().int().optional(),
  /** SMS step only: what happened, in Chinese. */
  smsNotice: z.string().optional(),
  user: ZMe,
});

export const ZSmsSent = z.object({
  ok: z.literal(true),
  mobileMasked: z.string(),
  resendInSeconds: z.number().int(),
});
export const ZSmsVerifyBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '短信验证码为 6 位数字'),
});
export const ZStageResult = z.object({ stage: ZStage, user: ZMe });

export const ZChangePasswordBody = z.object({
  oldPassword: z.string().min(1, '请输入原密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(256),
});

export const ZProfileBody = z
  .object({
    displayName: ZDisplayName,
    gender: ZGender.nullable(),
    age: z.number().int().min(0).max(150).nullable(),
    jobCategory: z.string().trim().max(50).nullable(),
    address: z.string().trim().max(200).nullable(),
    language: z.enum(MESSAGE_LOCALES, { message: '界面语言只能是 zh-CN 或 en-US' }).nullable(),
    mobile: z.string().trim().max(20),
    email: z.string().trim().max(254).nullable(),
    smsTwoFactor: z.boolean(),
  })
  .partial();
export type ProfileInput = z.infer<typeof ZProfileBody>;

export const ZBankCard = z.object({
  id: z.string(),
  holderName: z.string(),
  bankName: z.string().nullable(),
  cardMasked: z.string(),
  createdAt: z.string(),
});
export type BankCardView = z.infer<typeof ZBankCard>;

export const ZBankCardBody = z.object({
  holderName: z.string().trim().min(1, '请填写持卡人姓名').max(50),
  bankName: z.string().trim().max(50).nullable().optional(),
  cardNumber: z.string().trim().min(1, '请填写银行卡号').max(40),
});

export const ZBankCardCreated = ZBankCard.extend({ warnings: z.array(z.string()) });

/** A user as administrators see it (PL-7: masked). */
export const ZAdminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  status: z.enum(USER_STATUSES),
  mobileMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof ZAdminUser>;

export const ZRevealed = z.object({
  mobile: z.string().nullable(),
  idNumber: z.string().nullable(),
  bankCards: z.array(z.object({ id: z.string(), cardNumber: z.string() })),
});
