import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Channel, Provider } from './types.js';

type SendInput = Parameters<Provider['send']>[0];

/**
 * Development provider: nothing leaves the machine. The message is written to the console and
 * stays in the outbox, which the admin 消息中心 lists (tests read SMS codes from there).
 */
export function createDevProvider(log: Pick<FastifyBaseLogger, 'info'>): Provider {
  return {
    name: 'dev',
    async send(message) {
      const prefix = message.channel === 'sms' ? '【开发短信】' : '【开发邮件】';
      const subject = message.subject ? `「${message.subject}」 ` : '';
      const files = message.attachments.length
        ? ` 附件：${message.attachments.map((a) => a.filename).join('、')}`
        : '';
      log.info(`${prefix}发送至 ${message.to}：${subject}${message.body}${files}`);
      return { providerMessageId: `dev-${crypto.randomUUID()}` };
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** E-mail through an SMTP server (nodemailer), attachments read from the file service. */
export function createSmtpProvider(mail: Config['mail']): Provider {
  if (!mail.smtpUrl) throw new Error('MAIL_PROVIDER=smtp 需要配置 SMTP_URL');
  const transport = nodemailer.createTransport(mail.smtpUrl);
  return {
    name: 'smtp',
    async send(message: SendInput) {
      const html = message.body
        .split(/\n{2,}/)
        .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
        .join('\n');
      const info = await transport.sendMail({
        from: mail.from,
        to: message.to,
        subject: message.subject ?? '',
        text: message.body,
        html,
        attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content })),
      });
      return { providerMessageId: info.messageId };
    },
  };
}

/** A value placed inside a JSON string literal of the body template. */
function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

function fill(template: string, values: Record<string, string>, escape: (v: string) => string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? escape(values[name]!) : whole,
  );
}

/**
 * SMS through an HTTP gateway described entirely by configuration (SPEC PL-4: configured, not
 * coded): URL, method, body template with {{mobile}} {{content}} {{template}}, one auth header.
 * Any non-2xx answer is a failure, so the outbox retries it.
 */
export function createHttpSmsProvider(sms: Config['sms'], timeoutMs = 10_000): Provider {
  if (!sms.url) throw new Error('SMS_PROVIDER=http 需要配置 SMS_HTTP_URL');
  const headers: Record<string, string> = {};
  if (sms.authHeader) {
    const colon = sms.authHeader.indexOf(':');
    if (colon <= 0) throw new Error('SMS_HTTP_AUTH_HEADER 格式应为 "名称: 值"');
    headers[sms.authHeader.slice(0, colon).trim()] = sms.authHeader.slice(colon + 1).trim();
  }
  const method = sms.method.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  if (hasBody) headers['content-type'] = sms.contentType;
  const isJson = /json/i.test(sms.contentType);
  const isForm = /x-www-form-urlencoded/i.test(sms.contentType);
  return {
    name: 'http-sms',
    async send(message) {
      const values = { mobile: message.to, content: message.body, template: message.template };
      const url = fill(sms.url, values, encodeURIComponent);
      const body = hasBody
        ? fill(sms.bodyTemplate, values, isJson ? jsonEscape : isForm ? encodeURIComponent : (v) => v)
        : undefined;
      const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.text().catch(() => '');
      if (!res.ok) throw new Error(`短信网关返回 HTTP ${res.status}：${text.slice(0, 200)}`);
      return { providerMessageId: res.headers.get('x-message-id') ?? undefined };
    },
  };
}

export type ProviderOverrides = Partial<Record<Channel, Provider>>;

/** The one place where configuration chooses how each channel is delivered (STYLE rule 6). */
export function selectProviders(
  config: Pick<Config, 'sms' | 'mail'>,
  log: Pick<FastifyBaseLogger, 'info'>,
  overrides: ProviderOverrides = {},
): Record<Channel, Provider> {
  const dev = createDevProvider(log);
  return {
    sms: overrides.sms ?? (config.sms.provider === 'http' ? createHttpSmsProvider(config.sms) : dev),
    email: overrides.email ?? (config.mail.provider === 'smtp' ? createSmtpProvider(config.mail) : dev),
  };
}
