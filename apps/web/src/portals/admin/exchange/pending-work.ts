import type { OrderStatus, PendingWork } from '../../../api/exchange';
import { portalPath } from '../../../components/portal-config';
import type { MessageKey } from '../../../i18n';

/** Waiting for the admin (send to the insurer, record its answer) first; settled ones after. */
const ORDER_ORDER: readonly OrderStatus[] = ['submitted', 'sent', 'passed', 'failed', 'draft'];
const ACTIONABLE: readonly OrderStatus[] = ['submitted', 'sent'];

export type PendingTile = {
  key: string;
  label: MessageKey;
  count: number;
  /** The list the count opens, already filtered. */
  to: string;
  /** Work the admin has to do (highlighted when not zero). */
  actionable: boolean;
};

/** The tiles of the admin home: the review lists, then 投保处理 by status, each with its filtered list. */
export function pendingTiles(work: PendingWork): { reviews: PendingTile[]; orders: PendingTile[] } {
  const admin = (path: string) => portalPath('admin', path);
  return {
    reviews: [
      {
        key: 'registrations',
        label: 'home.pendingRegistrations',
        count: work.registrationsPending,
        to: admin('registrations?status=pending'),
        actionable: true,
      },
      {
        key: 'listings',
        label: 'home.pendingListings',
        count: work.listingsPending,
        to: admin('listings'),
        actionable: true,
      },
      {
        key: 'listing-changes',
        label: 'home.pendingListingChanges',
        count: work.listingChangesPending,
        to: admin('listings/changes'),
        actionable: true,
      },
    ],
    orders: ORDER_ORDER.map((status) => ({
      key: `orders-${status}`,
      label: `orderStatus.${status}` as MessageKey,
      count: work.orders[status],
      to: admin(`orders?status=${status}`),
      actionable: ACTIONABLE.includes(status),
    })),
  };
}
