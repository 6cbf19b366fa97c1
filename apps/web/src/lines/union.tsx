import { lazy } from 'react';
import { AuditOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { Role } from '@policyhub/domain';
import type { LineMenuEntry, WebLine } from './types';

export const UNION_BASE: readonly Role[] = ['union_base_operator'];
export const UNION_AGENCY: readonly Role[] = ['union_agency_operator'];
export const UNION_HQ: readonly Role[] = ['union_hq_operator'];
export const UNION_ABOVE_BASE: readonly Role[] = ['union_agency_operator', 'union_hq_operator'];

/**
 * 工会互助保障 (seed 001), in the manual's menu order: 会员管理 (入会管理, 会员信息查询, 会员变更管理,
 * 会员调动管理), 保单管理 (投保管理, 保单提前终止, 即将到期保单), 批量业务管理 (批量业务), then the agency
 * office's and HQ's pages (收据, 理赔记录, 财务确认). Pages live in portals/union/.
 */
const union: LineMenuEntry[] = [
  // ── 会员管理 ──
  // ── 保单管理 ──
  // ── 批量业务管理 ──
  // ── 代办处 / 总会 ──
  {
    key: 'union-submissions',
    path: 'submissions',
    label: 'menu.unionSubmissions',
    description: 'menuDesc.unionSubmissions',
    icon: <AuditOutlined />,
    roles: UNION_ABOVE_BASE,
    page: lazy(() => import('../portals/union/submissions-page')),
  },
  {
    key: 'union-receipts',
    path: 'receipts',
    label: 'menu.unionReceipts',
    description: 'menuDesc.unionReceipts',
    icon: <FileDoneOutlined />,
    roles: UNION_AGENCY,
    page: lazy(() => import('../portals/union/receipts-page')),
  },
];

export const unionWebLine: WebLine = {
  line: 'MUTUAL_AID',
  menus: { union },
};
