import {
  ageOn,
  applicationMachine,
  beijingDate,
  checkOnePerProductYear,
  type ApplicationStatus,
  type Line,
} from '@policyhub/domain';
import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, scopeOf, type AuthUser } from '../../../platform/access.js';
import { organizations, users } from '../../../platform/identity/tables.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { findBankCards } from '../../../modules/accounts/index.js';
import {
  createApplication,
  declineReasonOf,
  findApplications,
  getApplication,
  policyNumbersOf,
  type ApplicationRecord,
} from '../../../modules/applications/index.js';
import { findLatestPolicyDocuments } from '../../../modules/documents/index.js';
import {
  currentStatus,
  findPolicies,
  findPoliciesOfHolder,
  POLICY_STATUS_LABELS,
  type PolicyStatus,
} from '../../../modules/policies/index.js';
import { findInvitationsForUser, type UserInvitation } from '../index.js';
import { enqueueWebhook } from '../../../modules/insurer-gateway/index.js';
import { markInvitationStatus } from '../invitations.js';
import type { InvitationStatus } from '../statuses.js';
import { exchangeLine } from '../line.js';
import { exchangeDetailsOf } from '../application-details.js';
import { quotePremium, rateAgeGender } from '../quote.js';
import { getProductVersion } from '../product-content.js';
import { findAgreementDocument } from '../../../modules/products/index.js';

/**
 * The agreement an employee consents to when applying: its text is the product's disclosure
 * document whose title names it (信息披露管理); the consent checkbox links to it.
 */
export const DEBIT_AGREEMENT = '自动扣款授权协议';

const INVITATION_STATUS_LABELS: Record<string, string> = {
  invited: '待投保',
  applied: '已投保，核保中',
  issued: '已出单',
  declined: '已拒保',
};

export type PersonalInvitation = {
  invitationId: string;
  orderNo: string;
  productId: string;
  productName: string;
  insurerName: string;
  windowStart: string;
  windowEnd: string;
  status: InvitationStatus;
  statusLabel: string;
  /** Whether today is inside the application window. */
  open: boolean;
  channels: { platform: boolean; mobile: boolean; insurerUrl: string | null };
  /** 《自动扣款授权协议》's text (a disclosure PDF of the product), null when it has none. */
  debitAgreement: { title: string; url: string } | null;
  applicationNo: string | null;
};

