import type { ReactNode } from 'react';
import {
  ApiOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  ContainerOutlined,
  DiffOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  SolutionOutlined,
  AuditOutlined,
  CreditCardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LockOutlined,
  MessageOutlined,
  ProfileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Portal, Role } from '@policyhub/domain';
import type { MessageKey } from '../i18n';

/** The pages a portal routes to; each key has one lazy page in routes.tsx. */
export type PageKey =
  | 'home'
  | 'orgs'
  | 'users'
  | 'users-import'
  | 'audit'
  | 'messages'
  | 'tasks'
  | 'password'
  | 'profile'
  | 'bank-cards'
  | 'documents'
  | 'keys'
  | 'archive'
  | 'registrations'
  | 'listings'
  | 'listing-changes'
  | 'admin-products'
  | 'disclosures'
  | 'exchange-orders'
  | 'exchange-order'
  | 'stats'
  | 'enterprise-orders'
  | 'enterprise-order'
  | 'insurer-products'
  | 'insurer-orders'
  | 'api-keys'
  | 'personal-orders'
  | 'apply'
  | 'policies';

export type PortalEntry = {
  key: PageKey;
  /** Path below the portal's base ('' is the portal home). */
  path: string;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
  /** Roles that see and may open it; every role of the portal when absent. */
  roles?: readonly Role[];
  /** Routed but not listed in the menu (reached from another page). */
  hidden?: boolean;
};

export type PortalDefinition = { title: MessageKey; entries: PortalEntry[] };

const home: PortalEntry = {
  key: 'home',
  path: '',
  label: 'menu.home',
  description: 'menuDesc.home',
  icon: <HomeOutlined />,
};
const tasks: PortalEntry = {
  key: 'tasks',
  path: 'tasks',
  label: 'menu.tasks',
  description: 'menuDesc.tasks',
  icon: <ProfileOutlined />,
};
const password: PortalEntry = {
  key: 'password',
  path: 'password',
  label: 'menu.password',
  description: 'menuDesc.password',
  icon: <LockOutlined />,
};

function orgs(roles: readonly Role[]): PortalEntry {
  return {
    key: 'orgs',
    path: 'orgs',
    label: 'menu.orgs',
    description: 'menuDesc.orgs',
    icon: <ApartmentOutlined />,
    roles,
  };
}

function users(roles: readonly Role[]): PortalEntry[] {
  return [
    {
      key: 'users',
      path: 'users',
      label: 'menu.users',
      description: 'menuDesc.users',
      icon: <TeamOutlined />,
      roles,
    },
    {
      key: 'users-import',
      path: 'users/import',
      label: 'menu.usersImport',
      description: 'menuDesc.usersImport',
      icon: <TeamOutlined />,
      roles,
      hidden: true,
    },
  ];
}

const EXCHANGE_ADMIN: readonly Role[] = ['exchange_admin'];

/** 管理中心 of the exchange, in the seed's order (注册登记审核 … 查询统计). */
const exchangeAdmin: PortalEntry[] = [
  {
    key: 'registrations',
    path: 'registrations',
    label: 'menu.registrations',
    description: 'menuDesc.registrations',
    icon: <SolutionOutlined />,
    roles: EXCHANGE_ADMIN,
  },
  {
    key: 'listings',
    path: 'listings',
    label: 'menu.listings',
    description: 'menuDesc.listings',
    icon: <CheckSquareOutlined />,
    roles: EXCHANGE_ADMIN,
  },
  {
    key: 'admin-products',
    path: 'products',
    label: 'menu.adminProducts',
    description: 'menuDesc.adminProducts',
    icon: <ShopOutlined />,
    roles: EXCHANGE_ADMIN,
  },
  {
    key: 'listing-changes',
    path: 'listings/changes',
    label: 'menu.listingChanges',
    description: 'menuDesc.listingChanges',
    icon: <DiffOutlined />,
    roles: EXCHANGE_ADMIN,
  },
  {
    key: 'exchange-orders',
    path: 'orders',
    label: 'menu.exchangeOrders',
    description: 'menuDesc.exchangeOrders',
    icon: <ContainerOutlined />,
    roles: EXCHANGE_ADMIN,
  },
  {
    key: 'exchange-order',
    path: 'orders/:id',
    label: 'menu.exchangeOrders',
    description: 'menuDesc.exchangeOrders',
    icon: <ContainerOutlined />,
    roles: EXCHANGE_ADMIN,
    hidden: true,
  },
  {
    key: 'disclosures',
    path: 'disclosures',
    label: 'menu.disclosures',
    description: 'menuDesc.disclosures',
    icon: <NotificationOutlined />,
    roles: EXCHANGE_ADMIN,
  },
  {
    key: 'stats',
    path: 'stats',
    label: 'menu.stats',
    description: 'menuDesc.stats',
    icon: <BarChartOutlined />,
    roles: EXCHANGE_ADMIN,
  },
];

