/**
 * Roles and organization types (SPEC §1). Shared by the server (guards, data scope) and the web
 * (which portal and menu a user sees). Labels live in the i18n catalogues, not here.
 */
export const ROLES = [
  'enterprise_operator',
  'individual',
  'exchange_admin',
  'insurer_staff',
  'union_base_operator',
  'union_agency_operator',
  'union_hq_operator',
  'travel_issuer',
  'travel_admin',
  'security_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = [
  'platform',
  'insurer',
  'insurer_branch',
  'enterprise',
  'union_hq',
  'union_agency',
  'union_base',
  'travel_agency',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** A user account's states: pending (self-registered, awaiting review), active, disabled. */
export const USER_STATUSES = ['active', 'disabled', 'pending'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** An organization's states: pending (registered, awaiting review), active, rejected, disabled. */
export const ORG_STATUSES = ['active', 'pending', 'rejected', 'disabled'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

/** Which organization types may sit directly under which (the tree rules of SPEC §1). */
export const ORG_CHILD_TYPES: Record<OrgType, readonly OrgType[]> = {
  platform: ['insurer', 'enterprise', 'union_hq', 'travel_agency'],
  insurer: ['insurer_branch'],
  insurer_branch: ['insurer_branch'],
  enterprise: [],
  union_hq: ['union_agency'],
  union_agency: ['union_base'],
  union_base: [],
  travel_agency: [],
};

/** The organization type a role's user must belong to (individuals belong to none). */
export const ROLE_ORG_TYPES: Record<Role, readonly OrgType[] | null> = {
  enterprise_operator: ['enterprise'],
  individual: null,
  exchange_admin: ['platform'],
  security_admin: ['platform'],
  insurer_staff: ['insurer', 'insurer_branch'],
  union_base_operator: ['union_base'],
  union_agency_operator: ['union_agency'],
  union_hq_operator: ['union_hq'],
  travel_issuer: ['travel_agency'],
  travel_admin: ['travel_agency'],
};

/** Roles whose consoles require the SMS second factor (union and travel consoles, as in seeds 001/002). */
export const SMS_REQUIRED_ROLES: readonly Role[] = [
  'union_base_operator',
  'union_agency_operator',
  'union_hq_operator',
  'travel_issuer',
  'travel_admin',
];

export type Portal = 'enterprise' | 'personal' | 'admin' | 'union' | 'insurer' | 'travel';

export const ROLE_PORTAL: Record<Role, Portal> = {
  enterprise_operator: 'enterprise',
  individual: 'personal',
  exchange_admin: 'admin',
  security_admin: 'admin',
  insurer_staff: 'insurer',
  union_base_operator: 'union',
  union_agency_operator: 'union',
  union_hq_operator: 'union',
  travel_issuer: 'travel',
  travel_admin: 'travel',
};

/** Roles that administer users and organizations, and over which scope. */
export const USER_ADMIN_ROLES: readonly Role[] = [
  'exchange_admin',
  'union_hq_operator',
  'union_agency_operator',
  'travel_admin',
];

/** Roles that may see the audit log. */
export const AUDIT_ROLES: readonly Role[] = ['security_admin'];

/** Roles allowed to see full personal data (every such view is audited). */
export const FULL_VIEW_ROLES: readonly Role[] = ['exchange_admin', 'security_admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
