import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/index.js';
import { OUTBOX_MAX_ATTEMPTS, outbox } from './tables.js';
import { TEMPLATES, type MessageLocale } from './templates.js';
import { selectProviders, type ProviderOverrides } from './providers.js';
import type { Channel, Notifier, OutgoingMessage, Provider } from './types.js';

export type { Notifier, OutgoingMessage, Provider, Channel } from './types.js';
export type { ProviderOverrides } from './providers.js';
export {
  MESSAGE_LOCALES,
  SMS_MAX_CHARS,
  TEMPLATES,
  type MessageLocale,
  type Template,
  type TemplateParams,
} from './templates.js';

/** A message claimed by a process stays 'sending' this long; after that (a crash) it is due again. */
export const SENDING_LEASE_MS = 5 * 60_000;
const BASE_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
const BATCH = 20;
const MAX_PER_DISPATCH = 200;

/**
 * Delay before the next attempt after `attempts` failed ones: 30 s · 2^(attempts-1), capped at
 * one hour, ±20 % jitter so that many messages failing together do not retry in lock-step.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Renders a template for a channel, in en-US when asked and the template has that wording (else
 * in Chinese); an unknown template or channel is a programming error.
 */
export function renderMessage(
  template: string,
  channel: Channel,
  params: Record<string, string | number>,
  locale: MessageLocale = 'zh-CN',
): { subject: string | null; body: string } {
  const entry = TEMPLATES[template];
  if (!entry) throw new Error(`未知的消息模板：${template}`);
  const english = locale === 'en-US' ? entry.en : undefined;
  if (channel === 'sms') {
    const sms = english?.sms ?? entry.sms;
    if (!sms) throw new Error(`消息模板 ${template} 没有短信内容`);
    return { subject: null, body: sms(params) };
  }
  const email = english?.email ?? entry.email;
  if (!email) throw new Error(`消息模板 ${template} 没有邮件内容`);
  return { subject: email.subject(params), body: email.text(params) };
}

type NotifierContext = Pick<AppContext, 'config' | 'db' | 'log' | 'now' | 'files'>;

/**
 * The outbox (PL-4). Messages are rows written in the caller's transaction, so nothing is sent
 * unless the state change commits; a dispatcher loop delivers due rows and retries failures with
 * exponential backoff until `max_attempts`, then marks them 'dead'. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several server processes never send the same message twice.
 */
export function createNotifier(ctx: NotifierContext, overrides: ProviderOverrides = {}): Notifier {
  const providers = selectProviders(ctx.config, ctx.log, overrides);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  /** The outbox columns of a message, rendered (shared by enqueue and enqueueMany). */
  function outboxRow(message: OutgoingMessage) {
    const { subject, body } = renderMessage(
      message.template,
      message.channel,
      message.params,
      message.locale,
    );
    return {
      channel: message.channel,
      recipient: message.to.trim(),
      template: message.template,
      params: message.params,
      subject,
      body,
      userId: message.userId ?? null,
      orgId: message.orgId ?? null,
      dedupeKey: message.dedupeKey ?? null,
      maxAttempts: message.maxAttempts ?? OUTBOX_MAX_ATTEMPTS,
    };
  }

  async function enqueue(executor: Executor, message: OutgoingMessage): Promise<string> {
    const [row] = await executor
      .insert(outbox)
      .values({ ...outboxRow(message), attachments: message.attachments ?? [], nextAttemptAt: ctx.now() })
      .onConflictDoNothing({ target: outbox.dedupeKey })
      .returning({ id: outbox.id });
    if (row) return row.id;
    const [existing] = await executor
      .select({ id: outbox.id })
      .from(outbox)
      .where(eq(outbox.dedupeKey, message.dedupeKey!))
      .limit(1);
    if (!existing) throw new Error('outbox: dedupe conflict without a row');
    return existing.id;
  }

  async function enqueueMany(executor: Executor, messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const records = messages.map((message) => {
      if (message.attachments?.length) throw new Error('outbox: enqueueMany does not take attachments');
      return outboxRow(message);
    });
    await executor.execute(sql`
      insert into ${outbox} (channel, recipient, template, params, subject, body, user_id, org_id, dedupe_key,
        max_attempts, next_attempt_at)
      select x.channel, x.recipient, x.template, x.params, x.subject, x.body, x."userId", x."orgId", x."dedupeKey",
        x."maxAttempts", ${ctx.now().toISOString()}::timestamptz
      from json_to_recordset(${JSON.stringify(records)}::json) as x(channel text, recipient text, template text,
        params jsonb, subject text, body text, "userId" uuid, "orgId" uuid, "dedupeKey" text, "maxAttempts" integer)
      on conflict (dedupe_key) do nothing`);
  }

  /** Claims up to BATCH due rows for this process; a claim is a lease that ends after SENDING_LEASE_MS. */
  async function claim() {
    const now = ctx.now();
    const due = ctx.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(inArray(outbox.status, ['pending', 'sending']), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    return ctx.db
      .update(outbox)
      .set({
        status: 'sending',
        attempts: sql`${outbox.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + SENDING_LEASE_MS),
      })
      .where(inArray(outbox.id, due))
      .returning();
  }

  async function deliver(row: Awaited<ReturnType<typeof claim>>[number]): Promise<boolean> {
    const provider: Provider = providers[row.channel as Channel] ?? providers.sms;
    try {
      const attachments = [];
      for (const a of row.attachments)
        attachments.push({ filename: a.filename, content: await ctx.files.read(a.fileId) });
      const result = await provider.send({
        channel: row.channel as Channel,
        to: row.recipient,
        template: row.template,
        subject: row.subject,
        body: row.body,
        attachments,
      });
      await ctx.db
        .update(outbox)
        .set({
          status: 'sent',
          sentAt: ctx.now(),
          provider: provider.name,
          providerMessageId: result.providerMessageId ?? null,
          lastError: null,
        })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, 'sending')));
      return true;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const dead = row.attempts >= row.maxAttempts;
      ctx.log.warn({ outboxId: row.id, attempts: row.attempts, dead }, `消息发送失败：${message}`);
      await ctx.db
        .update(outbox)
        .set({
          status: dead ? 'dead' : 'pending',
          nextAttemptAt: new Date(ctx.now().getTime() + (dead ? 0 : retryDelayMs(row.attempts))),
          lastError: message,
          provider: provider.name,
        })
        .where(and(eq(outbox.id, row.id), eq(outbox.status, 'sending')));
      return false;
    }
  }

  async function dispatchDue(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (let total = 0; total < MAX_PER_DISPATCH;) {
      const rows = await claim();
      for (const row of rows) {
        if (await deliver(row)) sent++;
        else failed++;
      }
      total += rows.length;
      if (rows.length < BATCH) break;
    }
    return { sent, failed };
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = dispatchDue()
        .catch((error) => ctx.log.error({ err: error }, '消息发件箱处理失败'))
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, ctx.config.outboxPollMs);
    timer.unref();
  }

  return {
    enqueue,
    enqueueMany,
    dispatchDue,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
