/** Order statuses (English codes in the API; the web shows the Chinese labels). */
export const ORDER_STATUSES = ['draft', 'submitted', 'sent', 'passed', 'failed'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  draft: '待提交',
  submitted: '待预核保',
  sent: '已发送保险公司',
  passed: '预核保通过',
  failed: '预核保未通过',
};

export const INVITATION_STATUSES = ['invited', 'applied', 'issued', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const REGISTRATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const SCAN_KINDS = ['licence', 'orgCode', 'taxCert'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];

export const SCAN_LABELS: Record<ScanKind, string> = {
  licence: '营业执照',
  orgCode: '组织机构代码证',
  taxCert: '税务登记证',
};

export const COMPANY_SIZES = ['50人以下', '50-299人', '300-999人', '1000人及以上'] as const;
