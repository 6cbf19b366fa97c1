import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { idTypeLabel, isIdType, maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { exchangeOrders } from '../tables.js';
import { files } from '../../../platform/files/tables.js';
import { actorOf, assertRole, scopeOf, type AuthUser } from '../../../platform/access.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { exportRow, XLSX_MIME } from '../../../platform/excel/index.js';
import {
  getOrder,
  getOrgContact,
  listOrderEvents,
  listOrders,
  type OrderFilters,
  type OrderRow,
} from '../repository.js';
import { addOrderEvent } from '../repository.js';
import { orderRosterSubject, ROSTER_EXTRA_COLUMNS } from '../roster-template.js';
import { findRosterPeople } from '../../../modules/rosters/index.js';
import { findImportUpload } from '../../../modules/imports/index.js';
import { SCAN_KINDS, SCAN_LABELS } from '../statuses.js';
import { toOrderView } from '../views.js';
import { recordPreUnderwriting, type PreUnderwritingResult } from './record-pre-underwriting.js';

const ROSTER_PREVIEW = 500;

/** 投保处理 list (exchange admin: every order) or the enterprise's own orders. */
export async function listExchangeOrders(ctx: AppContext, user: AuthUser, filters: OrderFilters) {
  assertRole(user, ['exchange_admin', 'enterprise_operator']);
  const { items, total } = await listOrders(ctx.db, scopeOf(user), filters);
  return { items: items.map(toOrderView), total, page: filters.page, pageSize: filters.pageSize };
}

/** 投保案件: the cases the platform sent to the caller's insurer (insurer console). */
export async function listInsurerOrders(ctx: AppContext, user: AuthUser, filters: OrderFilters) {
  assertRole(user, ['insurer_staff']);
  const { items, total } = await listOrders(ctx.db, scopeOf(user), filters, 'insurer');
  return { items: items.map(toOrderView), total, page: filters.page, pageSize: filters.pageSize };
}

async function rosterPreview(executor: Executor, orderId: string) {
  const rows = await findRosterPeople(executor, orderRosterSubject(orderId), { limit: ROSTER_PREVIEW });
  const preview = rows.map((r) => ({
    rowNo: r.rowNo,
    name: r.name,
    idType: r.idType,
    idNumberMasked: r.idNumberMasked,
    gender: r.gender,
    birthDate: r.birthDate,
    mobile: r.mobile ?? '',
    extra: r.extra,
  }));
  return preview.map(({ mobile, idType, ...r }) => ({
    ...r,
    idType: isIdType(idType) ? idTypeLabel(idType) : idType,
    mobileMasked: maskMobile(mobile),
  }));
}

/**
 * The files the enterprise uploaded, by their original names: the three scans and the roster
 * workbook it sent (the import the roster holds now).
 */
async function materialFiles(ctx: AppContext, order: OrderRow) {
  const scan = async (kind: (typeof SCAN_KINDS)[number]) => {
    const id = order.scans[kind];
    const meta = id ? await ctx.files.getMeta(ctx.db, id) : null;
    return meta ? { id: meta.id, name: meta.originalName } : null;
  };
  return {
    licence: await scan('licence'),
    orgCode: await scan('orgCode'),
    taxCert: await scan('taxCert'),
    roster: order.rosterImportId ? await findImportUpload(ctx.db, order.rosterImportId) : null,
  };
}

/** An order with its roster (masked) and history; another organization's order answers 404. */
export async function getOrderDetail(ctx: AppContext, user: AuthUser, orderId: string) {
  assertRole(user, ['exchange_admin', 'enterprise_operator']);
  const order = await getOrder(ctx.db, scopeOf(user), orderId);
  const history = await listOrderEvents(ctx.db, order.id);
  return {
    ...toOrderView(order),
    roster: await rosterPreview(ctx.db, order.id),
    files: await materialFiles(ctx, order),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

/**
 * 投保案件 detail for the insurer's staff: a case sent to their insurer (its organization tree, as
 * the list) with the roster masked and the history; a draft, or another insurer's case → 404.
 */
export async function getInsurerOrderDetail(ctx: AppContext, user: AuthUser, orderId: string) {
  assertRole(user, ['insurer_staff']);
  const order = await getOrder(ctx.db, scopeOf(user), orderId, { view: 'insurer' });
  const history = await listOrderEvents(ctx.db, order.id);
  return {
    ...toOrderView(order),
    roster: await rosterPreview(ctx.db, order.id),
    files: await materialFiles(ctx, order),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

/**
 * The insurer's staff record the 预核保 result of a case in the console: the same operation,
 * validation, order history and audit as the insurer API and the admin's form, for a case their
 * insurer can see (another insurer's → 404, before anything is written).
 */
export async function recordInsurerPreUnderwriting(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  result: PreUnderwritingResult,
  ip: string | null,
) {
  assertRole(user, ['insurer_staff']);
  // Read before the transaction: on the embedded database a query outside it would wait for it.
  const order = await getOrder(ctx.db, scopeOf(user), orderId, { view: 'insurer' });
  return recordPreUnderwriting(ctx, ctx.db, actorOf(user, ip), order.id, result);
}

/**
 * The full roster workbook for the exchange admin (ID numbers in clear, needed for the insurer's
 * pre-underwriting): a full view of personal data, so it is audited (PL-7) with the row count.
 */
export async function downloadOrderRoster(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  ip: string | null,
) {
  assertRole(user, ['exchange_admin']);
  const order = await getOrder(ctx.db, scopeOf(user), orderId);
  const data = await buildRosterWorkbook(ctx, order);
  await recordAudit(ctx.db, actorOf(user, ip), {
    action: 'pii.view',
    entityType: 'exchange_order',
    entityId: order.id,
    detail: { what: 'roster_download', orderNo: order.orderNo, rows: order.rosterCount },
  });
  return { data, filename: `投保人员清单-${order.orderNo}.xlsx` };
}

/** The full roster as a workbook for the insurer (ID numbers in clear: the insurer underwrites). */
export async function buildRosterWorkbook(ctx: AppContext, order: OrderRow): Promise<Buffer> {
  const rows = await findRosterPeople(ctx.db, orderRosterSubject(order.id));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('员工名单');
  const extraKeys = Object.keys(ROSTER_EXTRA_COLUMNS) as (keyof typeof ROSTER_EXTRA_COLUMNS)[];
  sheet.addRow([
    '序号',
    '姓名',
    '证件类型',
    '证件号码',
    '性别',
    '出生日期',
    '手机号',
    ...extraKeys.map((k) => ROSTER_EXTRA_COLUMNS[k]),
  ]);
  sheet.getColumn(4).numFmt = '@';
  sheet.getColumn(7).numFmt = '@';
  rows.forEach((r, i) => {
    sheet.addRow(
      exportRow([
        i + 1,
        r.name,
        isIdType(r.idType) ? idTypeLabel(r.idType) : r.idType,
        ctx.crypto.decrypt(r.idNumberEnc),
        r.gender === 'M' ? '男' : r.gender === 'F' ? '女' : '',
        r.birthDate ?? '',
        r.mobile ?? '',
        ...extraKeys.map((k) => r.extra[k] ?? ''),
      ]),
    );
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type InsurerNotifier = (ctx: AppContext, executor: Executor, order: OrderRow) => Promise<boolean>;

/**
 * 发送保险公司: by e-mail to the insurer's case mailbox with the three scans and the roster
 * workbook attached (through the outbox), or through the insurer API when the insurer is
 * integrated. A submitted order becomes 已发送保险公司; a sent one may be sent again.
 */
export async function sendOrderToInsurer(
  ctx: AppContext,
  admin: AuthUser,
  orderId: string,
  via: 'email' | 'api',
  ip: string | null,
  notifyInsurer: InsurerNotifier | null,
) {
  assertRole(admin, ['exchange_admin']);
  const scope = scopeOf(admin);
  const current = await getOrder(ctx.db, scope, orderId);
  if (current.status !== 'submitted' && current.status !== 'sent')
    throw new AppError('INVALID_STATE', { message: '只有待预核保或已发送的订单可以发送保险公司' });
  // Built before the transaction: reading 20,000 rows must not hold the order lock.
  const roster = via === 'email' ? await buildRosterWorkbook(ctx, current) : null;
  await ctx.db.transaction(async (tx) => {
    const order = await getOrder(tx, scope, orderId, { forUpdate: true });
    if (order.status !== 'submitted' && order.status !== 'sent')
      throw new AppError('INVALID_STATE', { message: '只有待预核保或已发送的订单可以发送保险公司' });
    const insurer = await getOrgContact(tx, order.insurerOrgId);
    const now = ctx.now();
    if (via === 'api') {
      const sent = notifyInsurer ? await notifyInsurer(ctx, tx, order) : false;
      if (!sent)
        throw new AppError('INVALID_STATE', {
          message: `「${insurer?.name ?? '该保险公司'}」未开通接口对接，请通过邮件发送`,
        });
    } else {
      if (!insurer?.contactEmail)
        throw new AppError('INVALID_STATE', {
          message: `「${insurer?.name ?? '该保险公司'}」未配置接收投保资料的邮箱，请先在机构管理中填写联系邮箱`,
        });
      const rosterFile = await ctx.files.saveGenerated(tx, {
        data: roster!,
        originalName: `${order.orderNo}-员工名单.xlsx`,
        mime: XLSX_MIME,
        purpose: 'exchange.roster_export',
        ownerUserId: admin.id,
        ownerOrgId: order.enterpriseOrgId,
      });
      const scanIds = SCAN_KINDS.map((k) => order.scans[k]).filter((id): id is string => Boolean(id));
      const scanFiles = await tx
        .select({ id: files.id, name: files.originalName })
        .from(files)
        .where(inArray(files.id, scanIds));
      const attachments = SCAN_KINDS.flatMap((kind) => {
        const f = scanFiles.find((s) => s.id === order.scans[kind]);
        return f ? [{ fileId: f.id, filename: `${SCAN_LABELS[kind]}-${f.name}` }] : [];
      });
      attachments.push({ fileId: rosterFile.id, filename: `${order.orderNo}-员工名单.xlsx` });
      await ctx.notify.enqueue(tx, {
        channel: 'email',
        to: insurer.contactEmail,
        template: 'exchange_order_to_insurer',
        params: {
          orderNo: order.orderNo,
          companyName: order.company?.name ?? order.enterpriseName,
          productName: order.productName,
          rosterCount: order.rosterCount,
          url: ctx.config.publicUrl,
        },
        orgId: order.insurerOrgId,
        attachments,
      });
    }
    await tx
      .update(exchangeOrders)
      .set({ status: 'sent', sentVia: via, sentAt: now })
      .where(eq(exchangeOrders.id, order.id));
    const actor = actorOf(admin, ip);
    await addOrderEvent(tx, order.id, actor, 'send', now, {
      via,
      to: via === 'email' ? insurer?.contactEmail : 'api',
    });
    await recordAudit(tx, actor, {
      action: 'exchange.order_send',
      entityType: 'exchange_order',
      entityId: order.id,
      detail: { via, orderNo: order.orderNo, insurerOrgId: order.insurerOrgId },
    });
  });
  return toOrderView(await getOrder(ctx.db, scope, orderId));
}
