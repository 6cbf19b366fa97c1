import type { Portal, Role } from '@policyhub/domain';
import { exchangeWebLine } from './exchange';
import { unionWebLine } from './union';
import type { LineHomePanel, LineMenuEntry, WebLine } from './types';

/** The lines the web shows, in menu order. */
export const WEB_LINES: readonly WebLine[] = [exchangeWebLine, unionWebLine];

/** The entries the lines add to a portal's menu (after its home). */
export function lineEntries(portal: Portal): LineMenuEntry[] {
  return WEB_LINES.flatMap((line) => line.menus[portal] ?? []);
}

export function linePublicPages(): NonNullable<WebLine['publicPages']>[number][] {
  return WEB_LINES.flatMap((line) => line.publicPages ?? []);
}

/** The panels the lines add to a portal's home that a role sees, in line order. */
export function lineHomePanels(portal: Portal, role: Role): LineHomePanel[] {
  return WEB_LINES.flatMap((line) => line.homePanels?.[portal] ?? []).filter(
    (panel) => !panel.roles || panel.roles.includes(role),
  );
}
