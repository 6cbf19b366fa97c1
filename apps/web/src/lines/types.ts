import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Line, Portal, Role } from '@policyhub/domain';
import type { MessageKey } from '../i18n';

export type LazyPage = LazyExoticComponent<ComponentType>;

/** A page a line adds to a portal: its menu entry (or a hidden route) and the page itself. */
export type LineMenuEntry = {
  /** Unique within the portal (the menu's selection key). */
  key: string;
  /** Path below the portal's base, e.g. 'orders/:id'. */
  path: string;
  label: MessageKey;
  description: MessageKey;
  icon: ReactNode;
  /** Roles that see and may open it; every role of the portal when absent. */
  roles?: readonly Role[];
  /** Routed but not listed in the menu (reached from another page). */
  hidden?: boolean;
  page: LazyPage;
};

/** A panel a line adds to a portal's home, above the shortcuts (e.g. counts of pending work). */
export type LineHomePanel = {
  key: string;
  /** Roles that see it; every role of the portal when absent. */
  roles?: readonly Role[];
  panel: LazyPage;
};

/**
 * What a line of business brings to the web: its menu entries per portal (listed after the
 * portal home, in this order) and its public pages. The server's counterpart is
 * apps/server/src/lines/<line>/; a new line adds one file here and one entry in registry.ts.
 */
export type WebLine = {
  line: Line;
  menus: Partial<Record<Portal, readonly LineMenuEntry[]>>;
  homePanels?: Partial<Record<Portal, readonly LineHomePanel[]>>;
  publicPages?: readonly { path: string; page: LazyPage }[];
};
