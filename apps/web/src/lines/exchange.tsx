import { lazy } from 'react';
import {
  BarChartOutlined,
  CheckSquareOutlined,
  ContainerOutlined,
  DiffOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { Role } from '@policyhub/domain';
import type { LineMenuEntry, WebLine } from './types';

const EXCHANGE_ADMIN: readonly Role[] = ['exchange_admin'];

/** 管理中心 of the exchange, in the seed's order (注册登记审核 … 查询统计). */
const admin: LineMenuEntry[] = [
  {
    key: 'registrations',
    path: 'registrations',
    label: 'menu.registrations',
    description: 'menuDesc.registrations',
    icon: <SolutionOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/registrations-page')),
  },
  {
    key: 'listings',
    path: 'listings',
    label: 'menu.listings',
    description: 'menuDesc.listings',
    icon: <CheckSquareOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/listings-page')),
  },
  {
    key: 'admin-products',
    path: 'products',
    label: 'menu.adminProducts',
    description: 'menuDesc.adminProducts',
    icon: <ShopOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/products-page')),
  },
  {
    key: 'listing-changes',
    path: 'listings/changes',
    label: 'menu.listingChanges',
    description: 'menuDesc.listingChanges',
    icon: <DiffOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/listings-page')),
  },
  {
    key: 'exchange-orders',
    path: 'orders',
    label: 'menu.exchangeOrders',
    description: 'menuDesc.exchangeOrders',
    icon: <ContainerOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/orders-page')),
  },
  {
    key: 'exchange-order',
    path: 'orders/:id',
    label: 'menu.exchangeOrders',
    description: 'menuDesc.exchangeOrders',
    icon: <ContainerOutlined />,
    roles: EXCHANGE_ADMIN,
    hidden: true,
    page: lazy(() => import('../portals/admin/exchange/order-page')),
  },
  {
    key: 'disclosures',
    path: 'disclosures',
    label: 'menu.disclosures',
    description: 'menuDesc.disclosures',
    icon: <NotificationOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/disclosures-page')),
  },
  {
    key: 'stats',
    path: 'stats',
    label: 'menu.stats',
    description: 'menuDesc.stats',
    icon: <BarChartOutlined />,
    roles: EXCHANGE_ADMIN,
    page: lazy(() => import('../portals/admin/exchange/stats-page')),
  },
];

const enterprise: LineMenuEntry[] = [
  {
    key: 'enterprise-orders',
    path: 'orders',
    label: 'menu.enterpriseOrders',
    description: 'menuDesc.enterpriseOrders',
    icon: <ShoppingCartOutlined />,
    page: lazy(() => import('../portals/enterprise/exchange/orders-page')),
  },
  {
    key: 'enterprise-order',
    path: 'orders/:id',
    label: 'menu.enterpriseOrders',
    description: 'menuDesc.enterpriseOrders',
    icon: <ShoppingCartOutlined />,
    hidden: true,
    page: lazy(() => import('../portals/enterprise/exchange/order-page')),
  },
];

const insurer: LineMenuEntry[] = [
  {
    key: 'insurer-products',
    path: 'products',
    label: 'menu.insurerProducts',
    description: 'menuDesc.insurerProducts',
    icon: <ShopOutlined />,
    page: lazy(() => import('../portals/insurer/exchange/products-page')),
  },
  {
    key: 'insurer-orders',
    path: 'orders',
    label: 'menu.insurerOrders',
    description: 'menuDesc.insurerOrders',
    icon: <FileSearchOutlined />,
    page: lazy(() => import('../portals/insurer/exchange/orders-page')),
  },
  {
    key: 'insurer-order',
    path: 'orders/:id',
    label: 'menu.insurerOrders',
    description: 'menuDesc.insurerOrders',
    icon: <FileSearchOutlined />,
    hidden: true,
    page: lazy(() => import('../portals/insurer/exchange/order-page')),
  },
];

const personal: LineMenuEntry[] = [
  {
    key: 'personal-orders',
    path: 'orders',
    label: 'menu.personalOrders',
    description: 'menuDesc.personalOrders',
    icon: <ShoppingCartOutlined />,
    page: lazy(() => import('../portals/personal/exchange/orders-page')),
  },
  {
    key: 'apply',
    path: 'apply/:invitationId',
    label: 'menu.personalOrders',
    description: 'menuDesc.personalOrders',
    icon: <ShoppingCartOutlined />,
    hidden: true,
    page: lazy(() => import('../portals/personal/exchange/apply-page')),
  },
  {
    key: 'policies',
    path: 'policies',
    label: 'menu.policies',
    description: 'menuDesc.policies',
    icon: <FileProtectOutlined />,
    page: lazy(() => import('../portals/personal/exchange/policies-page')),
  },
];

/** The tax-health exchange (apps/server/src/lines/exchange). */
export const exchangeWebLine: WebLine = {
  line: 'TAX_HEALTH',
  menus: { admin, enterprise, insurer, personal },
  homePanels: {
    admin: [
      {
        key: 'pending-work',
        roles: EXCHANGE_ADMIN,
        panel: lazy(() => import('../portals/admin/exchange/pending-work-panel')),
      },
    ],
  },
  publicPages: [{ path: '/register', page: lazy(() => import('../portals/public/exchange/register-page')) }],
};
