import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import {
  ageOn,
  beijingDate,
  isRole,
  maskMobile,
  ROLE_PORTAL,
  SMS_REQUIRED_ROLES,
  type OrgType,
  type Role,
  type UserStatus,
} from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import { bankCards } from './tables.js';
import { organizations, users } from '../../platform/identity/tables.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import type { SessionStage } from '../../platform/http/session.js';
import { notFound } from '../../platform/errors.js';
import type { AdminUser, BankCardView, Me } from './schemas.js';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Postgres unique violation, also when wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Usernames are case-insensitive: stored and looked up in lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function isSmsRequired(role: Role, smsTwoFactor: boolean): boolean {
  return SMS_REQUIRED_ROLES.includes(role) || smsTwoFactor;
}

const loginColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  passwordHash: users.passwordHash,
  status: users.status,
  mustChangePassword: users.mustChangePassword,
  smsTwoFactor: users.smsTwoFactor,
  mobile: users.mobile,
  failedLogins: users.failedLogins,
  lockedUntil: users.lockedUntil,
  orgStatus: organizations.status,
};

export type LoginCandidate = NonNullable<Awaited<ReturnType<typeof findLoginCandidate>>>;

/** A mainland mobile number, as typed at login instead of a username. */
export const MOBILE_LOGIN = /^1[3-9]\d{9}$/;

/** How many accounts sharing one mobile number login tries the password against. */
export const MAX_ACCOUNTS_PER_MOBILE = 5;

/** The accounts registered with a mobile number (oldest first, at most MAX_ACCOUNTS_PER_MOBILE). */
export async function findLoginCandidatesByMobile(executor: Executor, mobile: string) {
  return executor
    .select(loginColumns)
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.mobile, mobile))
    .orderBy(users.createdAt, users.id)
    .limit(MAX_ACCOUNTS_PER_MOBILE);
}

/** Everything login needs to decide, by username. */
export async function findLoginCandidate(executor: Executor, username: string) {
  const [row] = await executor
    .select(loginColumns)
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.username, normalizeUsername(username)))
    .limit(1);
  return row ?? null;
}

/** The current user's own record as `Me` (masked personal data). */
export async function loadMe(
  executor: Executor,
  userId: string,
  stage: SessionStage,
  now: Date,
): Promise<Me> {
  const [row] = await executor
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      mobile: users.mobile,
      email: users.email,
      smsTwoFactor: users.smsTwoFactor,
      gender: users.gender,
      birthDate: users.birthDate,
      idNumberMasked: users.idNumberMasked,
      profile: users.profile,
      orgId: organizations.id,
      orgName: organizations.name,
      orgType: organizations.type,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !isRole(row.role)) throw notFound('用户');
  return toMe({ ...row, role: row.role }, stage, now);
}

type MeSource = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  mobile: string | null;
  email: string | null;
  smsTwoFactor: boolean;
  gender: string | null;
  birthDate: string | null;
  idNumberMasked: string | null;
  profile: Record<string, unknown> | null;
  orgId: string | null;
  orgName: string | null;
  orgType: string | null;
};

/**
 * The `Me` view of a user (masked mobile, portal, profile), from a row or a loaded session. Birth
 * date and gender stored with the ID number (read from it by packages/domain when the account was
 * made) win over anything typed: the age is then counted on Beijing's today, as rating does.
 */
export function toMe(row: MeSource, stage: SessionStage, now: Date): Me {
  const p = row.profile ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const gender = row.gender === 'M' || row.gender === 'F' ? row.gender : null;
  const fromId = Boolean(row.idNumberMasked && row.birthDate && gender);
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    portal: ROLE_PORTAL[row.role],
    stage,
    org: row.orgId ? { id: row.orgId, name: row.orgName!, type: row.orgType as OrgType } : null,
    mobileMasked: row.mobile ? maskMobile(row.mobile) : null,
    email: row.email,
    smsTwoFactor: row.smsTwoFactor,
    smsRequired: SMS_REQUIRED_ROLES.includes(row.role),
    profile: {
      gender,
      age: fromId ? ageOn(row.birthDate!, beijingDate(now)) : typeof p.age === 'number' ? p.age : null,
      birthDate: row.birthDate,
      idNumberMasked: row.idNumberMasked,
      fromId,
      jobCategory: str(p.jobCategory),
      address: str(p.address),
      language: p.language === 'zh-CN' || p.language === 'en-US' ? p.language : null,
    },
  };
}

const adminUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  orgId: users.orgId,
  orgName: organizations.name,
  status: users.status,
  mobile: users.mobile,
  idNumberMasked: users.idNumberMasked,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

type AdminUserRow = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  orgId: string | null;
  orgName: string | null;
  status: UserStatus;
  mobile: string | null;
  idNumberMasked: string | null;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
};

function toAdminUser(row: AdminUserRow, now: Date): AdminUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    orgId: row.orgId,
    orgName: row.orgName,
    status: row.status,
    mobileMasked: row.mobile ? maskMobile(row.mobile) : null,
    idNumberMasked: row.idNumberMasked,
    // A lock that has run out is no lock: the next login clears it.
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? iso(row.lockedUntil) : null,
    lastLoginAt: iso(row.lastLoginAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** One user as administrators see it, if inside `scope`; otherwise NOT_FOUND (PL-2). */
export async function getAdminUser(
  executor: Executor,
  scope: DataScope,
  userId: string,
  now: Date,
): Promise<AdminUser> {
  const [row] = await executor
    .select(adminUserColumns)
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(eq(users.id, userId), scopeCondition(scope, { orgIdColumn: users.orgId })))
    .limit(1);
  if (!row) throw notFound('用户');
  return toAdminUser(row, now);
}

export type UserFilters = {
  orgId?: string;
  role?: Role;
  status?: UserStatus;
  keyword?: string;
  page: number;
  pageSize: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of users inside `scope`, newest first. */
export async function findAdminUsers(executor: Executor, scope: DataScope, filters: UserFilters, now: Date) {
  const conditions: SQL[] = [scopeCondition(scope, { orgIdColumn: users.orgId })];
  if (filters.orgId) conditions.push(eq(users.orgId, filters.orgId));
  if (filters.role) conditions.push(eq(users.role, filters.role));
  if (filters.status) conditions.push(eq(users.status, filters.status));
  const keyword = filters.keyword?.trim();
  if (keyword) {
    const like = `%${escapeLike(keyword)}%`;
    conditions.push(
      or(ilike(users.username, like), ilike(users.displayName, like), eq(users.mobile, keyword))!,
    );
  }
  const where = and(...conditions);
  const [total] = await executor.select({ n: count() }).from(users).where(where);
  const rows = await executor
    .select(adminUserColumns)
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(where)
    .orderBy(desc(users.createdAt), users.username)
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  return {
    items: rows.map((r) => toAdminUser(r, now)),
    total: total?.n ?? 0,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** A user's own bank cards (masked). */
export async function findBankCards(executor: Executor, userId: string): Promise<BankCardView[]> {
  const rows = await executor
    .select({
      id: bankCards.id,
      holderName: bankCards.holderName,
      bankName: bankCards.bankName,
      cardMasked: bankCards.cardMasked,
      createdAt: bankCards.createdAt,
    })
    .from(bankCards)
    .where(eq(bankCards.userId, userId))
    .orderBy(bankCards.createdAt);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Row lock on a user, so concurrent admin actions and logins apply one after another. */
export async function lockUserRow(executor: Executor, userId: string): Promise<void> {
  await executor.execute(sql`select id from users where id = ${userId} for update`);
}
