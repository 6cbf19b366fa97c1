import {
  ApiOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CreditCardOutlined,
  DatabaseOutlined,
  FileProtectOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LockOutlined,
  MessageOutlined,
  PictureOutlined,
  ProfileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Portal, Role } from '@policyhub/domain';
import type { MessageKey } from '../i18n';
import { lineEntries } from '../lines/registry';
import type { LineMenuEntry } from '../lines/types';

/**
 * The pages of the spine a portal routes to; each key has one lazy page in routes.tsx. Pages of a
 * line of business come with the line (lines/registry.ts) and carry their own page.
 */
export type CorePageKey =
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
  | 'api-keys'
  | 'document-settings';

export type CoreEntry = Omit<LineMenuEntry, 'key' | 'page'> & { key: CorePageKey };

export type PortalEntry = CoreEntry | LineMenuEntry;

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

const UNION_ADMINS: readonly Role[] = ['union_hq_operator', 'union_agency_operator'];

export const PORTALS: Record<Portal, PortalDefinition> = {
  admin: {
    title: 'portal.admin',
    entries: [
      home,
      ...lineEntries('admin'),
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
      {
        key: 'document-settings',
        path: 'document-settings',
        label: 'menu.documentSettings',
        description: 'menuDesc.documentSettings',
        icon: <PictureOutlined />,
        roles: ['exchange_admin'],
      },
      tasks,
      password,
    ],
  },
  union: {
    title: 'portal.union',
    entries: [home, ...lineEntries('union'), orgs(UNION_ADMINS), ...users(UNION_ADMINS), tasks, password],
  },
  travel: { title: 'portal.travel', entries: [home, ...users(['travel_admin']), tasks, password] },
  enterprise: { title: 'portal.enterprise', entries: [home, ...lineEntries('enterprise'), tasks, password] },
  insurer: {
    title: 'portal.insurer',
    entries: [
      home,
      ...lineEntries('insurer'),
      {
        key: 'api-keys',
        path: 'api-keys',
        label: 'menu.apiKeys',
        description: 'menuDesc.apiKeys',
        icon: <ApiOutlined />,
      },
      {
        key: 'document-settings',
        path: 'document-settings',
        label: 'menu.documentSettings',
        description: 'menuDesc.documentSettings',
        icon: <PictureOutlined />,
        roles: ['insurer_staff'],
      },
      tasks,
      password,
    ],
  },
  personal: {
    title: 'portal.personal',
    entries: [
      home,
      ...lineEntries('personal'),
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
