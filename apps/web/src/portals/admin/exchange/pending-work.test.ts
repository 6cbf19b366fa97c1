import { describe, expect, it } from 'vitest';
import { pendingTiles } from './pending-work';

describe('admin home: pending work tiles', () => {
  const work = {
    registrationsPending: 2,
    listingsPending: 1,
    listingChangesPending: 0,
    orders: { draft: 4, submitted: 3, sent: 1, passed: 5, failed: 0 },
  };

  it('links every count to its filtered list page', () => {
    const { reviews, orders } = pendingTiles(work);
    expect(reviews.map((x) => [x.count, x.to])).toEqual([
      [2, '/admin/registrations?status=pending'],
      [1, '/admin/listings'],
      [0, '/admin/listings/changes'],
    ]);
    expect(orders.map((x) => [x.key, x.count, x.to])).toEqual([
      ['orders-submitted', 3, '/admin/orders?status=submitted'],
      ['orders-sent', 1, '/admin/orders?status=sent'],
      ['orders-passed', 5, '/admin/orders?status=passed'],
      ['orders-failed', 0, '/admin/orders?status=failed'],
      ['orders-draft', 4, '/admin/orders?status=draft'],
    ]);
  });

  it('marks as work only what waits for the admin', () => {
    const { orders } = pendingTiles(work);
    expect(orders.filter((x) => x.actionable).map((x) => x.key)).toEqual(['orders-submitted', 'orders-sent']);
  });
});
