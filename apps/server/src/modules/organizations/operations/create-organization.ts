import { ORG_CHILD_TYPES, USER_ADMIN_ROLES, validateCreditCode, type OrgType } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import {
  actorOf,
  assertRole,
  assertVisible,
  scopeIncludesOrgPath,
  scopeOf,
  type AuthUser,
} from '../../../platform/access.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { ORG_TYPE_LABELS } from '../../accounts/index.js';
import {
  findByCode,
  findChildByName,
  findOrganization,
  insertOrganization,
  lockOrganization,
} from '../repository.js';
import type { Org } from '../schemas.js';

export type NewOrganization = { type: OrgType; name: string; code?: string | null };

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
}

/**
 * Validates and inserts one organization under `parent` (null: a root platform organization),
 * with its audit row, inside the caller's transaction. Scope is the caller's business.
 */
export async function addOrganization(
  tx: Executor,
  actor: Actor,
  parent: Org | null,
  input: NewOrganization,
): Promise<Org & { warnings: string[] }> {
  const name = input.name.trim();
  if (Array.from(name).length < 2 || Array.from(name).length > 100)
    throw invalid('name', '机构名称应为 2–100 个字');
  if (parent) {
    if (parent.status !== 'active')
      throw new AppError('INVALID_STATE', {
        message: `上级机构「${parent.name}」未启用，不能在其下创建机构`,
      });
    const allowed = ORG_CHILD_TYPES[parent.type];
    if (!allowed.includes(input.type)) {
      const hint =
        allowed.length > 0
          ? `，只能创建：${allowed.map((t) => ORG_TYPE_LABELS[t]).join('、')}`
          : '，该类机构下不能再设下级机构';
      throw invalid(
        'type',
        `「${ORG_TYPE_LABELS[parent.type]}」下不能创建「${ORG_TYPE_LABELS[input.type]}」${hint}`,
      );
    }
    await lockOrganization(tx, parent.id); // serialises sibling creation for the name check
  } else if (input.type !== 'platform') {
    throw invalid('parentId', `「${ORG_TYPE_LABELS[input.type]}」必须有上级机构`);
  }

  let code: string | null = null;
  let warnings: string[] = [];
  if (input.code != null && input.code.trim() !== '') {
    const result = validateCreditCode(input.code);
    if (!result.ok) throw invalid('code', result.reason);
    code = result.value;
    warnings = result.warnings;
    const holder = await findByCode(tx, code);
    if (holder)
      throw new AppError('CONFLICT', { message: `统一社会信用代码 ${code} 已被「${holder.name}」使用` });
  }
  if (await findChildByName(tx, parent?.id ?? null, name)) {
    throw new AppError('CONFLICT', {
      message: parent ? `「${parent.name}」下已有名为「${name}」的机构` : `已有名为「${name}」的顶级机构`,
    });
  }

  const org = await insertOrganization(tx, { parent, type: input.type, name, code });
  await recordAudit(tx, actor, {
    action: 'org.create',
    entityType: 'organization',
    entityId: org.id,
    detail: { name, type: input.type, parentId: parent?.id ?? null, code },
  });
  return { ...org, warnings };
}

/**
 * Creates an organization under a parent inside the administrator's scope (PL-2); a parent in
 * another tree answers 404. The type must be allowed under the parent's type.
 */
export async function createOrganization(
  ctx: AppContext,
  admin: AuthUser,
  input: NewOrganization & { parentId: string },
  ip: string | null,
): Promise<Org & { warnings: string[] }> {
  assertRole(admin, USER_ADMIN_ROLES);
  const scope = scopeOf(admin);
  return ctx.db.transaction(async (tx) => {
    const parent = await findOrganization(tx, input.parentId);
    assertVisible(parent !== null && scopeIncludesOrgPath(scope, parent.path), '上级机构');
    return addOrganization(tx, actorOf(admin, ip), parent, input);
  });
}