async function insurerNames(ctx: AppContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** 待处理订单: the employee's invitations with product, insurer, window and status. */
export async function listPersonalInvitations(
  ctx: AppContext,
  user: AuthUser,
): Promise<PersonalInvitation[]> {
  const invitations = await findInvitationsForUser(ctx, user.id);
  const names = await insurerNames(
    ctx,
    invitations.map((i) => i.insurerOrgId),
  );
  const apps = (
    await findApplications(ctx.db, scopeOf(user), { userId: user.id, line: exchangeLine.code })
  ).map((a) => ({ invitationId: exchangeDetailsOf(a).invitationId, applicationNo: a.applicationNo }));
  const today = beijingDate(ctx.now());
  const result: PersonalInvitation[] = [];
  for (const inv of invitations) {
    const version = await getProductVersion(ctx, inv.productVersionId);
    const agreement = await findAgreementDocument(ctx.db, inv.productId, DEBIT_AGREEMENT);
    result.push({
      invitationId: inv.invitationId,
      orderNo: inv.orderNo,
      productId: inv.productId,
      productName: version?.name ?? '',
      insurerName: names.get(inv.insurerOrgId) ?? '',
      windowStart: inv.windowStart,
      windowEnd: inv.windowEnd,
      status: inv.status,
      statusLabel: INVITATION_STATUS_LABELS[inv.status] ?? inv.status,
      open: today >= inv.windowStart && today <= inv.windowEnd,
      channels: version?.version.content.channels ?? { platform: true, mobile: false, insurerUrl: null },
      debitAgreement: agreement ? { title: agreement.title, url: agreement.url } : null,
      applicationNo: apps.find((a) => a.invitationId === inv.invitationId)?.applicationNo ?? null,
    });
  }
  return result;
}

async function ownInvitation(ctx: AppContext, user: AuthUser, invitationId: string): Promise<UserInvitation> {
  const invitation = (await findInvitationsForUser(ctx, user.id)).find(
    (i) => i.invitationId === invitationId,
  );
  if (!invitation) throw notFound('投保邀请');
  return invitation;
}

type Profile = {
  name: string;
  idNumberEnc: string;
  idNumberMasked: string;
  gender: 'M' | 'F';
  birthDate: string;
  mobile: string | null;
};

async function profileOf(ctx: AppContext, user: AuthUser): Promise<Profile> {
  const [row] = await ctx.db
    .select({
      name: users.displayName,
      idNumberEnc: users.idNumberEnc,
      idNumberMasked: users.idNumberMasked,
      gender: users.gender,
      birthDate: users.birthDate,
      mobile: users.mobile,
    })
    .from(users)
    .where(eq(users.id, user.id));
  if (!row?.idNumberEnc || (row.gender !== 'M' && row.gender !== 'F') || !row.birthDate)
    throw new AppError('APPLICATION_REFUSED', {
      message: '请先在“我的信息”中完善身份证号、性别与出生日期后再投保',
    });
  return {
    name: row.name,
    idNumberEnc: row.idNumberEnc,
    idNumberMasked: row.idNumberMasked ?? '',
    gender: row.gender,
    birthDate: row.birthDate,
    mobile: row.mobile,
  };
}

export type PersonalQuote = {
  invitationId: string;
  productName: string;
  age: number;
  gender: 'M' | 'F';
  annualPremiumFen: number;
  deductionCapFen: number;
  deductionNote: string;
  questionnaire: { id: string; text: string }[];
};

/** The employee's premium, by age and gender from the invitation's product version rate table. */
export async function quoteForInvitation(
  ctx: AppContext,
  user: AuthUser,
  invitationId: string,
): Promise<PersonalQuote> {
  const invitation = await ownInvitation(ctx, user, invitationId);
  const profile = await profileOf(ctx, user);
  const version = await getProductVersion(ctx, invitation.productVersionId);
  if (!version) throw notFound('产品');
  const content = version.version.content;
  const quote = quotePremium(content, {
    age: ageOn(profile.birthDate, beijingDate(ctx.now())),
    gender: profile.gender,
  });
  return {
    invitationId,
    productName: version.name,
    age: quote.age,
    gender: quote.gender,
    annualPremiumFen: quote.annualPremiumFen,
    deductionCapFen: content.deductionCapFen,
    deductionNote: `税优健康险保费可在个人所得税前扣除，扣除限额为每年 ${content.deductionCapFen / 100} 元（每月 ${content.deductionCapFen / 1200} 元）。`,
    questionnaire: content.questionnaire.map((q) => ({ id: q.id, text: q.text })),
  };
}

export type PersonalApplication = {
  applicationNo: string;
  productName: string;
  status: ApplicationStatus;
  statusLabel: string;
  premiumFen: number;
  year: number;
  declineReason: string | null;
  policyNo: string | null;
  createdAt: string;
};

/**
 * Submits the employee's application (EX-7): checks the window, one person one policy per
 * product and year (DOMAIN §4; a declined application also blocks the year), the questionnaire
 * and the consent to automatic debit; stores it with the premium quoted from the version's rate
 * table, marks the invitation applied and sends `application.submitted` to an integrated insurer.
 */
export async function submitApplication(
  ctx: AppContext,
  user: AuthUser,
  input: { invitationId: string; bankCardId: string; answers: Record<string, boolean>; consent: boolean },
  ip: string | null,
): Promise<PersonalApplication> {
  const invitation = await ownInvitation(ctx, user, input.invitationId);
  const today = beijingDate(ctx.now());
  if (today < invitation.windowStart || today > invitation.windowEnd)
    throw new AppError('APPLICATION_REFUSED', {
      message: `不在投保期间内（${invitation.windowStart} 至 ${invitation.windowEnd}），不能投保`,
    });
  if (invitation.status === 'declined')
    throw new AppError('APPLICATION_REFUSED', {
      message: '您的投保申请已被保险公司拒保，本年度不能再次投保该产品',
    });
  if (invitation.status !== 'invited')
    throw new AppError('APPLICATION_REFUSED', { message: '您已投保该产品，一人一年只能投保一份' });
  if (!input.consent)
    throw new AppError('VALIDATION_FAILED', { message: '请阅读并同意授权银行自动扣缴保费' });
  const profile = await profileOf(ctx, user);
  const version = await getProductVersion(ctx, invitation.productVersionId);
  if (!version) throw notFound('产品');
  const content = version.version.content;
  for (const q of content.questionnaire)
    if (typeof input.answers[q.id] !== 'boolean')
      throw new AppError('VALIDATION_FAILED', { message: `请回答健康告知：${q.text}` });
  const answers = Object.fromEntries(content.questionnaire.map((q) => [q.id, input.answers[q.id] === true]));
  const rated = rateAgeGender(content, { age: ageOn(profile.birthDate, today), gender: profile.gender });
  const year = Number(today.slice(0, 4));
  const scope = scopeOf(user);

  return ctx.db.transaction(async (tx) => {
    const card = (await findBankCards(tx, user.id)).find((c) => c.id === input.bankCardId);
    if (!card) throw notFound('银行卡');
    const held = await findApplications(tx, scope, {
      userId: user.id,
      productId: invitation.productId,
      productYear: year,
    });
    const declined = held.find((a) => a.status === 'declined');
    if (declined)
      throw new AppError('APPLICATION_REFUSED', {
        message: `您本年度该产品的投保申请已被拒保（${declineReasonOf(declined) ?? '未说明原因'}），不能再次投保`,
      });
    // DOMAIN §4: one person, one policy per product and year.
    const once = checkOnePerProductYear(
      held.map((a) => a.productYear ?? year),
      year,
    );
    if (!once.ok) throw new AppError('APPLICATION_REFUSED', { message: once.reason });
    const application = await createApplication(ctx, tx, actorOf(user, ip), {
      line: exchangeLine.code,
      numberPrefix: 'TA',
      userId: user.id,
      orgId: invitation.enterpriseOrgId,
      productId: invitation.productId,
      productVersionId: invitation.productVersionId,
      insurerOrgId: invitation.insurerOrgId,
      productYear: year,
      status: 'underwriting',
      applicant: {
        name: profile.name,
        idType: 'resident_id',
        idNumber: ctx.crypto.decrypt(profile.idNumberEnc),
        gender: profile.gender,
        birthDate: profile.birthDate,
        mobile: profile.mobile,
      },
      insured: [],
      answers,
      quote: rated,
      details: {
        invitationId: invitation.invitationId,
        bankCardId: card.id,
        consentAt: ctx.now().toISOString(),
      },
    });
    await markInvitationStatus(ctx, tx, invitation.invitationId, 'applied');
    await enqueueWebhook(ctx, tx, invitation.insurerOrgId, 'application.submitted', {
      applicationNo: application.applicationNo,
      productId: invitation.productId,
      productVersionId: invitation.productVersionId,
    });
    return toPersonal(application, version.name, null);
  });
}

function toPersonal(
  application: ApplicationRecord,
  productName: string,
  policyNo: string | null,
): PersonalApplication {
  return {
    applicationNo: application.applicationNo,
    productName,
    status: application.status,
    statusLabel: applicationMachine.label(application.status),
    premiumFen: application.premiumFen,
    year: application.productYear ?? Number(beijingDate(application.createdAt).slice(0, 4)),
    declineReason: declineReasonOf(application),
    policyNo,
    createdAt: application.createdAt.toISOString(),
  };
}

/** The signed-in individual's own applications, newest first. */
export async function listPersonalApplications(
  ctx: AppContext,
  user: AuthUser,
): Promise<PersonalApplication[]> {
  const rows = await findApplications(ctx.db, scopeOf(user), { userId: user.id, line: exchangeLine.code });
  const policyNos = await policyNumbersOf(ctx.db, rows);
  const result: PersonalApplication[] = [];
  for (const r of rows) {
    const version = await getProductVersion(ctx, r.productVersionId);
    result.push(toPersonal(r, version?.name ?? '', r.policyId ? (policyNos.get(r.policyId) ?? null) : null));
  }
  return result;
}

export type PersonalApplicationDetail = PersonalApplication & {
  /** When the insurer decided (accepted, declined or sent to manual review). */
  decidedAt: string | null;
  /** The issued policy with its current e-policy, once issued. */
  policy: {
    policyNo: string;
    startsAt: string;
    endsAt: string;
    premiumFen: number;
    sumInsuredFen: number;
    documentId: string | null;
    downloadUrl: string | null;
  } | null;
};

/**
 * One of the signed-in individual's own applications, with its policy and e-policy once issued:
 * what the result page follows until the insurer's answer (another person's → 404).
 */
export async function getPersonalApplication(
  ctx: AppContext,
  user: AuthUser,
  applicationNo: string,
): Promise<PersonalApplicationDetail> {
  const application = await getApplication(ctx.db, scopeOf(user), applicationNo);
  if (application.userId !== user.id || application.line !== exchangeLine.code) throw notFound('投保申请');
  const version = await getProductVersion(ctx, application.productVersionId);
  const [policy] = application.policyId ? await findPolicies(ctx.db, [application.policyId]) : [];
  const doc = policy ? (await findLatestPolicyDocuments(ctx.db, [policy.id])).get(policy.id) : undefined;
  return {
    ...toPersonal(application, version?.name ?? '', policy?.policyNo ?? null),
    decidedAt: application.decidedAt?.toISOString() ?? null,
    policy: policy
      ? {
          policyNo: policy.policyNo,
          startsAt: policy.startsAt.toISOString(),
          endsAt: policy.endsAt.toISOString(),
          premiumFen: policy.premiumFen,
          sumInsuredFen: policy.sumInsuredFen,
          documentId: doc?.id ?? null,
          downloadUrl: doc ? `/api/documents/${doc.id}/download` : null,
        }
      : null,
  };
}

export type MyPolicy = {
  policyId: string;
  policyNo: string;
  line: Line;
  productName: string;
  insurerName: string;
  status: PolicyStatus;
  statusLabel: string;
  startsAt: string;
  endsAt: string;
  premiumFen: number;
  sumInsuredFen: number;
  taxCode: string | null;
  documentId: string | null;
  downloadUrl: string | null;
};

/** 我的保单: the policies the signed-in user holds, with the current e-policy to download. */
export async function listMyPolicies(ctx: AppContext, user: AuthUser): Promise<MyPolicy[]> {
  const rows = await findPoliciesOfHolder(ctx.db, user.id);
  const names = await insurerNames(
    ctx,
    rows.map((r) => r.insurerOrgId),
  );
  const docs = await findLatestPolicyDocuments(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.now();
  return rows.map((p) => {
    const status = currentStatus(p, now);
    const doc = docs.get(p.id);
    const taxCode = (p.details as Record<string, unknown>).taxCode;
    return {
      policyId: p.id,
      policyNo: p.policyNo,
      line: p.line,
      productName: p.productName,
      insurerName: names.get(p.insurerOrgId) ?? '',
      status,
      statusLabel: POLICY_STATUS_LABELS[status],
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt.toISOString(),
      premiumFen: p.premiumFen,
      sumInsuredFen: p.sumInsuredFen,
      taxCode: typeof taxCode === 'string' ? taxCode : null,
      documentId: doc?.id ?? null,
      downloadUrl: doc ? `/api/documents/${doc.id}/download` : null,
    };
  });
}
