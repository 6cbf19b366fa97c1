import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { enqueueWebhook } from '../../../modules/insurer-gateway/index.js';

/** The order fields the `order.submitted` webhook carries (the roster is fetched over the API). */
export type OrderForWebhook = {
  id: string;
  orderNo: string;
  insurerOrgId: string;
  productId: string;
  productVersionId: string;
  rosterCount?: number;
  enterpriseName?: string;
};

/**
 * Sends `order.submitted` to an integrated insurer (inside the caller's transaction). Returns
 * false if the insurer has no API integration, so the caller sends e-mail with attachments instead.
 */
export async function notifyInsurerOfOrder(
  ctx: AppContext,
  executor: Executor,
  order: OrderForWebhook,
): Promise<boolean> {
  const deliveryId = await enqueueWebhook(ctx, executor, order.insurerOrgId, 'order.submitted', {
    orderNo: order.orderNo,
    productId: order.productId,
    productVersionId: order.productVersionId,
    rosterCount: order.rosterCount ?? null,
    enterpriseName: order.enterpriseName ?? null,
  });
  return deliveryId !== null;
}
