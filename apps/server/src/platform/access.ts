import { type SQL, type AnyColumn, sql } from 'drizzle-orm';
import { FULL_VIEW_ROLES, type Role } from '@policyhub/domain';
import type { Actor } from './audit/index.js';
import { AppError, notFound } from './errors.js';

/** The signed-in user as every operation sees it. */
export type AuthUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string | null;
  /** Materialised path of the user's organization ('/…/orgId/'), null for individuals. */
  orgPath: string | null;
  orgType: string | null;
};

/**
 * Data scope (PL-2): what part of the organization tree a user can see.
 * - all: platform roles (exchange and security admins) see every organization;
 * - subtree: a user sees its own organization and the ones below it;
 * - self: an individual sees only its own records.
 */
export type DataScope =
  { kind: 'all' } | { kind: 'subtree'; orgId: string; orgPath: string } | { kind: 'self'; userId: string };

export function scopeOf(user: AuthUser): DataScope {
  if (user.role === 'exchange_admin' || user.role === 'security_admin') return { kind: 'all' };
  if (user.orgId && user.orgPath) return { kind: 'subtree', orgId: user.orgId, orgPath: user.orgPath };
  return { kind: 'self', userId: user.id };
}

/**
 * The one access helper: a WHERE condition restricting rows to the scope. `orgIdColumn` is the
 * row's owning organization; `userIdColumn` the owning user (for individuals).
 */
export function scopeCondition(
  scope: DataScope,
  columns: { orgIdColumn?: AnyColumn; userIdColumn?: AnyColumn },
): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'self') {
    return columns.userIdColumn ? sql`${columns.userIdColumn} = ${scope.userId}` : sql`false`;
  }
  if (!columns.orgIdColumn) return sql`false`;
  return sql`${columns.orgIdColumn} in (select id from organizations where path like ${scope.orgPath + '%'})`;
}

/** Is an organization path inside the scope? (for checks on a single already-loaded row) */
export function scopeIncludesOrgPath(scope: DataScope, orgPath: string | null): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'self' || !orgPath) return false;
  return orgPath.startsWith(scope.orgPath);
}

/** Out-of-scope rows answer 404, never 403, so their existence is not disclosed. */
export function assertVisible(visible: boolean, what?: string): void {
  if (!visible) throw notFound(what);
}

export function assertRole(user: AuthUser, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) throw new AppError('FORBIDDEN');
}

export function canViewFullPersonalData(user: AuthUser): boolean {
  return FULL_VIEW_ROLES.includes(user.role);
}

export function actorOf(user: AuthUser | null, ip: string | null): Actor {
  return user
    ? { userId: user.id, name: user.displayName, orgId: user.orgId, ip }
    : { userId: null, name: null, orgId: null, ip };
}
