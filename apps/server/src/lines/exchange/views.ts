import type { z } from 'zod';
import type { OrderRow } from './repository.js';
import type { ZOrder } from './schemas.js';

export type OrderView = z.infer<typeof ZOrder>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** An order as the API shows it (only the listed fields leave the server). */
export function toOrderView(row: OrderRow): OrderView {
  return {
    id: row.id,
    orderNo: row.orderNo,
    status: row.status,
    enterpriseOrgId: row.enterpriseOrgId,
    enterpriseName: row.enterpriseName,
    productId: row.productId,
    productVersionId: row.productVersionId,
    productName: row.productName ?? '',
    insurerOrgId: row.insurerOrgId,
    insurerName: row.insurerName ?? '',
    company: (row.company as OrderView['company']) ?? null,
    scans: {
      licence: row.scans.licence ?? null,
      orgCode: row.scans.orgCode ?? null,
      taxCert: row.scans.taxCert ?? null,
    },
    rosterCount: row.rosterCount,
    sentVia: (row.sentVia as 'email' | 'api' | null) ?? null,
    sentAt: iso(row.sentAt),
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    invitationCode: row.invitationCode,
    remarks: row.remarks,
    failReason: row.failReason,
    inviteTaskId: row.inviteTaskId,
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    createdAt: row.createdAt.toISOString(),
  };
}
