import { beijingDate } from '@policyhub/domain';
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import {
  handleSimulatedEvents,
  INSURER_API_PREFIX,
  type SimulatedEventHandler,
} from '../../modules/insurer-gateway/index.js';
import { getProductVersion } from './product-content.js';
import { questionnaireOutcome } from './quote.js';

/**
 * The exchange's answers when the INSURER SIMULATOR plays its insurer (not the interface: the
 * simulator itself, modules/insurer-gateway/simulator, receives the signed webhooks and gives these
 * handlers a client signed with the insurer's own key; a real insurer answers the same events over
 * the same API). `order.submitted`: fetch the case and roster, pass a non-empty roster with a
 * 30-day window and a group invitation code. `application.submitted`: decide by the product's
 * questionnaire flags (declineIfYes → 拒保, manualIfYes → 人工核保, else 承保), then issue with a
 * tax code in the product's format.
 */
export function registerSimulatedInsurer(ctx: AppContext): void {
  const P = INSURER_API_PREFIX;

  const orderSubmitted: SimulatedEventHandler = async ({ data, call }) => {
    const orderNo = String(data.orderNo);
    const order = await call('GET', `${P}/orders/${encodeURIComponent(orderNo)}`);
    if (order.status !== 200) return { ref: orderNo, outcome: `order ${order.status}` };
    const roster = (order.json as { roster: unknown[] }).roster;
    const today = beijingDate(ctx.now());
    const end = beijingDate(new Date(ctx.now().getTime() + 30 * 86_400_000));
    const result =
      roster.length > 0
        ? {
            passed: true,
            windowStart: today,
            windowEnd: end,
            invitationCode: `SIM${crypto.randomInt(100000, 999999)}`,
            remarks: '模拟器自动预核保通过',
          }
        : { passed: false, reason: '人员清单为空' };
    const res = await call('POST', `${P}/orders/${encodeURIComponent(orderNo)}/pre-underwriting`, result);
    return {
      ref: orderNo,
      outcome: res.status === 200 ? (result.passed ? 'passed' : 'failed') : `error ${res.status}`,
    };
  };

  const applicationSubmitted: SimulatedEventHandler = async ({ data, call }) => {
    const applicationNo = String(data.applicationNo);
    const path = `${P}/applications/${encodeURIComponent(applicationNo)}`;
    const appRes = await call('GET', path);
    if (appRes.status !== 200) return { ref: applicationNo, outcome: `application ${appRes.status}` };
    const application = appRes.json as { productVersionId: string; answers: Record<string, boolean> };
    const version = await getProductVersion(ctx, application.productVersionId);
    if (!version) return { ref: applicationNo, outcome: 'no product version' };
    const rule = questionnaireOutcome(version.version.content, application.answers);
    const decision = await call('POST', `${path}/decision`, {
      decision: rule.outcome,
      reason: rule.reason,
      insurerRef: `SIM-${applicationNo}`,
    });
    if (decision.status !== 200 || rule.outcome !== 'accept')
      return {
        ref: applicationNo,
        outcome: decision.status === 200 ? rule.outcome : `error ${decision.status}`,
      };
    const taxCode = simulatedTaxCode(version.version.content.taxCodeFormat);
    if (!taxCode) return { ref: applicationNo, outcome: 'accepted, no tax code' };
    const issued = await call('POST', `${path}/policy`, { taxCode });
    return { ref: applicationNo, outcome: issued.status === 201 ? 'issued' : `error ${issued.status}` };
  };

  handleSimulatedEvents(ctx, {
    'order.submitted': orderSubmitted,
    'application.submitted': applicationSubmitted,
  });
}

/** A tax code that matches the product's configured format (tries the usual shapes). */
export function simulatedTaxCode(format: string): string | null {
  const digits = (n: number) => Array.from({ length: n }, () => crypto.randomInt(0, 10)).join('');
  const alnum = (n: number) =>
    Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[crypto.randomInt(0, 34)]).join('');
  const re = new RegExp(format);
  for (const candidate of [`TY${digits(18)}`, alnum(20), `SY${digits(16)}`, digits(18), `TY${digits(16)}`])
    if (re.test(candidate)) return candidate;
  return null;
}
