import { z } from 'zod';
import { ZPage } from '../../platform/http/schemas.js';

export const ZMessageQuery = ZPage.extend({
  channel: z.enum(['sms', 'email']).optional(),
  status: z.enum(['pending', 'sending', 'sent', 'dead']).optional(),
  /** The full mobile number or e-mail address (exact match); lists only show masked ones. */
  recipient: z.string().trim().max(254).optional(),
});
export type MessageQuery = z.infer<typeof ZMessageQuery>;

export const ZMessage = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email']),
  recipientMasked: z.string(),
  template: z.string(),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(['pending', 'sending', 'sent', 'dead']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof ZMessage>;
