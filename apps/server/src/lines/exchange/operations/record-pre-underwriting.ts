import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { exchangeOrders } from '../tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError } from '../../../platform/errors.js';
import { getOrder, getOrgContact, addOrderEvent } from '../repository.js';
import { INVITE_JOB_TYPE } from './run-invite-job.js';

export type PreUnderwritingResult =
  | { passed: true; windowStart: string; windowEnd: string; invitationCode: string; remarks?: string | null }
  | { passed: false; reason: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
}

/**
 * Records the insurer's 预核保 result of a sent order (the admin's form, or the insurer API).
 * Pass: the application window, group invitation code and remarks; the job that opens every
 * employee's personal account and sends the SMS is queued in the same transaction. Fail: the
 * reason, e-mailed to the enterprise and shown in its order list. Only a sent order accepts a
 * result, once.
 */
export async function recordPreUnderwriting(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  orderId: string,
  result: PreUnderwritingResult,
): Promise<{ orderId: string; status: 'passed' | 'failed'; taskId: string | null }> {
  if (result.passed) {
    if (!validDate(result.windowStart)) throw invalid('windowStart', '投保开始日期格式不正确');
    if (!validDate(result.windowEnd)) throw invalid('windowEnd', '投保截止日期格式不正确');
    if (result.windowEnd < result.windowStart) throw invalid('windowEnd', '投保截止日期不能早于开始日期');
    if (result.invitationCode.trim() === '') throw invalid('invitationCode', '请填写团体邀请码');
  } else if (result.reason.trim() === '') {
    throw invalid('reason', '请填写未通过原因');
  }
  return executor.transaction(async (tx) => {
    const order = await getOrder(tx, { kind: 'all' }, orderId, { forUpdate: true });
    if (order.status !== 'sent')
      throw new AppError('INVALID_STATE', {
        message:
          order.status === 'passed' || order.status === 'failed'
            ? '该订单已录入预核保结果'
            : '订单尚未发送保险公司，不能录入预核保结果',
      });
    const now = ctx.now();
    const enterprise = await getOrgContact(tx, order.enterpriseOrgId);
    const to = enterprise?.contactEmail ?? order.company?.email ?? null;
    let taskId: string | null = null;
    if (result.passed) {
      taskId = await ctx.jobs.enqueue(tx, {
        type: INVITE_JOB_TYPE,
        title: `开通员工账号并发送短信（${order.orderNo}）`,
        titleParams: { orderNo: order.orderNo },
        payload: { orderId: order.id },
        ownerUserId: actor.userId,
        orgId: order.enterpriseOrgId,
      });
      await tx
        .update(exchangeOrders)
        .set({
          status: 'passed',
          windowStart: result.windowStart,
          windowEnd: result.windowEnd,
          invitationCode: result.invitationCode.trim(),
          remarks: result.remarks?.trim() || null,
          decidedAt: now,
          inviteTaskId: taskId,
        })
        .where(eq(exchangeOrders.id, order.id));
    } else {
      await tx
        .update(exchangeOrders)
        .set({ status: 'failed', failReason: result.reason.trim(), decidedAt: now })
        .where(eq(exchangeOrders.id, order.id));
    }
    if (to) {
      await ctx.notify.enqueue(tx, {
        channel: 'email',
        to,
        template: result.passed ? 'exchange_pre_underwriting_passed' : 'exchange_pre_underwriting_failed',
        params: {
          orderNo: order.orderNo,
          companyName: order.company?.name ?? order.enterpriseName,
          productName: order.productName,
          windowStart: result.passed ? result.windowStart : '',
          windowEnd: result.passed ? result.windowEnd : '',
          reason: result.passed ? '' : result.reason.trim(),
          url: ctx.config.publicUrl,
        },
        orgId: order.enterpriseOrgId,
        dedupeKey: `exchange-result:${order.id}`,
      });
    }
    const detail = result.passed
      ? {
          windowStart: result.windowStart,
          windowEnd: result.windowEnd,
          invitationCode: result.invitationCode.trim(),
        }
      : { reason: result.reason.trim() };
    await addOrderEvent(tx, order.id, actor, result.passed ? 'pass' : 'fail', now, detail);
    await recordAudit(tx, actor, {
      action: result.passed ? 'exchange.order_pass' : 'exchange.order_fail',
      entityType: 'exchange_order',
      entityId: order.id,
      detail: { orderNo: order.orderNo, ...detail, taskId },
    });
    return { orderId: order.id, status: result.passed ? ('passed' as const) : ('failed' as const), taskId };
  });
}
