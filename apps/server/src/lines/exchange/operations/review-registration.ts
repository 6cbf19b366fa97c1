import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { exchangeRegistrations } from '../tables.js';
import { users } from '../../../platform/identity/tables.js';
import { actorOf, assertRole, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { deleteUserSessions } from '../../../platform/http/session.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { settlePendingAccount } from '../../../modules/accounts/index.js';
import { settlePendingOrganization } from '../../../modules/organizations/index.js';
import type { RegistrationStatus } from '../statuses.js';
import { approveStep, ensureSubmitted, rejectStep } from '../../../modules/approvals/index.js';
import { registrationApproval } from '../registration-approval.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const columns = {
  id: exchangeRegistrations.id,
  orgId: exchangeRegistrations.orgId,
  userId: exchangeRegistrations.userId,
  username: users.username,
  companyName: exchangeRegistrations.companyName,
  creditCode: exchangeRegistrations.creditCode,
  orgCode: exchangeRegistrations.orgCode,
  licenceNo: exchangeRegistrations.licenceNo,
  taxNo: exchangeRegistrations.taxNo,
  email: exchangeRegistrations.email,
  contactName: exchangeRegistrations.contactName,
  contactMobile: exchangeRegistrations.contactMobile,
  status: exchangeRegistrations.status,
  rejectReason: exchangeRegistrations.rejectReason,
  reviewedAt: exchangeRegistrations.reviewedAt,
  createdAt: exchangeRegistrations.createdAt,
};

type Row = {
  id: string;
  orgId: string;
  userId: string;
  username: string | null;
  companyName: string;
  creditCode: string | null;
  orgCode: string | null;
  licenceNo: string | null;
  taxNo: string | null;
  email: string;
  contactName: string;
  contactMobile: string;
  status: string;
  rejectReason: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
};

export type RegistrationView = Omit<Row, 'userId' | 'reviewedAt' | 'createdAt' | 'status'> & {
  status: RegistrationStatus;
  reviewedAt: string | null;
  createdAt: string;
};

// The admin reviews the company; the contact mobile is shown masked (PL-7).
function toView(row: Row): RegistrationView {
  const { userId: _userId, ...rest } = row;
  return {
    ...rest,
    status: row.status as RegistrationStatus,
    contactMobile: maskMobile(row.contactMobile),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const base = (executor: Executor) =>
  executor
    .select(columns)
    .from(exchangeRegistrations)
    .leftJoin(users, eq(users.id, exchangeRegistrations.userId));

/** 注册登记审核: registrations, pending first by default, newest first. */
export async function listRegistrations(
  ctx: AppContext,
  admin: AuthUser,
  filters: { status?: RegistrationStatus; page: number; pageSize: number },
) {
  assertRole(admin, ['exchange_admin']);
  const where: SQL | undefined = filters.status
    ? eq(exchangeRegistrations.status, filters.status)
    : undefined;
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(exchangeRegistrations)
    .where(where);
  const rows = await base(ctx.db)
    .where(where)
    .orderBy(desc(exchangeRegistrations.createdAt), desc(exchangeRegistrations.id))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  return { items: rows.map(toView), total: count?.n ?? 0, page: filters.page, pageSize: filters.pageSize };
}

/**
 * Approves (organization and operator become active; e-mail to the applicant) or rejects (the
 * reason is e-mailed; the organization is marked rejected and the account disabled) a pending
 * registration. Only a pending registration can be decided.
 */
export async function decideRegistration(
  ctx: AppContext,
  admin: AuthUser,
  registrationId: string,
  decision: { approve: true } | { approve: false; reason: string },
  ip: string | null,
): Promise<RegistrationView> {
  assertRole(admin, ['exchange_admin']);
  if (!UUID.test(registrationId)) throw notFound('注册申请');
  const reason = decision.approve ? null : decision.reason.trim();
  if (!decision.approve && !reason) throw new AppError('VALIDATION_FAILED', { message: '请填写驳回原因' });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: exchangeRegistrations.id, status: exchangeRegistrations.status })
      .from(exchangeRegistrations)
      .where(eq(exchangeRegistrations.id, registrationId))
      .for('update');
    if (!row) throw notFound('注册申请');
    if (row.status !== 'pending')
      throw new AppError('INVALID_STATE', { message: '该注册申请已审核，不能重复审核' });
    const [reg] = await base(tx).where(eq(exchangeRegistrations.id, registrationId));
    // The exchange is the chain's one level: its decision decides the request and the registration.
    const approval = registrationApproval(registrationId, reg!.orgId);
    await ensureSubmitted(ctx, tx, {
      ...approval,
      submittedBy: {
        kind: 'recorded',
        userId: reg!.userId,
        name: reg!.contactName,
        role: 'enterprise_operator',
        orgId: reg!.orgId,
        at: reg!.createdAt,
      },
      ip,
    });
    const step = { request: { subject: approval.subject }, by: admin, ip };
    if (decision.approve) await approveStep(ctx, tx, step);
    else await rejectStep(ctx, tx, { ...step, reason: reason! });
    const now = ctx.now();
    const status = decision.approve ? 'approved' : 'rejected';
    await tx
      .update(exchangeRegistrations)
      .set({ status, rejectReason: reason, reviewedBy: admin.id, reviewedAt: now })
      .where(eq(exchangeRegistrations.id, registrationId));
    await settlePendingOrganization(tx, reg!.orgId, decision.approve ? 'active' : 'rejected');
    await settlePendingAccount(tx, reg!.userId, decision.approve ? 'active' : 'disabled');
    if (!decision.approve) await deleteUserSessions(tx, reg!.userId);
    await ctx.notify.enqueue(tx, {
      channel: 'email',
      to: reg!.email,
      template: decision.approve ? 'enterprise_registration_approved' : 'enterprise_registration_rejected',
      params: {
        companyName: reg!.companyName,
        username: reg!.username ?? '',
        reason: reason ?? '',
        url: ctx.config.publicUrl,
      },
      userId: reg!.userId,
      orgId: reg!.orgId,
      dedupeKey: `exchange-registration:${registrationId}:${status}`,
    });
    await recordAudit(tx, actorOf(admin, ip), {
      action: decision.approve ? 'exchange.registration_approve' : 'exchange.registration_reject',
      entityType: 'exchange_registration',
      entityId: registrationId,
      detail: { companyName: reg!.companyName, orgId: reg!.orgId, ...(reason ? { reason } : {}) },
    });
    const [after] = await base(tx).where(eq(exchangeRegistrations.id, registrationId));
    return toView(after!);
  });
}
