import { z } from 'zod';
import type { Role } from '@policyhub/domain';
import { loadTargetOrg } from '../imports/index.js';
import { defineRosterTemplate } from './template.js';

/** Roles that keep insured-person rosters for their organization. */
export const ROSTER_ROLES: readonly Role[] = [
  'exchange_admin',
  'enterprise_operator',
  'union_base_operator',
  'union_agency_operator',
  'union_hq_operator',
  'travel_issuer',
  'travel_admin',
];

/** The subject type of an organization's own people list. */
export const ORGANIZATION_SUBJECT = 'organization';

/**
 * 人员名单: an organization's own people list (the common person columns only), as
 * /api/imports?template=roster&orgId=… — each import replaces it as a whole.
 */
export const organizationRosterTemplate = defineRosterTemplate({
  name: 'roster',
  title: '人员名单导入',
  sheetName: '人员名单',
  access: ROSTER_ROLES,
  contextSchema: z.object({ orgId: z.uuid({ message: '机构编号格式不正确' }).optional() }),
  async prepare(ctx, user, context) {
    const org = await loadTargetOrg(ctx, user, context.orgId);
    return { orgId: org.orgId, subject: { type: ORGANIZATION_SUBJECT, id: org.orgId } };
  },
});
