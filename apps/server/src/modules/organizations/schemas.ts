import { z } from 'zod';
import { ORG_STATUSES, ORG_TYPES, USER_STATUSES } from '@policyhub/domain';
import { ZRole } from '../accounts/index.js';
import { ZDisplayName, ZPage } from '../../platform/http/schemas.js';

export const ZOrg = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  type: z.enum(ORG_TYPES),
  name: z.string(),
  code: z.string().nullable(),
  status: z.enum(ORG_STATUSES),
  path: z.string(),
  /** 0 for a root organization. */
  depth: z.number().int(),
});
export type Org = z.infer<typeof ZOrg>;

export const ZOrgCreateBody = z.object({
  parentId: z.uuid({ message: '请选择上级机构' }),
  type: z.enum(ORG_TYPES, { message: '机构类型不正确' }),
  name: z.string().trim().min(2, '机构名称至少 2 个字').max(100, '机构名称不超过 100 个字'),
  code: z.string().trim().max(30).nullable().optional(),
});

export const ZOrgCreated = ZOrg.extend({ warnings: z.array(z.string()) });

export const ZUserQuery = ZPage.extend({
  orgId: z.uuid({ message: '机构编号格式不正确' }).optional(),
  role: ZRole.optional(),
  status: z.enum(USER_STATUSES).optional(),
  keyword: z.string().trim().max(50).optional(),
});

export const ZUserCreateBody = z.object({
  orgId: z.uuid({ message: '机构编号格式不正确' }).nullable(),
  role: ZRole,
  username: z.string().trim().min(3, '用户名至少 3 位').max(32, '用户名不超过 32 位'),
  displayName: ZDisplayName,
  mobile: z.string().trim().min(1, '请填写手机号').max(20),
  email: z.string().trim().max(254).nullable().optional(),
  idNumber: z.string().trim().max(30).nullable().optional(),
});
