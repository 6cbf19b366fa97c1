import { maskEmail, maskMobile } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import { assertRole, type AuthUser } from '../../../platform/access.js';
import { renderMessage, TEMPLATES } from '../../../platform/notify/index.js';
import { findOutboxMessages } from '../repository.js';
import { MESSAGE_CENTER_ROLES } from '../roles.js';
import type { MessageQuery, MessageView } from '../schemas.js';

type Row = Awaited<ReturnType<typeof findOutboxMessages>>['rows'][number];

/**
 * With the development provider the message center IS the delivery channel, so it shows the
 * whole text. Once a real provider delivers a channel, codes and passwords are only for their
 * recipient: the text is shown re-rendered with those parameters hidden.
 */
function visibleText(ctx: AppContext, row: Row): { subject: string | null; body: string } {
  const channel = row.channel === 'email' ? 'email' : 'sms';
  const isDev = channel === 'sms' ? ctx.config.sms.provider === 'dev' : ctx.config.mail.provider === 'dev';
  const secret = TEMPLATES[row.template]?.secret ?? [];
  if (isDev || secret.length === 0) return { subject: row.subject, body: row.body };
  const params = { ...(row.params as Record<string, string | number>) };
  for (const name of secret) if (name in params) params[name] = '******';
  try {
    return renderMessage(row.template, channel, params);
  } catch {
    return { subject: row.subject, body: '（内容含验证码或密码，已隐藏）' };
  }
}

/** 消息中心: queued and sent SMS and e-mail with recipients masked (PL-4, PL-7). */
export async function findMessages(ctx: AppContext, user: AuthUser, query: MessageQuery) {
  assertRole(user, MESSAGE_CENTER_ROLES);
  const { rows, total } = await findOutboxMessages(
    ctx.db,
    { channel: query.channel, status: query.status, recipient: query.recipient || undefined },
    query,
  );
  const items: MessageView[] = rows.map((row) => ({
    id: row.id,
    channel: row.channel as MessageView['channel'],
    recipientMasked: row.channel === 'email' ? maskEmail(row.recipient) : maskMobile(row.recipient),
    template: row.template,
    ...visibleText(ctx, row),
    status: row.status as MessageView['status'],
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt ? row.sentAt.toISOString() : null,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
