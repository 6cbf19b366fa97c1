import type { OrgType, Role } from '@policyhub/domain';

/** Chinese names of roles and organization types for server messages (SPEC §1). */
export const ROLE_LABELS: Record<Role, string> = {
  enterprise_operator: '企业经办人',
  individual: '个人用户',
  exchange_admin: '平台业务管理员',
  insurer_staff: '保险公司经办',
  union_base_operator: '基层工会操作员',
  union_agency_operator: '代办处操作员',
  union_hq_operator: '总会操作员',
  travel_issuer: '出单员',
  travel_admin: '旅行社管理员',
  security_admin: '安全管理员',
};

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  platform: '平台',
  insurer: '保险公司',
  insurer_branch: '保险公司分支机构',
  enterprise: '企业',
  union_hq: '工会总会',
  union_agency: '代办处',
  union_base: '基层工会',
  travel_agency: '旅行社',
};
