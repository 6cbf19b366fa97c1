import crypto from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { organizations, sessions, users } from '../identity/tables.js';
import type { AuthUser } from '../access.js';
import { isRole } from '@policyhub/domain';
import { AppError } from '../errors.js';

export const SESSION_COOKIE = 'ph_session';
export const CSRF_COOKIE = 'ph_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** 'sms': password accepted, SMS code pending; 'password': must change password; 'active'. */
export type SessionStage = 'sms' | 'password' | 'active';

export type AuthContext = {
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  user: AuthUser;
  /** The signed-in user's own contact and profile fields, loaded with the session (one query). */
  details: {
    mobile: string | null;
    email: string | null;
    smsTwoFactor: boolean;
    gender: string | null;
    birthDate: string | null;
    idNumberMasked: string | null;
    profile: Record<string, unknown>;
    orgName: string | null;
  };
};

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * Creates a database session (shared by every server process) and returns the cookie token.
 * The token is random; only its hash is stored.
 */
export async function createSession(
  executor: Executor,
  options: {
    userId: string;
    stage: SessionStage;
    ttlMs: number;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<SessionTokens> {
  const { token, csrfToken, sessionId } = newTokens();
  await executor.insert(sessions).values({
    id: sessionId,
    userId: options.userId,
    stage: options.stage,
    csrfToken,
    ip: options.ip ?? null,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    expiresAt: new Date(Date.now() + options.ttlMs),
  });
  return { token, csrfToken, sessionId };
}

export type SessionTokens = { token: string; csrfToken: string; sessionId: string };

function newTokens(): SessionTokens {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, csrfToken: crypto.randomBytes(24).toString('base64url'), sessionId: hashToken(token) };
}

/**
 * Moves a session on to its next stage (second factor passed, forced password change done) under
 * a new token and CSRF token: whatever was seen or planted before the step — a token in a shared
 * browser, a fixed cookie — stops working at the moment the session gains rights.
 */
export async function advanceSession(
  executor: Executor,
  sessionId: string,
  stage: SessionStage,
): Promise<SessionTokens> {
  const next = newTokens();
  const moved = await executor
    .update(sessions)
    .set({ id: next.sessionId, stage, csrfToken: next.csrfToken })
    .where(eq(sessions.id, sessionId))
    .returning({ id: sessions.id });
  if (moved.length === 0) throw new AppError('UNAUTHENTICATED', { message: '会话已失效，请重新登录' });
  return next;
}

export async function deleteSession(executor: Executor, sessionId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(executor: Executor, userId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}

function sessionQuery(executor: Executor) {
  return executor
    .select({
      sessionId: sessions.id,
      stage: sessions.stage,
      csrfToken: sessions.csrfToken,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      status: users.status,
      orgId: users.orgId,
      orgPath: organizations.path,
      orgType: organizations.type,
      orgStatus: organizations.status,
      orgName: organizations.name,
      mobile: users.mobile,
      email: users.email,
      smsTwoFactor: users.smsTwoFactor,
      gender: users.gender,
      birthDate: users.birthDate,
      idNumberMasked: users.idNumberMasked,
      profile: users.profile,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .limit(1);
}

// Every authenticated request runs this query: a prepared statement per database handle saves
// PostgreSQL's parse and plan on each call.
const prepared = new WeakMap<object, ReturnType<ReturnType<typeof sessionQuery>['prepare']>>();

/** Loads the session behind a cookie token, with its user; null when unknown, expired or disabled. */
export async function loadSession(executor: Executor, token: string): Promise<AuthContext | null> {
  let statement = prepared.get(executor);
  if (!statement) {
    statement = sessionQuery(executor).prepare('policyhub_load_session');
    prepared.set(executor, statement);
  }
  const [row] = await statement.execute({ id: hashToken(token), now: new Date() });
  if (!row || row.status !== 'active' || !isRole(row.role)) return null;
  if (row.orgId && row.orgStatus !== 'active') return null;
  return {
    sessionId: row.sessionId,
    stage: row.stage as SessionStage,
    csrfToken: row.csrfToken,
    user: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      orgId: row.orgId,
      orgPath: row.orgPath,
      orgType: row.orgType,
    },
    details: {
      mobile: row.mobile,
      email: row.email,
      smsTwoFactor: row.smsTwoFactor,
      gender: row.gender,
      birthDate: row.birthDate,
      idNumberMasked: row.idNumberMasked,
      profile: row.profile ?? {},
      orgName: row.orgName,
    },
  };
}
