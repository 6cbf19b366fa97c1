import { beijingDate } from '@policyhub/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { users } from '../../../platform/identity/tables.js';
import type { MessageLocale, OutgoingMessage } from '../../../platform/notify/index.js';
import type { ApplicationRecord } from '../../../modules/applications/index.js';
import type { PolicyRecord } from '../../../modules/policies/index.js';
import type { IssuedDocument } from '../../../modules/documents/index.js';

type Contact = { name: string; mobile: string | null; email: string | null; locale: MessageLocale };

/**
 * Where the applicant's result goes: the mobile given on the application (the account's current
 * one if the application has none) and the account's e-mail where known, in the account's
 * language (users.profile.language, saved by the web's 中文/EN switch; Chinese when never set).
 */
async function applicantContact(executor: Executor, application: ApplicationRecord): Promise<Contact> {
  const [account] = application.userId
    ? await executor
        .select({ mobile: users.mobile, email: users.email, profile: users.profile })
        .from(users)
        .where(eq(users.id, application.userId))
        .limit(1)
    : [];
  return {
    name: application.applicant.name,
    mobile: application.applicant.mobile ?? account?.mobile ?? null,
    email: account?.email ?? null,
    locale: account?.profile?.language === 'en-US' ? 'en-US' : 'zh-CN',
  };
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * One message per application, channel and result: the dedupe key makes a replayed insurer
 * callback (or a retried job) queue nothing new, and an application has only one final result.
 */
const dedupeKey = (application: ApplicationRecord, channel: 'sms' | 'email') =>
  `exchange-application-result:${application.id}:${channel}`;

/** Queues one result template to the applicant's mobile (SMS) and e-mail, whichever are known. */
async function sendResult(
  ctx: AppContext,
  tx: Executor,
  application: ApplicationRecord,
  contact: Contact,
  message: {
    template: string;
    params: Record<string, string>;
    emailAttachments?: OutgoingMessage['attachments'];
  },
): Promise<void> {
  const common = {
    template: message.template,
    params: message.params,
    locale: contact.locale,
    userId: application.userId,
    orgId: application.orgId,
  };
  if (contact.mobile)
    await ctx.notify.enqueue(tx, {
      ...common,
      channel: 'sms',
      to: contact.mobile,
      dedupeKey: dedupeKey(application, 'sms'),
    });
  if (contact.email)
    await ctx.notify.enqueue(tx, {
      ...common,
      channel: 'email',
      to: contact.email,
      ...(message.emailAttachments ? { attachments: message.emailAttachments } : {}),
      dedupeKey: dedupeKey(application, 'email'),
    });
}

/**
 * Tells the applicant (the employee of a group order) that the policy is issued: an SMS with the
 * policy number, start and premium, and an e-mail with the signed e-policy attached where the
 * account has an address. Queued in the issuing transaction (sent after commit by the outbox).
 */
export async function notifyApplicationIssued(
  ctx: AppContext,
  tx: Executor,
  application: ApplicationRecord,
  policy: PolicyRecord,
  document: Pick<IssuedDocument, 'fileId' | 'documentNo'>,
): Promise<void> {
  const contact = await applicantContact(tx, application);
  const params = {
    name: contact.name,
    productName: policy.productName,
    policyNo: policy.policyNo,
    startsOn: beijingDate(policy.startsAt),
    endsOn: beijingDate(policy.endsAt),
    premium: yuan(policy.premiumFen),
    sumInsured: yuan(policy.sumInsuredFen),
    url: `${ctx.config.publicUrl}/personal`,
  };
  await sendResult(ctx, tx, application, contact, {
    template: 'exchange_policy_issued',
    params,
    emailAttachments: [{ fileId: document.fileId, filename: `${document.documentNo}.pdf` }],
  });
}

/** Tells the applicant that the insurer declined, with its reason (SMS, and e-mail where known). */
export async function notifyApplicationDeclined(
  ctx: AppContext,
  tx: Executor,
  application: ApplicationRecord,
  productName: string,
): Promise<void> {
  const contact = await applicantContact(tx, application);
  await sendResult(ctx, tx, application, contact, {
    template: 'exchange_application_declined',
    params: {
      name: contact.name,
      productName,
      applicationNo: application.applicationNo,
      reason: application.decisionReason ?? '未说明原因',
      url: `${ctx.config.publicUrl}/personal`,
    },
  });
}
