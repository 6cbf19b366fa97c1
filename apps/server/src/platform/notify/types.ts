import type { Executor } from '../db/index.js';

export type Channel = 'sms' | 'email';

export type OutgoingMessage = {
  channel: Channel;
  /** Mobile number for SMS, address for e-mail. */
  to: string;
  /** A template name from notify/templates.ts; the text is rendered at enqueue time. */
  template: string;
  /** The recipient's language where the system knows it (default zh-CN); en-US uses the template's `en` wording. */
  locale?: 'zh-CN' | 'en-US';
  params: Record<string, string | number>;
  userId?: string | null;
  orgId?: string | null;
  attachments?: { fileId: string; filename: string }[];
  /** The same key is queued only once (retries of a job never send twice). */
  dedupeKey?: string;
  /** Delivery attempts before the message is given up ('dead'); the outbox default is 6. */
  maxAttempts?: number;
};

/** A delivery provider (dev console, SMTP, HTTP SMS gateway). Throws on failure; the outbox retries. */
export type Provider = {
  name: string;
  send(message: {
    channel: Channel;
    to: string;
    /** Template name, for gateways that want it (SMS body placeholder {{template}}). */
    template: string;
    subject: string | null;
    body: string;
    attachments: { filename: string; content: Buffer }[];
  }): Promise<{ providerMessageId?: string }>;
};

export type Notifier = {
  /** Writes the message to the outbox inside the caller's transaction; sent after commit. */
  enqueue(executor: Executor, message: OutgoingMessage): Promise<string>;
  /**
   * Many messages in one statement (bulk invitations: 20,000 single inserts would dominate the
   * job). Same rendering and de-duplication as `enqueue`; attachments are not supported here.
   */
  enqueueMany(executor: Executor, messages: readonly OutgoingMessage[]): Promise<void>;
  /** Sends every due message once (the worker loop calls this; tests call it directly). */
  dispatchDue(): Promise<{ sent: number; failed: number }>;
  /** Starts the dispatcher loop (every config.outboxPollMs); the server calls it, tests may. */
  start(): void;
  /** Stops the loop and waits for a dispatch in progress. */
  stop(): Promise<void>;
};
