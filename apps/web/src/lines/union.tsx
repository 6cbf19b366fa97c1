import { lazy } from 'react';
import {
  AccountBookOutlined,
  CloudUploadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SwapOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  AuditOutlined,
  FileDoneOutlined,
  FormOutlined,
  StopOutlined,
  FieldTimeOutlined,
} from '@ant-design/icons';
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
  {
    key: 'members',
    path: 'members',
    label: 'union.nav.members',
    description: 'union.nav.membersDesc',
    icon: <TeamOutlined />,
    roles: [...UNION_BASE, ...UNION_ABOVE_BASE],
    page: lazy(() => import('../portals/union/members-page')),
  },
  {
    key: 'union-member-query',
    path: 'member-query',
    label: 'menu.unionMemberQuery',
    description: 'menuDesc.unionMemberQuery',
    icon: <SearchOutlined />,
    page: lazy(() => import('../portals/union/member-query-page')),
  },
  {
    key: 'union-member-changes',
    path: 'member-changes',
    label: 'menu.unionMemberChanges',
    description: 'menuDesc.unionMemberChanges',
    icon: <UserSwitchOutlined />,
    page: lazy(() => import('../portals/union/member-changes-page')),
  },
  {
    key: 'union-transfers',
    path: 'transfers',
    label: 'menu.unionTransfers',
    description: 'menuDesc.unionTransfers',
    icon: <SwapOutlined />,
    page: lazy(() => import('../portals/union/transfers-page')),
  },
  // ── 保单管理 ──
  {
    key: 'union-applications',
    path: 'applications',
    label: 'menu.unionApplications',
    description: 'menuDesc.unionApplications',
    icon: <FormOutlined />,
    roles: UNION_BASE,
    page: lazy(() => import('../portals/union/applications-page')),
  },
  {
    key: 'union-terminations',
    path: 'terminations',
    label: 'menu.unionTerminations',
    description: 'menuDesc.unionTerminations',
    icon: <StopOutlined />,
    roles: [...UNION_BASE, ...UNION_ABOVE_BASE],
    page: lazy(() => import('../portals/union/terminations-page')),
  },
  {
    key: 'union-expiring',
    path: 'expiring',
    label: 'menu.unionExpiring',
    description: 'menuDesc.unionExpiring',
    icon: <FieldTimeOutlined />,
    roles: [...UNION_BASE, ...UNION_ABOVE_BASE],
    page: lazy(() => import('../portals/union/expiring-page')),
  },
  // ── 批量业务管理 ──
  {
    key: 'batch',
    path: 'batch',
    label: 'union.nav.batch',
    description: 'union.nav.batchDesc',
    icon: <CloudUploadOutlined />,
    roles: UNION_BASE,
    page: lazy(() => import('../portals/union/batch-page')),
  },
  // ── 代办处 / 总会 ──
  {
    key: 'union-claims',
    path: 'claims',
    label: 'menu.unionClaims',
    description: 'menuDesc.unionClaims',
    icon: <AccountBookOutlined />,
    roles: UNION_ABOVE_BASE,
    page: lazy(() => import('../portals/union/claims-page')),
  },
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

/** The insurer console: the mutual-aid association configures its plans (products of the line). */
const insurer: LineMenuEntry[] = [
  {
    key: 'union-plans',
    path: 'union-plans',
    label: 'menu.unionPlans',
    description: 'menuDesc.unionPlans',
    icon: <SafetyCertificateOutlined />,
    page: lazy(() => import('../portals/insurer/union/plans-page')),
  },
];

export const unionWebLine: WebLine = {
  line: 'MUTUAL_AID',
  menus: { union, insurer },
};