const UNION_ADMINS: readonly Role[] = ['union_hq_operator', 'union_agency_operator'];

export const PORTALS: Record<Portal, PortalDefinition> = {
  admin: {
    title: 'portal.admin',
    entries: [
      home,
      ...exchangeAdmin,
      orgs(['exchange_admin']),
      ...users(['exchange_admin']),
      {
        key: 'messages',
        path: 'messages',
        label: 'menu.messages',
        description: 'menuDesc.messages',
        icon: <MessageOutlined />,
        roles: ['exchange_admin', 'security_admin'],
      },
      {
        key: 'audit',
        path: 'audit',
        label: 'menu.audit',
        description: 'menuDesc.audit',
        icon: <AuditOutlined />,
        roles: ['security_admin'],
      },
      {
        key: 'keys',
        path: 'keys',
        label: 'menu.keys',
        description: 'menuDesc.keys',
        icon: <KeyOutlined />,
        roles: ['security_admin'],
      },
      {
        key: 'archive',
        path: 'archive',
        label: 'menu.archive',
        description: 'menuDesc.archive',
        icon: <DatabaseOutlined />,
        roles: ['security_admin', 'exchange_admin'],
      },
      tasks,
      password,
    ],
  },
  union: {
    title: 'portal.union',
    entries: [home, orgs(UNION_ADMINS), ...users(UNION_ADMINS), tasks, password],
  },
  travel: { title: 'portal.travel', entries: [home, ...users(['travel_admin']), tasks, password] },
  enterprise: {
    title: 'portal.enterprise',
    entries: [
      home,
      {
        key: 'enterprise-orders',
        path: 'orders',
        label: 'menu.enterpriseOrders',
        description: 'menuDesc.enterpriseOrders',
        icon: <ShoppingCartOutlined />,
      },
      {
        key: 'enterprise-order',
        path: 'orders/:id',
        label: 'menu.enterpriseOrders',
        description: 'menuDesc.enterpriseOrders',
        icon: <ShoppingCartOutlined />,
        hidden: true,
      },
      tasks,
      password,
    ],
  },
  insurer: {
    title: 'portal.insurer',
    entries: [
      home,
      {
        key: 'insurer-products',
        path: 'products',
        label: 'menu.insurerProducts',
        description: 'menuDesc.insurerProducts',
        icon: <ShopOutlined />,
      },
      {
        key: 'insurer-orders',
        path: 'orders',
        label: 'menu.insurerOrders',
        description: 'menuDesc.insurerOrders',
        icon: <FileSearchOutlined />,
      },
      {
        key: 'api-keys',
        path: 'api-keys',
        label: 'menu.apiKeys',
        description: 'menuDesc.apiKeys',
        icon: <ApiOutlined />,
      },
      tasks,
      password,
    ],
  },
  personal: {
    title: 'portal.personal',
    entries: [
      home,
      {
        key: 'personal-orders',
        path: 'orders',
        label: 'menu.personalOrders',
        description: 'menuDesc.personalOrders',
        icon: <ShoppingCartOutlined />,
      },
      {
        key: 'apply',
        path: 'apply/:invitationId',
        label: 'menu.personalOrders',
        description: 'menuDesc.personalOrders',
        icon: <ShoppingCartOutlined />,
        hidden: true,
      },
      {
        key: 'policies',
        path: 'policies',
        label: 'menu.policies',
        description: 'menuDesc.policies',
        icon: <FileProtectOutlined />,
      },
      {
        key: 'documents',
        path: 'documents',
        label: 'menu.documents',
        description: 'menuDesc.documents',
        icon: <FileProtectOutlined />,
      },
      {
        key: 'profile',
        path: 'profile',
        label: 'menu.profile',
        description: 'menuDesc.profile',
        icon: <IdcardOutlined />,
      },
      {
        key: 'bank-cards',
        path: 'bank-cards',
        label: 'menu.bankCards',
        description: 'menuDesc.bankCards',
        icon: <CreditCardOutlined />,
      },
      password,
    ],
  },
};

export function portalPath(portal: Portal, path = ''): string {
  return path ? `/${portal}/${path}` : `/${portal}`;
}

export function canSee(entry: PortalEntry, role: Role): boolean {
  return !entry.roles || entry.roles.includes(role);
}

/** The menu a role sees in its portal. */
export function visibleEntries(portal: Portal, role: Role): PortalEntry[] {
  return PORTALS[portal].entries.filter((entry) => !entry.hidden && canSee(entry, role));
}
