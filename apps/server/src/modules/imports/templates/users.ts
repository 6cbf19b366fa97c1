import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { ROLE_ORG_TYPES, ROLES, USER_ADMIN_ROLES, type OrgType, type Role } from '@policyhub/domain';
import { users } from '../../../platform/identity/tables.js';
import { defineTemplate, type RowIssue } from '../../../platform/excel/index.js';
import { createUserAccount, ORG_TYPE_LABELS, ROLE_LABELS } from '../../accounts/index.js';
import { loadTargetOrg } from './target-org.js';

/** Roles a workbook may name: every role that belongs to an organization (not 个人用户). */
const IMPORTABLE_ROLES = ROLES.filter((r) => ROLE_ORG_TYPES[r] !== null);

/** 角色 labels in the workbook ↔ roles: the one place this mapping lives for imports. */
export const ROLE_BY_LABEL: ReadonlyMap<string, Role> = new Map(
  IMPORTABLE_ROLES.map((r) => [ROLE_LABELS[r], r]),
);

/**
 * 批量导入用户 (issue item 10's first real use): users created in one organization inside the
 * administrator's scope; each gets an initial password by SMS and must change it at first login.
 */
export const usersTemplate = defineTemplate({
  name: 'users',
  title: '批量导入用户',
  sheetName: '用户',
  columns: [
    {
      key: 'username',
      header: '用户名',
      required: true,
      example: 'zhangsan01',
      rule: 'username',
      text: true,
      width: 18,
      note: '登录用的用户名，全平台唯一',
    },
    {
      key: 'displayName',
      header: '姓名',
      required: true,
      example: '张三',
      rule: 'personName',
      text: false,
      width: 12,
    },
    {
      key: 'mobile',
      header: '手机号',
      required: true,
      example: '13800138000',
      rule: 'mobile',
      text: true,
      width: 16,
      note: '初始密码以短信发送到此号码',
    },
    {
      key: 'role',
      header: '角色',
      required: true,
      example: ROLE_LABELS.enterprise_operator,
      rule: null,
      text: false,
      width: 18,
      choices: IMPORTABLE_ROLES.map((r) => ROLE_LABELS[r]),
      note: '须与导入的机构类型相符，如企业只能设“企业经办人”',
    },
    {
      key: 'idNumber',
      header: '身份证号',
      required: false,
      example: '11010519491231002X',
      rule: 'residentId',
      text: true,
      width: 22,
    },
    {
      key: 'email',
      header: '邮箱',
      required: false,
      example: 'zhangsan@example.com',
      rule: 'email',
      text: false,
      width: 26,
    },
  ],
  access: USER_ADMIN_ROLES,
  contextSchema: z.object({ orgId: z.uuid({ message: '机构编号格式不正确' }) }),
  prepare: (ctx, user, context) => loadTargetOrg(ctx, user, context.orgId),
  rowKey: ['username'],

  checkRow({ values, errorKeys }, org) {
    if (errorKeys.has('role')) return [];
    const role = ROLE_BY_LABEL.get(values.role!);
    if (!role) return [{ column: 'role', message: `不支持的角色“${values.role}”` }];
    const allowed = ROLE_ORG_TYPES[role] ?? [];
    if (allowed.includes(org.orgType)) return [];
    const labels = allowed.map((t: OrgType) => `「${ORG_TYPE_LABELS[t]}」`).join('或');
    return [
      {
        column: 'role',
        message: `角色「${values.role}」只能属于${labels}类型的机构，「${org.orgName}」是「${ORG_TYPE_LABELS[org.orgType]}」`,
      },
    ];
  },

  async checkBatch(ctx, org, rows) {
    const named = rows.filter((r) => !r.errorKeys.has('username'));
    if (named.length === 0) return [];
    const existing = await ctx.db
      .select({ username: users.username, orgId: users.orgId, role: users.role })
      .from(users)
      .where(inArray(users.username, [...new Set(named.map((r) => r.values.username!))]));
    const byName = new Map(existing.map((u) => [u.username, u]));
    const issues: (RowIssue & { rowNo: number })[] = [];
    for (const row of named) {
      const found = byName.get(row.values.username!);
      if (!found) continue;
      // createUserAccount returns the same user for the same organization and role (idempotent).
      if (found.orgId === org.orgId && found.role === ROLE_BY_LABEL.get(row.values.role!)) {
        issues.push({
          rowNo: row.rowNo,
          column: 'username',
          level: 'warning',
          message: '该用户已存在，办理时不会重复创建',
        });
      } else {
        issues.push({
          rowNo: row.rowNo,
          column: 'username',
          message: '用户名已被其他账号使用，请换一个用户名',
        });
      }
    }
    return issues;
  },

  async execute(ctx, executor, run, org, row) {
    const v = row.values;
    const result = await createUserAccount(ctx, executor, run.audit, {
      orgId: org.orgId,
      role: ROLE_BY_LABEL.get(v.role!)!,
      username: v.username!,
      displayName: v.displayName!,
      mobile: v.mobile!,
      email: v.email || null,
      idNumber: v.idNumber || null,
      sendInitialPassword: true,
    });
    return { entityId: result.id };
  },
});
