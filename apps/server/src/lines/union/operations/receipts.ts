import { and, count, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Actor } from '../../../platform/audit/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { AuthUser } from '../../../platform/access.js';
import { scopeCondition } from '../../../platform/access.js';
import { AppError } from '../../../platform/errors.js';
import { findOrgApplicationBriefs } from '../../../modules/applications/index.js';
import { findProductNames } from '../../../modules/products/index.js';
import { nextBusinessNumber, yuan } from '../../../modules/policies/index.js';
import { issueDocument } from '../../../modules/documents/index.js';
import { findOrganization } from '../../../modules/organizations/index.js';
import { unionReceipts, unionUnits } from '../tables.js';
import { unionScopeOf } from '../units.js';
import { UNION_LINE } from '../product-content.js';
import { unitInScope, unitsByOrgIds } from './unit-lookup.js';

/** What a receipt covers: applications the agency office passed up (or HQ confirmed). */
const RECEIPTABLE = ['underwriting', 'accepted', 'issued'] as const;

/**
 * 开具收据 (MA-8): a signed receipt for the premiums an agency office received from one base unit
 * (of one plan, or all), over its passed/confirmed applications not yet on any receipt — the unit
 * row is locked, so two receipts never cover the same application. The PDF is the documents
 * module's 'receipt' (signed by the plan's insurer key, archived, verifiable), owned by the unit.
 */
export async function issueReceipt(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  input: { unitNo: string; productId?: string | undefined; paymentMethod?: string | undefined },
) {
  if (!user.orgId) throw new AppError('FORBIDDEN');
  const scope = unionScopeOf(user);
  const unit = await unitInScope(ctx.db, scope, input.unitNo);
  const receipt = await ctx.db.transaction(async (tx) => {
    await tx
      .select({ orgId: unionUnits.orgId })
      .from(unionUnits)
      .where(eq(unionUnits.orgId, unit.orgId))
      .for('update');
    const done = new Set<string>();
    const earlier = await tx
      .select({ nos: unionReceipts.applicationNos })
      .from(unionReceipts)
      .where(eq(unionReceipts.unitOrgId, unit.orgId));
    for (const r of earlier) for (const no of r.nos) done.add(no);
    const rows = (
      await findOrgApplicationBriefs(tx, scope, {
        line: UNION_LINE,
        orgId: unit.orgId,
        statuses: RECEIPTABLE,
        productId: input.productId ?? null,
      })
    ).filter((r) => !done.has(r.applicationNo));
    if (!rows.length)
      throw new AppError('VALIDATION_FAILED', {
        message: '该单位没有未开具收据的已上报投保信息（每笔投保只开具一次收据）',
      });
    const insurers = new Set(rows.map((r) => r.insurerOrgId));
    if (insurers.size > 1)
      throw new AppError('VALIDATION_FAILED', {
        message: '这些投保属于不同的保障机构，请按产品名称分别开具收据',
      });
    const insurer = await findOrganization(tx, rows[0]!.insurerOrgId);
    const names = await findProductNames(
      tx,
      rows.map((r) => r.productId),
    );
    const amountFen = rows.reduce((s, r) => s + r.premiumFen, 0);
    const headCount = rows.reduce((s, r) => s + r.headCount, 0);
    const byProduct = new Map<string, { amount: number; heads: number }>();
    for (const r of rows) {
      const x = byProduct.get(r.productId) ?? { amount: 0, heads: 0 };
      x.amount += r.premiumFen;
      x.heads += r.headCount;
      byProduct.set(r.productId, x);
    }
    const now = ctx.now();
    const receiptNo = await nextBusinessNumber(tx, 'SJ', now);
    const agency = await findOrganization(tx, user.orgId!);
    const document = await issueDocument(ctx, tx, {
      kind: 'receipt',
      insurerOrgId: rows[0]!.insurerOrgId,
      orgId: unit.orgId,
      actor,
      data: {
        receiptNo,
        confirmedAt: now,
        payer: { name: unit.name },
        payee: { name: insurer?.name ?? '保障机构', ...(insurer?.code ? { uscc: insurer.code } : {}) },
        amount: yuan(amountFen),
        purpose: `职工互助保障金（${unit.name}，单位编号 ${unit.unitNo}，${headCount} 人）`,
        ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
        paidAt: now,
        items: [...byProduct].map(([productId, x]) => ({
          name: names.get(productId) ?? '互助保障',
          amount: yuan(x.amount),
          remark: `${x.heads} 人`,
        })),
        notes: [
          `经办代办处：${agency?.name ?? ''}；收据覆盖投保申请 ${rows.length} 笔。`,
          '本收据为电子收据，已加盖电子签章，可扫描二维码或上传文件验真。',
        ],
      },
    });
    const [receipt] = await tx
      .insert(unionReceipts)
      .values({
        receiptNo,
        agencyOrgId: user.orgId!,
        unitOrgId: unit.orgId,
        productId: input.productId ?? null,
        amountFen,
        headCount,
        applicationNos: rows.map((r) => r.applicationNo),
        documentId: document.id,
        createdBy: user.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'union.receipt.issue',
      entityType: 'union_receipt',
      entityId: receipt!.id,
      detail: { receiptNo, unitNo: unit.unitNo, amountFen, headCount, applications: rows.length },
    });
    return receipt!;
  });
  return (await receiptViews(ctx, [receipt]))[0]!;
}

type ReceiptRow = typeof unionReceipts.$inferSelect;

async function receiptViews(ctx: AppContext, rows: ReceiptRow[]) {
  const [units, names] = await Promise.all([
    unitsByOrgIds(
      ctx.db,
      rows.map((r) => r.unitOrgId),
    ),
    findProductNames(
      ctx.db,
      rows.map((r) => r.productId).filter((x): x is string => !!x),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    receiptNo: r.receiptNo,
    unitOrgId: r.unitOrgId,
    unitNo: units.get(r.unitOrgId)?.unitNo ?? null,
    unitName: units.get(r.unitOrgId)?.name ?? null,
    productId: r.productId,
    productName: r.productId ? (names.get(r.productId) ?? null) : null,
    amountFen: r.amountFen,
    headCount: r.headCount,
    applicationCount: r.applicationNos.length,
    documentId: r.documentId,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The receipts of the units in the scope (an agency office its units', HQ all), newest first. */
export async function listReceipts(
  ctx: AppContext,
  user: AuthUser,
  input: { unitNo?: string | undefined; page: number; pageSize: number },
) {
  const scope = unionScopeOf(user);
  const unit = input.unitNo ? await unitInScope(ctx.db, scope, input.unitNo) : null;
  const where = and(
    scopeCondition(scope, { orgIdColumn: unionReceipts.unitOrgId }),
    unit ? eq(unionReceipts.unitOrgId, unit.orgId) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(unionReceipts)
    .where(where)
    .orderBy(desc(unionReceipts.createdAt), desc(unionReceipts.receiptNo))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(unionReceipts).where(where);
  return {
    items: await receiptViews(ctx, rows),
    total: Number(total?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  };
}
