import { describe, expect, it } from 'vitest';
import { PORTALS } from '../components/portal-config';
import { exchangeWebLine } from './exchange';
import { unionWebLine } from './union';
import { lineEntries, lineHomePanels, linePublicPages } from './registry';

const paths = (portal: keyof typeof PORTALS) => PORTALS[portal].entries.map((entry) => entry.path);

describe('web line registry', () => {
  it('keeps every portal URL the e2e suite and bookmarks use, in the same menu order', () => {
    expect(paths('admin')).toEqual([
      '',
      'registrations',
      'listings',
      'products',
      'listings/changes',
      'orders',
      'orders/:id',
      'disclosures',
      'stats',
      'orgs',
      'users',
      'users/import',
      'messages',
      'audit',
      'keys',
      'archive',
      'document-settings',
      'tasks',
      'password',
    ]);
    expect(paths('enterprise')).toEqual(['', 'orders', 'orders/:id', 'tasks', 'password']);
    expect(paths('insurer')).toEqual([
      '',
      'products',
      'orders',
      'orders/:id',
      'union-plans',
      'api-keys',
      'document-settings',
      'tasks',
      'password',
    ]);
    expect(paths('personal')).toEqual([
      '',
      'orders',
      'apply/:invitationId',
      'policies',
      'documents',
      'profile',
      'bank-cards',
      'password',
    ]);
    expect(linePublicPages().map((page) => page.path)).toEqual(['/register']);
  });

  it('takes the exchange menus from the exchange line, each with its page, keys unique per portal', () => {
    for (const portal of ['admin', 'enterprise', 'insurer', 'personal'] as const) {
      const fromLine = exchangeWebLine.menus[portal] ?? [];
      expect(fromLine.length, portal).toBeGreaterThan(0);
      expect(lineEntries(portal).filter((entry) => fromLine.includes(entry))).toEqual(fromLine);
      for (const entry of fromLine) expect(PORTALS[portal].entries).toContain(entry);
      const keys = PORTALS[portal].entries.map((entry) => entry.key);
      expect(new Set(keys).size, portal).toBe(keys.length);
    }
    expect(lineEntries('union')).toEqual(unionWebLine.menus.union);
    // The union line adds the mutual-aid plans to the insurer console, after the exchange's entries.
    expect(lineEntries('insurer').map((entry) => entry.key)).toEqual([
      ...(exchangeWebLine.menus.insurer ?? []).map((entry) => entry.key),
      'union-plans',
    ]);
    expect(lineEntries('travel')).toEqual([]);
  });

  it('lists the union menu paths in the manual order, each with its roles', () => {
    expect(lineEntries('union').map((entry) => entry.path)).toEqual([
      'members',
      'member-query',
      'member-changes',
      'transfers',
      'applications',
      'terminations',
      'expiring',
      'batch',
      'claims',
      'submissions',
      'receipts',
    ]);
    const byPath = (path: string) => lineEntries('union').find((entry) => entry.path === path);
    expect(byPath('claims')?.roles).toEqual(['union_agency_operator', 'union_hq_operator']);
    expect(byPath('submissions')?.roles).toEqual(['union_agency_operator', 'union_hq_operator']);
    expect(byPath('receipts')?.roles).toEqual(['union_agency_operator']);
    expect(byPath('applications')?.roles).toEqual(['union_base_operator']);
    // 保单提前终止: the base unit creates and submits, the agency office and HQ decide; all see 即将到期保单.
    for (const path of ['terminations', 'expiring'])
      expect(byPath(path)?.roles).toEqual([
        'union_base_operator',
        'union_agency_operator',
        'union_hq_operator',
      ]);
  });

  it("puts the exchange's pending work on the admin home, for the exchange admin only", () => {
    expect(lineHomePanels('admin', 'exchange_admin').map((panel) => panel.key)).toEqual(['pending-work']);
    expect(lineHomePanels('admin', 'security_admin')).toEqual([]);
    for (const portal of ['enterprise', 'insurer', 'personal', 'union', 'travel'] as const)
      expect(lineHomePanels(portal, 'exchange_admin'), portal).toEqual([]);
  });
});
