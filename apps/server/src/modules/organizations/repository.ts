import crypto from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { OrgStatus, OrgType } from '@policyhub/domain';
import type { Executor } from '../../platform/db/index.js';
import { organizations } from '../../platform/identity/tables.js';
import { scopeCondition, type DataScope } from '../../platform/access.js';
import type { Org } from './schemas.js';

const orgColumns = {
  id: organizations.id,
  parentId: organizations.parentId,
  type: organizations.type,
  name: organizations.name,
  code: organizations.code,
  status: organizations.status,
  path: organizations.path,
};

type OrgRow = {
  id: string;
  parentId: string | null;
  type: string;
  name: string;
  code: string | null;
  status: OrgStatus;
  path: string;
};

export function toOrg(row: OrgRow): Org {
  // '/a/b/' → ['', 'a', 'b', ''] → depth 1
  return { ...row, type: row.type as OrgType, depth: row.path.split('/').length - 3 };
}

/** Organizations inside the scope, in tree order (a subtree's rows are contiguous). */
export async function findOrganizations(executor: Executor, scope: DataScope): Promise<Org[]> {
  const rows = await executor
    .select(orgColumns)
    .from(organizations)
    .where(scopeCondition(scope, { orgIdColumn: organizations.id }))
    .orderBy(asc(organizations.path));
  return rows.map(toOrg);
}

export async function findOrganization(executor: Executor, id: string): Promise<Org | null> {
  const [row] = await executor
    .select(orgColumns)
    .from(organizations)
    .where(eq(organizations.id, id))
    .limit(1);
  return row ? toOrg(row) : null;
}

/** A sibling with this name (names are unique under one parent). */
export async function findChildByName(
  executor: Executor,
  parentId: string | null,
  name: string,
): Promise<Org | null> {
  const [row] = await executor
    .select(orgColumns)
    .from(organizations)
    .where(
      and(
        parentId ? eq(organizations.parentId, parentId) : isNull(organizations.parentId),
        eq(organizations.name, name),
      ),
    )
    .limit(1);
  return row ? toOrg(row) : null;
}

export async function findByCode(executor: Executor, code: string): Promise<Org | null> {
  const [row] = await executor
    .select(orgColumns)
    .from(organizations)
    .where(eq(organizations.code, code))
    .limit(1);
  return row ? toOrg(row) : null;
}

/** Inserts an organization under `parent` (or as a root), computing its materialised path. */
export async function insertOrganization(
  executor: Executor,
  input: {
    parent: { id: string; path: string } | null;
    type: OrgType;
    name: string;
    code: string | null;
    status?: OrgStatus;
    contact?: { name: string; mobile: string; email: string | null };
  },
): Promise<Org> {
  const id = crypto.randomUUID();
  const path = `${input.parent?.path ?? '/'}${id}/`;
  const [row] = await executor
    .insert(organizations)
    .values({
      id,
      parentId: input.parent?.id ?? null,
      type: input.type,
      name: input.name,
      code: input.code,
      path,
      status: input.status ?? 'active',
      contactName: input.contact?.name ?? null,
      contactMobile: input.contact?.mobile ?? null,
      contactEmail: input.contact?.email ?? null,
    })
    .returning(orgColumns);
  return toOrg(row!);
}

/** Settles an organization still 'pending' (a self-registration): 'active' or 'rejected'. */
export async function settlePendingOrganization(
  executor: Executor,
  id: string,
  status: 'active' | 'rejected',
): Promise<void> {
  await executor
    .update(organizations)
    .set({ status })
    .where(and(eq(organizations.id, id), eq(organizations.status, 'pending')));
}

export async function lockOrganization(executor: Executor, id: string): Promise<void> {
  await executor
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, id))
    .for('update');
}
