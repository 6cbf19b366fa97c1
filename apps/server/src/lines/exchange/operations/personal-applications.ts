import { ageOn, applicationMachine, beijingDate, type ApplicationStatus } from '@policyhub/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { actorOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { bankCards } from '../../../modules/accounts/tables.js';
import { documents } from '../../../modules/documents/tables.js';
import { exchangeApplications } from '../tables.js';
import { organizations, users } from '../../../platform/identity/tables.js';
import { policies } from '../../../modules/policies/tables.js';
import { AppError, notFound } from '../../../platform/errors.js';
import {
  currentStatus,
  findPolicies,
  nextBusinessNumber,
  POLICY_STATUS_LABELS,
} from '../../../modules/policies/index.js';
import { findInvitationsForUser, type UserInvitation } from '../index.js';
import { enqueueWebhook } from '../../../modules/insurer-gateway/webhooks.js';
import { markInvitationStatus } from '../invitations.js';
import { quotePremium } from '../quote.js';
import { getProductVersion } from '../product-content.js';

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
  status: string;
  statusLabel: string;
  /** Whether today is inside the application window. */
  open: boolean;
  channels: { platform: boolean; mobile: boolean; insurerUrl: string | null };
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
  const apps = await ctx.db
    .select({
      invitationId: exchangeApplications.invitationId,
      applicationNo: exchangeApplications.applicationNo,
    })
    .from(exchangeApplications)
    .where(eq(exchangeApplications.userId, user.id));
  const today = beijingDate(ctx.now());
  const result: PersonalInvitation[] = [];
  for (const inv of invitations) {
    const version = await getProductVersion(ctx, inv.productVersionId);
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
  const quote = quotePremium(content, { age: ageOn(profile.birthDate, today), gender: profile.gender });
  const year = Number(today.slice(0, 4));

  return insertOnce(() =>
    ctx.db.transaction(async (tx) => {
      const [card] = await tx
        .select({ id: bankCards.id })
        .from(bankCards)
        .where(and(eq(bankCards.id, input.bankCardId), eq(bankCards.userId, user.id)));
      if (!card) throw notFound('银行卡');
      const [existing] = await tx
        .select({ status: exchangeApplications.status, declineReason: exchangeApplications.declineReason })
        .from(exchangeApplications)
        .where(
          and(
            eq(exchangeApplications.userId, user.id),
            eq(exchangeApplications.productId, invitation.productId),
            eq(exchangeApplications.year, year),
          ),
        );
      if (existing?.status === 'declined')
        throw new AppError('APPLICATION_REFUSED', {
          message: `您本年度该产品的投保申请已被拒保（${existing.declineReason ?? '未说明原因'}），不能再次投保`,
        });
      if (existing)
        throw new AppError('APPLICATION_REFUSED', { message: '您本年度已投保该产品，一人一年只能投保一份' });
      const applicationNo = await nextBusinessNumber(tx, 'TA', ctx.now());
      const [row] = await tx
        .insert(exchangeApplications)
        .values({
          applicationNo,
          invitationId: invitation.invitationId,
          userId: user.id,
          productId: invitation.productId,
          productVersionId: invitation.productVersionId,
          insurerOrgId: invitation.insurerOrgId,
          enterpriseOrgId: invitation.enterpriseOrgId,
          year,
          status: 'underwriting',
          answers,
          applicant: {
            name: profile.name,
            idType: 'resident_id',
            idNumberEnc: profile.idNumberEnc,
            idNumberMasked: profile.idNumberMasked,
            gender: profile.gender,
            birthDate: profile.birthDate,
            mobile: profile.mobile,
          },
          bankCardId: card.id,
          consentAt: ctx.now(),
          premiumFen: quote.annualPremiumFen,
        })
        .returning();
      await markInvitationStatus(ctx, tx, invitation.invitationId, 'applied');
      await enqueueWebhook(ctx, tx, invitation.insurerOrgId, 'application.submitted', {
        applicationNo,
        productId: invitation.productId,
        productVersionId: invitation.productVersionId,
      });
      await recordAudit(tx, actorOf(user, ip), {
        action: 'exchange_application.submit',
        entityType: 'exchange_application',
        entityId: row!.id,
        detail: { applicationNo, productId: invitation.productId, premiumFen: quote.annualPremiumFen },
      });
      return toPersonal(row!, version.name, null);
    }),
  );
}

/** A concurrent second application hits the (user, product, year) unique index: same answer as the check. */
async function insertOnce<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
      if ((e as { code?: string }).code === '23505')
        throw new AppError('APPLICATION_REFUSED', { message: '您本年度已投保该产品，一人一年只能投保一份' });
    throw error;
  }
}

function toPersonal(
  row: typeof exchangeApplications.$inferSelect,
  productName: string,
  policyNo: string | null,
): PersonalApplication {
  return {
    applicationNo: row.applicationNo,
    productName,
    status: row.status,
    statusLabel: applicationMachine.label(row.status),
    premiumFen: row.premiumFen,
    year: row.year,
    declineReason: row.declineReason,
    policyNo,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The signed-in individual's own applications, newest first. */
export async function listPersonalApplications(
  ctx: AppContext,
  user: AuthUser,
): Promise<PersonalApplication[]> {
  const rows = await ctx.db
    .select()
    .from(exchangeApplications)
    .where(eq(exchangeApplications.userId, user.id))
    .orderBy(desc(exchangeApplications.createdAt));
  const policyRows = await findPolicies(
    ctx.db,
    rows.map((r) => r.policyId).filter((x): x is string => !!x),
  );
  const result: PersonalApplication[] = [];
  for (const r of rows) {
    const version = await getProductVersion(ctx, r.productVersionId);
    result.push(
      toPersonal(r, version?.name ?? '', policyRows.find((p) => p.id === r.policyId)?.policyNo ?? null),
    );
  }
  return result;
}

export type MyPolicy = {
  policyId: string;
  policyNo: string;
  line: string;
  productName: string;
  insurerName: string;
  status: string;
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
  const ids = await ctx.db
    .select({ id: policies.id })
    .from(policies)
    .where(eq(policies.holderUserId, user.id))
    .orderBy(desc(policies.issuedAt));
  const rows = await findPolicies(
    ctx.db,
    ids.map((r) => r.id),
  );
  const names = await insurerNames(
    ctx,
    rows.map((r) => r.insurerOrgId),
  );
  const docs = ids.length
    ? await ctx.db
        .select({ id: documents.id, policyId: documents.policyId, version: documents.version })
        .from(documents)
        .where(
          and(
            inArray(
              documents.policyId,
              ids.map((r) => r.id),
            ),
            eq(documents.kind, 'policy'),
            eq(documents.specimen, false),
          ),
        )
        .orderBy(desc(documents.version))
    : [];
  const now = ctx.now();
  return ids
    .map((r) => rows.find((p) => p.id === r.id))
    .filter((p): p is NonNullable<typeof p> => !!p)
    .map((p) => {
      const status = currentStatus(p, now);
      const doc = docs.find((d) => d.policyId === p.id);
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
